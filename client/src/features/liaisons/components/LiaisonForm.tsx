import { type FormEvent, useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { PartySelect } from '../../cooperations/components/PartySelect.tsx';
import { useMeetingsT } from '../../meetings/messages.ts';
import { addLiaison, type Liaison, updateLiaison } from '../api.ts';

const FIELDS = ['unit', 'name', 'position', 'phone', 'email', 'since'] as const;
type LiaisonField = (typeof FIELDS)[number];

/** One liaison: a new one, or changes to `liaison`. */
export function LiaisonForm({
  cooperation,
  liaison,
  onDone,
}: {
  cooperation: Cooperation;
  liaison?: Liaison;
  onDone: () => void;
}) {
  const t = useMeetingsT();
  const [partyId, setPartyId] = useState(liaison?.partyId ?? cooperation.myPartyId);
  const [values, setValues] = useState<Record<LiaisonField, string>>(
    () =>
      Object.fromEntries(FIELDS.map((f) => [f, (liaison?.[f] as string | null) ?? ''])) as Record<
        LiaisonField,
        string
      >,
  );
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const body = { partyId, ...values, since: values.since || null };
    try {
      if (liaison) await updateLiaison(liaison.id, body);
      else await addLiaison(cooperation.id, body);
      showToast(t('liaisons.saved'));
      onDone();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const input = (field: LiaisonField, type = 'text') => (
    <Field key={field} label={t(`liaisons.${field}`)}>
      <input
        className="input"
        type={type}
        required={field === 'name'}
        value={values[field]}
        onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
      />
    </Field>
  );

  return (
    <form className="stack card liaison-form" onSubmit={submit}>
      <ErrorNote error={error} />
      <div className="field-grid">
        <PartySelect
          label={t('liaisons.party')}
          parties={cooperation.parties}
          value={partyId}
          onChange={setPartyId}
        />
        {input('unit')}
        {input('name')}
        {input('position')}
        {input('phone', 'tel')}
        {input('email', 'email')}
        {input('since', 'date')}
      </div>
      <div className="form-actions">
        <button type="button" className="button quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('liaisons.save')}
        </button>
      </div>
    </form>
  );
}
