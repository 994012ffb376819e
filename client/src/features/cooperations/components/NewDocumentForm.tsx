import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { useT } from '../../../i18n/index.ts';
import { type Cooperation, createDocument } from '../api.ts';
import { distinctTitle } from '../documentTitles.ts';
import { documentPath } from '../paths.ts';

/** Start an MoU or a PKS from the templates; a PKS may name the MoU it implements. */
export function NewDocumentForm({
  cooperation,
  onCreated,
}: {
  cooperation: Cooperation;
  onCreated: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const mous = cooperation.documents.filter((d) => d.kind === 'mou');
  const [kind, setKind] = useState<'mou' | 'pks'>(mous.length ? 'pks' : 'mou');
  const [title, setTitle] = useState('');
  const [subject, setSubject] = useState('');
  const [mouId, setMouId] = useState(mous[0]?.id ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const document = await createDocument(cooperation.id, {
        kind,
        title: title.trim() || undefined,
        subject: subject.trim() || undefined,
        mouId: kind === 'pks' && mouId ? mouId : undefined,
      });
      onCreated();
      navigate(documentPath(cooperation.id, document.id));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit}>
      <fieldset className="segmented">
        <legend className="field-label">{t('docs.kind')}</legend>
        {(['mou', 'pks'] as const).map((k) => (
          <label key={k} className="inline-check">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`kind.${k}.long`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('docs.subject')}>
        <input
          className="input"
          value={subject}
          placeholder={t('docs.subjectPlaceholder')}
          onChange={(e) => setSubject(e.target.value)}
        />
      </Field>
      <Field label={t('docs.title')}>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      {kind === 'pks' && (
        <Field label={t('docs.mou')}>
          <select className="input" value={mouId} onChange={(e) => setMouId(e.target.value)}>
            <option value="">{t('docs.noMou')}</option>
            {mous.map((m) => (
              <option key={m.id} value={m.id}>
                {distinctTitle(mous, m)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <ErrorNote error={error} />
      <button type="submit" className="button primary" disabled={busy}>
        {t('docs.create')}
      </button>
    </form>
  );
}
