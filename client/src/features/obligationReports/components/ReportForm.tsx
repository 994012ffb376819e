import { type FormEvent, useId, useRef, useState } from 'react';
import { longDate } from '../../../app/dates.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { type ReportStatus, sendReport } from '../api.ts';
import { ACCEPT, fileProblems, sizeText } from '../files.ts';
import { useReportT } from '../messages.ts';

interface ReportFormProps {
  obligationId: string;
  dueDates: readonly string[];
  today: string;
  limits: { fileBytes: number; files: number };
  onSent: () => void;
}

const STATUSES: ReportStatus[] = ['in_progress', 'done', 'blocked'];

/** The due date a report most likely answers: the latest one not after today, else the first. */
const likelyDueDate = (dueDates: readonly string[], today: string) =>
  [...dueDates].reverse().find((d) => d <= today) ?? dueDates[0] ?? '';

/**
 * Reporting progress: what was done, a status, the due date answered (when the obligation has
 * some) and evidence files, checked here against the kinds and limits the server holds so that a
 * file it would refuse is named before the upload.
 */
export function ReportForm({ obligationId, dueDates, today, limits, onSent }: ReportFormProps) {
  const t = useReportT();
  const language = useLanguage((s) => s.language);
  const headingId = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ReportStatus>('in_progress');
  const [occurrence, setOccurrence] = useState(() => likelyDueDate(dueDates, today));
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const size = sizeText(limits.fileBytes, language);
  const problems = fileProblems(files, limits).map((p) =>
    p.kind === 'count'
      ? t('form.tooMany', { n: String(limits.files) })
      : t(p.kind === 'type' ? 'form.fileType' : 'form.fileSize', { name: p.name, size }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending || problems.length > 0 || !text.trim()) return;
    setSending(true);
    setError(null);
    try {
      await sendReport(obligationId, { text: text.trim(), status, occurrence: occurrence || null, files });
      setText('');
      setFiles([]);
      if (input.current) input.current.value = '';
      showToast(t('form.sent'));
      onSent();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="card stack report-form" aria-labelledby={headingId} onSubmit={submit}>
      <h4 id={headingId}>{t('form.title')}</h4>
      <Field label={t('form.text')} hint={t('form.textHint')}>
        <textarea
          className="input"
          rows={3}
          required
          maxLength={5000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="report-form-row">
        <Field label={t('form.status')}>
          <select
            className="input"
            value={status}
            onChange={(e) => setStatus(e.target.value as ReportStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        {dueDates.length > 0 && (
          <Field label={t('form.occurrence')}>
            <select className="input" value={occurrence} onChange={(e) => setOccurrence(e.target.value)}>
              {[...dueDates].reverse().map((d) => (
                <option key={d} value={d}>
                  {longDate(d, language) ?? d}
                </option>
              ))}
              <option value="">{t('form.noOccurrence')}</option>
            </select>
          </Field>
        )}
      </div>
      <Field
        label={t('form.files')}
        hint={t('form.filesHint', { n: String(limits.files), size })}
        error={problems.length > 0 ? problems.join(' ') : undefined}
      >
        <input
          ref={input}
          className="input"
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => setFiles([...files, ...Array.from(e.target.files ?? [])])}
        />
      </Field>
      {files.length > 0 && (
        <ul className="report-files">
          {files.map((f, i) => (
            <li key={`${f.name}-${f.size}-${f.lastModified}`}>
              <span>{t('report.file', { name: f.name, size: sizeText(f.size, language) })}</span>
              <button
                type="button"
                className="button quiet"
                aria-label={t('form.remove', { name: f.name })}
                onClick={() => {
                  setFiles(files.filter((_, k) => k !== i));
                  if (input.current) input.current.value = '';
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={error} />
      <div>
        <button
          type="submit"
          className="button primary"
          disabled={sending || problems.length > 0 || !text.trim()}
          aria-busy={sending || undefined}
        >
          {t('form.submit')}
        </button>
      </div>
    </form>
  );
}
