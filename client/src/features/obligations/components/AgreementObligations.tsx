import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { KindBadge } from '../../cooperations/components/StatusBadge.tsx';
import { documentPath } from '../../cooperations/paths.ts';
import { AgreementEvaluations } from '../../evaluation/components/AgreementEvaluations.tsx';
import type { Liaison } from '../../liaisons/api.ts';
import type { Unit } from '../../units/api.ts';
import { addObligation, type Obligation, proposeFromText } from '../api.ts';
import { dateInWords } from '../dueWords.ts';
import { dueOf, emptyDraft, fieldsOf } from '../form.ts';
import { useObligationT } from '../messages.ts';
import type { ObligationRights } from '../rights.ts';
import type { TrackedAgreement } from '../useImplementation.ts';
import { ObligationCard } from './ObligationCard.tsx';
import { ObligationForm } from './ObligationForm.tsx';

interface AgreementObligationsProps {
  cooperation: Cooperation;
  agreement: TrackedAgreement;
  units: Unit[];
  liaisons: Liaison[];
  today: string;
  rights: ObligationRights;
  onChanged: () => void;
}

/** The obligations of one Pasal, in the text's order. */
interface PasalGroup {
  clauseId: string;
  title: string;
  obligations: Obligation[];
}

function byPasal(agreement: TrackedAgreement, shown: Obligation[]): PasalGroup[] {
  const groups = new Map<string, PasalGroup>();
  for (const o of shown) {
    let group = groups.get(o.clauseId);
    if (!group) {
      const clause = agreement.document.clauses.find((c) => c.id === o.clauseId);
      // A Pasal the text no longer holds keeps the number it was cited with.
      const title = clause
        ? `Pasal ${clause.number}${clause.heading ? ` — ${clause.heading}` : ''}`
        : o.clausePath.replace(/ ayat.*$/, '');
      group = { clauseId: o.clauseId, title, obligations: [] };
      groups.set(o.clauseId, group);
    }
    group.obligations.push(o);
  }
  const position = (id: string) => {
    const i = agreement.document.clauses.findIndex((c) => c.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...groups.values()].sort((a, b) => position(a.clauseId) - position(b.clauseId));
}

/**
 * One final or signed agreement in the Pelaksanaan tab: its state and signing date, "Usulkan dari
 * teks" and "Tambah kewajiban" for those allowed, then its obligations by Pasal (dismissed ones
 * folded away).
 */
export function AgreementObligations(props: AgreementObligationsProps) {
  const { cooperation, agreement, units, liaisons, today, rights, onChanged } = props;
  const { summary, obligations } = agreement;
  const t = useObligationT();
  const language = useLanguage((s) => s.language);
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [showDismissed, setShowDismissed] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [proposing, setProposing] = useState(false);

  const dismissed = obligations.filter((o) => o.status === 'dismissed');
  const shown = showDismissed ? obligations : obligations.filter((o) => o.status !== 'dismissed');
  const count = (status: Obligation['status']) => obligations.filter((o) => o.status === status).length;

  const propose = async () => {
    setError(null);
    setProposing(true);
    try {
      const { added } = await proposeFromText(summary.id);
      showToast(added.length ? t('doc.proposed', { n: added.length }) : t('doc.proposedNone'));
      onChanged();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setProposing(false);
    }
  };

  return (
    <section className="stack agreement-obligations" aria-labelledby={headingId}>
      <header className="agreement-head">
        <div className="agreement-title">
          <h2 id={headingId}>
            <Link to={documentPath(cooperation.id, summary.id)}>{summary.title}</Link>
          </h2>
          <div className="agreement-meta">
            <KindBadge kind={summary.kind} />
            <span className={`badge status-${summary.status}`}>
              {agreement.signedOn
                ? t('status.signed', { date: dateInWords(agreement.signedOn, language) })
                : t('status.final')}
            </span>
            {obligations.length > 0 && (
              <span className="muted small">
                {t('doc.counts', { confirmed: count('confirmed'), proposed: count('proposed') })}
              </span>
            )}
          </div>
        </div>
        {(rights.propose || rights.manage) && (
          <div className="section-actions">
            {rights.propose && (
              <button type="button" className="button" disabled={proposing} onClick={propose}>
                {t('doc.propose')}
              </button>
            )}
            {rights.manage && (
              <button
                type="button"
                className="button primary"
                aria-expanded={adding}
                onClick={() => setAdding((v) => !v)}
              >
                {t('doc.add')}
              </button>
            )}
          </div>
        )}
      </header>
      <ErrorNote error={error} />
      <AgreementEvaluations cooperationId={cooperation.id} agreementId={summary.id} today={today} />
      {adding && (
        <ObligationForm
          cooperation={cooperation}
          units={units}
          liaisons={liaisons}
          title={t('form.titleAdd')}
          initial={emptyDraft()}
          clauses={agreement.document.clauses}
          submitLabel={t('form.add')}
          onCancel={() => setAdding(false)}
          onSubmit={async (draft, clauseId) => {
            await addObligation(summary.id, { clauseId, ...fieldsOf(draft), due: dueOf(draft) ?? null });
            showToast(t('item.addedToast'));
            setAdding(false);
            onChanged();
          }}
        />
      )}
      {obligations.length === 0 && (
        <p className="empty-state">{rights.propose ? t('doc.empty') : t('doc.emptyReadOnly')}</p>
      )}
      {byPasal(agreement, shown).map((group) => (
        <div key={group.clauseId} className="pasal-group">
          <h3 className="section-label">{group.title}</h3>
          <div className="obligation-list">
            {group.obligations.map((o) => (
              <ObligationCard
                key={o.id}
                cooperation={cooperation}
                obligation={o}
                units={units}
                liaisons={liaisons}
                signedOn={agreement.signedOn}
                today={today}
                canManage={rights.manage}
                linkToDetail
                onChanged={onChanged}
              />
            ))}
          </div>
        </div>
      ))}
      {dismissed.length > 0 && (
        <button type="button" className="button quiet" onClick={() => setShowDismissed((v) => !v)}>
          {showDismissed ? t('doc.hideDismissed') : t('doc.showDismissed', { n: dismissed.length })}
        </button>
      )}
    </section>
  );
}
