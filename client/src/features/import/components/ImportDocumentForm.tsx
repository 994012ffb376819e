import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { ApiError } from '../../../app/http.ts';
import { useLanguage, useT } from '../../../i18n/index.ts';
import { documentPath } from '../../cooperations/paths.ts';
import { type ImportReport, importDocument } from '../api.ts';
import { useImportT } from '../messages.ts';

/**
 * Bring an existing Word draft in: upload, then show what was recognised before the user opens
 * it, so that nothing silently changes shape.
 */
export function ImportDocumentForm({
  cooperationId,
  onImported,
}: {
  cooperationId: string;
  onImported: () => void;
}) {
  const ti = useImportT();
  const t = useT();
  const language = useLanguage((s) => s.language);
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<'mou' | 'pks' | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ id: string; report: ImportReport } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError(new ApiError(400, 'import.no_file', ti('noFile'), ti('noFile')));
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const { document, report } = await importDocument(cooperationId, file, kind);
      setDone({ id: document.id, report });
      onImported();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const warnings = done
    ? language === 'en'
      ? (done.report.warningsEn ?? done.report.warnings)
      : done.report.warnings
    : [];
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="import-heading">
      <h2 id="import-heading">{ti('title')}</h2>
      <p className="muted small">{ti('hint')}</p>
      <label className="field">
        <span>{ti('file')}</span>
        <input
          ref={fileInput}
          className="input"
          type="file"
          name="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        />
      </label>
      <label className="field">
        <span>{ti('kind')}</span>
        <select className="input" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="">{ti('kindAuto')}</option>
          <option value="mou">{t('kind.mou.long')}</option>
          <option value="pks">{t('kind.pks.long')}</option>
        </select>
      </label>
      {error && <ErrorNote error={error} />}
      <button className="button primary" type="submit" disabled={busy}>
        {busy ? ti('busy') : ti('submit')}
      </button>
      {done && (
        <div className="import-report" role="status">
          <p>
            {ti('report', {
              clauses: done.report.clauses,
              ayat: done.report.ayat,
              letters: done.report.letterItems,
              chapters: done.report.chapters,
              unmapped: done.report.unmapped,
            })}
          </p>
          {warnings.length > 0 && (
            <ul className="small">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <Link className="button primary" to={documentPath(cooperationId, done.id)}>
            {ti('open')}
          </Link>
        </div>
      )}
    </form>
  );
}
