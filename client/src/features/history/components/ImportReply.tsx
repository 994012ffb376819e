import { type FormEvent, type ReactNode, useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { useResource } from '../../../app/useResource.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { getVersions } from '../api.ts';
import { importWordReply, type SuggestionImportReport } from '../importReplyApi.ts';
import { useImportReplyT } from '../importReplyMessages.ts';
import { useVersionName } from './VersionsList.tsx';
import '../importReply.css';

/**
 * "Impor tanggapan Word": a .docx the other party edited offline and the round (or version) it
 * answers; the server turns its changes into suggestions by my party, and the report it answers
 * is shown here: what became suggestions, the conflicts with what changed since, and what Word
 * changed that cannot be a suggestion.
 */
export function ImportReply({ screen }: { screen: EditorScreen }) {
  const t = useImportReplyT();
  const nameOf = useVersionName();
  const { document } = screen;
  const versions = useResource(`versions:${document.id}`, () => getVersions(document.id));
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [report, setReport] = useState<SuggestionImportReport | null>(null);
  if (!screen.permissions.canSuggest) return null;

  const all = versions.data?.versions ?? [];
  // A reply answers a round most often: the newest round is the default, else the newest version.
  const versionId = chosen || (all.find((v) => v.kind === 'round') ?? all[0])?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !versionId) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await importWordReply(document.id, file, versionId));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack import-reply" aria-labelledby="import-reply-heading">
      <h2 className="panel-heading" id="import-reply-heading">
        {t('heading')}
      </h2>
      <p className="muted small">{t('intro')}</p>
      {versions.data && all.length === 0 ? (
        <p className="muted small">{t('noVersions')}</p>
      ) : (
        <form className="stack" onSubmit={submit}>
          <Field label={t('file')}>
            <input
              className="input"
              type="file"
              name="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </Field>
          <Field label={t('round')}>
            <select
              className="input"
              name="baseVersionId"
              value={versionId}
              onChange={(e) => setChosen(e.target.value)}
            >
              {all.map((v) => (
                <option key={v.id} value={v.id}>
                  {nameOf(v)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="button" disabled={busy || !file || !versionId}>
            {busy ? t('busy') : t('submit')}
          </button>
        </form>
      )}
      <ErrorNote error={error ?? versions.error} />
      {report && <ImportReport report={report} />}
    </section>
  );
}

/** The report of one import. */
function ImportReport({ report }: { report: SuggestionImportReport }) {
  const t = useImportReplyT();
  const language = useLanguage((s) => s.language);
  const where = (pasal: number | null) => (pasal === null ? t('outside') : t('pasal', { number: pasal }));
  return (
    <div className="stack import-reply-report" role="status">
      <p className="small">
        <strong>
          {t('summary', {
            applied: report.applied.length,
            conflicts: report.conflicts.length,
            unsupported: report.unsupported.length,
          })}
        </strong>
      </p>
      <ReportList title={t('applied')} rows={report.applied}>
        {(a) => (
          <>
            <strong>{where(a.pasal)}</strong> · {t(`applied.${a.kind}`)}
            {a.changes.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's changes in their order, never reordered
              <span key={i} className="import-reply-change">
                {c.removed && <del className="import-reply-old">{c.removed}</del>}
                {c.added && <ins className="import-reply-new">{c.added}</ins>}
              </span>
            ))}
            <div className="muted">{a.theirs}</div>
            <span className="muted">
              {a.wordAuthors.length > 0 && ` — ${t('byWord', { authors: a.wordAuthors.join(', ') })}`}
              {!a.tracked && ` — ${t('untracked')}`}
            </span>
          </>
        )}
      </ReportList>
      <ReportList title={t('conflicts')} rows={report.conflicts}>
        {(c) => (
          <>
            <strong>{where(c.pasal)}</strong>
            <dl className="import-reply-three">
              <dt>{t('base')}</dt>
              <dd>{c.base}</dd>
              <dt>{t('theirs')}</dt>
              <dd>{c.theirs}</dd>
              <dt>{t('ours')}</dt>
              <dd>{c.ours || t('removed')}</dd>
            </dl>
          </>
        )}
      </ReportList>
      <ReportList title={t('unsupportedHeading')} rows={report.unsupported}>
        {(u) => (
          <>
            <strong>{where(u.pasal)}</strong> · {t(`kind.${u.kind}`)}
            {u.author && <span className="muted"> ({u.author})</span>}
            <div>{language === 'en' ? u.messageEn : u.message}</div>
            {u.text && <div className="muted">{u.text}</div>}
          </>
        )}
      </ReportList>
    </div>
  );
}

/** One list of the report under its heading; nothing when it is empty. */
function ReportList<T>({
  title,
  rows,
  children,
}: {
  title: string;
  rows: T[];
  children: (row: T) => ReactNode;
}) {
  if (!rows.length) return null;
  return (
    <>
      <h3 className="history-subheading">{title}</h3>
      <ul className="import-reply-list small">
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the report's rows have no id of their own and never reorder
          <li key={i}>{children(row)}</li>
        ))}
      </ul>
    </>
  );
}
