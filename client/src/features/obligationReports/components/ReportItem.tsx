import { useId, useState } from 'react';
import { DownloadLink } from '../../../app/DownloadLink.tsx';
import { longDate } from '../../../app/dates.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { type Language, useLanguage } from '../../../i18n/index.ts';
import { StateBadge } from '../../implementation/components/StateBadge.tsx';
import { answerReport, type CommentKind, type ObligationReport, reportFileUrl } from '../api.ts';
import { sizeText } from '../files.ts';
import { useReportT } from '../messages.ts';

/** A moment as people read it: "5 Desember 2026 14.30". */
const when = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));

/** One report: its status, what it says, its evidence, and the other party's answers. */
export function ReportItem({ report, onAnswered }: { report: ObligationReport; onAnswered: () => void }) {
  const t = useReportT();
  const language = useLanguage((s) => s.language);
  return (
    <article className="card stack report-item">
      <header className="report-head">
        <StateBadge state={report.status} />
        <span className="muted small">
          {t('report.by', { name: report.author.name, when: when(report.createdAt, language) })}
        </span>
        {report.occurrence && (
          <span className="muted small">
            {t('report.for', { date: longDate(report.occurrence, language) ?? report.occurrence })}
          </span>
        )}
      </header>
      <p className="report-text">{report.text}</p>
      {report.files.length > 0 && (
        <div>
          <h5 className="small">{t('report.files')}</h5>
          <ul className="report-files">
            {report.files.map((f) => (
              <li key={f.id}>
                <DownloadLink href={reportFileUrl(f.id)}>
                  {t('report.file', { name: f.name, size: sizeText(f.size, language) })}
                </DownloadLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.comments.length > 0 && (
        <ol className="report-comments">
          {report.comments.map((c) => (
            <li key={c.id} className={`report-comment comment-${c.kind}`}>
              <span className="muted small">
                {t('comment.by', {
                  kind: t(c.kind === 'request' ? 'comment.request' : 'comment.comment'),
                  name: c.author.name,
                  when: when(c.createdAt, language),
                })}
              </span>
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      {report.canAnswer && <AnswerForm reportId={report.id} onAnswered={onAnswered} />}
    </article>
  );
}

const KINDS: CommentKind[] = ['comment', 'request'];

/** The other party's answer: a comment, or a request for more that reopens a done report. */
function AnswerForm({ reportId, onAnswered }: { reportId: string; onAnswered: () => void }) {
  const t = useReportT();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const send = async (kind: CommentKind) => {
    if (sending || !text.trim()) return;
    setSending(true);
    setError(null);
    try {
      await answerReport(reportId, kind, text.trim());
      setText('');
      showToast(t(kind === 'request' ? 'answer.requested' : 'answer.sent'));
      onAnswered();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setSending(false);
    }
  };
  return (
    <div className="stack report-answer">
      <label htmlFor={fieldId} className="small">
        {t('answer.label')}
      </label>
      <textarea
        id={fieldId}
        className="input"
        rows={2}
        maxLength={5000}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ErrorNote error={error} />
      <div className="report-answer-actions">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            disabled={sending || !text.trim()}
            onClick={() => send(kind)}
          >
            {t(kind === 'request' ? 'answer.request' : 'answer.comment')}
          </button>
        ))}
      </div>
    </div>
  );
}
