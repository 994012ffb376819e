import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import type { Liaison } from '../../liaisons/api.ts';
import type { Unit } from '../../units/api.ts';
import { type Obligation, updateObligation } from '../api.ts';
import { dateInWords, dueRuleInWords, nextDue } from '../dueWords.ts';
import { draftOf, dueOf, fieldsOf } from '../form.ts';
import { useObligationT } from '../messages.ts';
import { obligationPath } from '../paths.ts';
import { ObligationForm } from './ObligationForm.tsx';

export interface ObligationCardProps {
  cooperation: Cooperation;
  obligation: Obligation;
  units: Unit[];
  liaisons: Liaison[];
  signedOn: string | null;
  today: string;
  /** May confirm, edit, dismiss (the server's `obligation.manage`). */
  canManage: boolean;
  /** Leads to the obligation's own page (absent on that page itself). */
  linkToDetail?: boolean;
  /** Its heading's level: h4 under an agreement and a Pasal, h2 on its own page. */
  heading?: 'h2' | 'h4';
  onChanged: () => void;
}

/**
 * One obligation: its place in the text, status, what it asks, who carries it out, the evidence,
 * its due rule in words and next due date; Konfirmasi / Ubah / Abaikan for those who manage them.
 */
export function ObligationCard(props: ObligationCardProps) {
  const { cooperation, obligation: o, units, liaisons, canManage, onChanged } = props;
  const t = useObligationT();
  const language = useLanguage((s) => s.language);
  const headingId = useId();
  const Heading = props.heading ?? 'h4';
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (change: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await change();
      showToast(done);
      onChanged();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const setStatus = (status: Obligation['status'], done: string) =>
    run(() => updateObligation(o.id, { status }), done);

  if (editing)
    return (
      <ObligationForm
        cooperation={cooperation}
        units={units}
        liaisons={liaisons}
        title={t('form.titleEdit', { path: o.clausePath })}
        initial={draftOf(o)}
        submitLabel={t('form.save')}
        onCancel={() => setEditing(false)}
        onSubmit={async (draft) => {
          await updateObligation(o.id, { ...fieldsOf(draft), due: dueOf(draft) ?? null });
          showToast(t('item.savedToast'));
          setEditing(false);
          onChanged();
        }}
      />
    );

  const party = o.partyId ? cooperation.parties.find((p) => p.id === o.partyId) : null;
  const unit = o.unitId ? units.find((u) => u.id === o.unitId) : null;
  const liaison = o.liaisonId ? liaisons.find((l) => l.id === o.liaisonId) : null;
  const next = nextDue(o.due, { signedOn: props.signedOn, today: props.today });
  const nextText =
    next.date === null
      ? t(NEXT_PENDING[next.pending])
      : next.past
        ? t('item.pastDate', { date: dateInWords(next.date, language) })
        : dateInWords(next.date, language);

  return (
    <article className={`card obligation-card status-${o.status}`} aria-labelledby={headingId}>
      <header className="obligation-head">
        <Heading id={headingId}>{o.clausePath}</Heading>
        <span className={`badge obligation-status-${o.status}`}>{t(`item.${o.status}`)}</span>
        {o.source === 'manual' && <span className="muted small">{t('item.manual')}</span>}
      </header>
      <p className="obligation-text">{o.text}</p>
      <dl className="obligation-facts">
        <div>
          <dt>{t('item.party')}</dt>
          <dd>
            {party && <PartyChip party={party} compact />} {o.partyLabel}
          </dd>
        </div>
        <div>
          <dt>{t('item.unit')}</dt>
          <dd>{unit ? unit.shortName || unit.name : t('item.none')}</dd>
        </div>
        <div>
          <dt>{t('item.liaison')}</dt>
          <dd>
            {liaison ? (
              <>
                {liaison.name}
                {liaison.position && <span className="muted small"> · {liaison.position}</span>}
              </>
            ) : (
              t('item.none')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('item.evidence')}</dt>
          <dd>{o.evidence || t('item.none')}</dd>
        </div>
        <div>
          <dt>{t('item.due')}</dt>
          <dd>{dueRuleInWords(o.due, language)}</dd>
        </div>
        <div>
          <dt>{t('item.next')}</dt>
          <dd className={next.date !== null && next.past ? 'obligation-past' : undefined}>{nextText}</dd>
        </div>
      </dl>
      <ErrorNote error={error} />
      <div className="obligation-actions">
        {canManage && o.status === 'proposed' && (
          <button
            type="button"
            className="button primary"
            onClick={() => setStatus('confirmed', t('item.confirmedToast'))}
          >
            {t('item.confirm')}
          </button>
        )}
        {canManage && o.status !== 'dismissed' && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('item.edit')}
          </button>
        )}
        {canManage && o.status !== 'dismissed' && (
          <button
            type="button"
            className="button quiet"
            onClick={() => setStatus('dismissed', t('item.dismissedToast'))}
          >
            {t('item.dismiss')}
          </button>
        )}
        {canManage && o.status === 'dismissed' && (
          <button
            type="button"
            className="button quiet"
            onClick={() => setStatus('proposed', t('item.savedToast'))}
          >
            {t('item.restore')}
          </button>
        )}
        {props.linkToDetail && o.status !== 'dismissed' && (
          <Link className="obligation-open" to={obligationPath(cooperation.id, o.id)}>
            {t('item.open')}
          </Link>
        )}
      </div>
    </article>
  );
}

/** Why an obligation has no next date, in words. */
const NEXT_PENDING = {
  signing: 'item.awaitsSigning',
  event: 'item.awaitsEvent',
  none: 'item.none',
} as const;
