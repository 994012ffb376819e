import { type FormEvent, useRef, useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import { ApiError } from '../../../app/http.ts';
import { useT } from '../../../i18n/index.ts';
import type { Party } from '../../cooperations/api.ts';
import { type ImportPreview, previewImport } from '../api.ts';
import { useImportT } from '../messages.ts';
import { ImportPreviewDialog } from './ImportPreviewDialog.tsx';

/**
 * Bring an existing Word draft in: the server reads it and the preview shows what was
 * recognised; the document is created only from the preview, with the user's answers.
 */
export function ImportDocumentForm({
  cooperationId,
  parties,
  onImported,
}: {
  cooperationId: string;
  parties: Party[];
  onImported: () => void;
}) {
  const ti = useImportT();
  const t = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<'mou' | 'pks' | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [read, setRead] = useState<{ file: File; preview: ImportPreview } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError(new ApiError(400, 'import.no_file', ti('noFile'), ti('noFile')));
      return;
    }
    setBusy(true);
    setError(null);
    setRead(null);
    try {
      setRead({ file, preview: await previewImport(cooperationId, file, kind) });
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form className="stack" onSubmit={submit} aria-labelledby="import-heading">
        <h2 id="import-heading">{ti('title')}</h2>
        <p className="muted small">{ti('hint')}</p>
        <Field label={ti('file')}>
          <input
            ref={fileInput}
            className="input"
            type="file"
            name="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          />
        </Field>
        <Field label={ti('kind')}>
          <select className="input" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="">{ti('kindAuto')}</option>
            <option value="mou">{t('kind.mou.long')}</option>
            <option value="pks">{t('kind.pks.long')}</option>
          </select>
        </Field>
        {error && <ErrorNote error={error} />}
        <button className="button primary" type="submit" disabled={busy}>
          {busy ? ti('busy') : ti('submit')}
        </button>
      </form>
      {read && (
        <ImportPreviewDialog
          cooperationId={cooperationId}
          parties={parties}
          file={read.file}
          preview={read.preview}
          onClose={() => setRead(null)}
          onCreated={onImported}
        />
      )}
    </>
  );
}
