import { type FormEvent, useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { addUnit, type Unit, updateUnit } from '../api.ts';
import { type UnitsMessageKey, useUnitsT } from '../messages.ts';

const FIELDS = ['name', 'shortName', 'headName', 'headPosition', 'headNip', 'kuasaRef', 'address'] as const;
type UnitField = (typeof FIELDS)[number];

/** One unit of party `partyId`: a new one, or changes to `unit`. */
export function UnitForm({
  cooperationId,
  partyId,
  unit,
  onDone,
}: {
  cooperationId: string;
  partyId: string;
  unit?: Unit;
  onDone: () => void;
}) {
  const t = useUnitsT();
  const [values, setValues] = useState<Record<UnitField, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, unit?.[f] ?? ''])) as Record<UnitField, string>,
  );
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      if (unit) await updateUnit(unit.id, values);
      else await addUnit(cooperationId, { partyId, ...values });
      showToast(t('saved'));
      onDone();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const input = (field: UnitField, hint?: UnitsMessageKey) => (
    <Field
      key={field}
      label={t(field)}
      hint={hint && t(hint)}
      className={field === 'address' ? 'field wide' : 'field'}
    >
      <input
        className="input"
        required={field === 'name'}
        inputMode={field === 'headNip' ? 'numeric' : undefined}
        value={values[field]}
        onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
      />
    </Field>
  );

  return (
    <form
      className="stack card unit-form"
      onSubmit={submit}
      aria-label={unit ? t('editOf', { unit: unit.name }) : t('add')}
    >
      <ErrorNote error={error} />
      <div className="field-grid">
        {input('name')}
        {input('shortName')}
        {input('headName')}
        {input('headPosition')}
        {input('headNip', 'headNipHint')}
        {input('kuasaRef')}
        {input('address')}
      </div>
      <div className="form-actions">
        <button type="button" className="button quiet" onClick={onDone}>
          {t('cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('save')}
        </button>
      </div>
    </form>
  );
}
