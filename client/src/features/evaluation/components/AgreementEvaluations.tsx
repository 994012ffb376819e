import { useCallback, useEffect, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { DownloadLink } from '../../../app/DownloadLink.tsx';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { documentPath } from '../../cooperations/paths.ts';
import { dateInWords } from '../../obligations/dueWords.ts';
import { createEvaluation, type Evaluation, evaluationDocxUrl, listEvaluations } from '../api.ts';
import { useEvaluationT } from '../messages.ts';
import '../evaluation.css';
import { PeriodDialog } from './PeriodDialog.tsx';

interface AgreementEvaluationsProps {
  cooperationId: string;
  /** A final or signed MoU or PKS. */
  agreementId: string;
  /** YYYY-MM-DD in the cooperation's zone. */
  today: string;
}

/**
 * The monitoring and evaluation reports of one agreement: each with its period, state, a link
 * to edit and approve it and its Word file; "Susun laporan monev" for editors and owners, which
 * asks the period, drafts the report and opens it in the editor.
 */
export function AgreementEvaluations({ cooperationId, agreementId, today }: AgreementEvaluationsProps) {
  const t = useEvaluationT();
  const language = useLanguage((s) => s.language);
  const navigate = useNavigate();
  const headingId = useId();
  const [evaluations, setEvaluations] = useState<Evaluation[]>([]);
  const [canCreate, setCanCreate] = useState(false);
  const [open, setOpen] = useState(false);

  const load = useCallback(() => {
    listEvaluations(agreementId)
      .then((r) => {
        setEvaluations(r.evaluations);
        setCanCreate(r.canCreate);
      })
      .catch(() => setEvaluations([]));
  }, [agreementId]);
  useEffect(load, [load]);

  const range = (e: Evaluation) =>
    t('range', { from: dateInWords(e.periodFrom, language), to: dateInWords(e.periodTo, language) });

  return (
    <section className="evaluations" aria-labelledby={headingId}>
      <div className="evaluations-head">
        <h3 id={headingId} className="section-label">
          {t('heading')}
        </h3>
        {canCreate && (
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('create')}
          </button>
        )}
      </div>
      {evaluations.length === 0 ? (
        <p className="muted small">{t('none')}</p>
      ) : (
        <ul className="evaluation-list">
          {evaluations.map((e) => (
            <li key={e.documentId}>
              <Link to={documentPath(cooperationId, e.documentId)}>{range(e)}</Link>
              <span className={`badge status-${e.status}`}>{t(`status.${e.status}`)}</span>
              <DownloadLink href={evaluationDocxUrl(e.documentId)}>{t('download')}</DownloadLink>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <PeriodDialog
          open={open}
          today={today}
          onCancel={() => setOpen(false)}
          onSubmit={async (period) => {
            const created = await createEvaluation(agreementId, period);
            showToast(t('created'));
            setOpen(false);
            navigate(documentPath(cooperationId, created.documentId));
          }}
        />
      )}
    </section>
  );
}
