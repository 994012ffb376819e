import { type CSSProperties, type FormEvent, useState } from 'react';
import { POINT_STATES, type PointState } from '../../../../../shared/api/points.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useDateTime } from '../../../i18n/format.ts';
import type { Action } from '../../actions/api.ts';
import { AddActionForm } from '../../actions/components/AddActionForm.tsx';
import { PointFollowUps } from '../../actions/components/PointFollowUps.tsx';
import type { Cooperation } from '../../cooperations/api.ts';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import { useMeetingsT } from '../../meetings/messages.ts';
import { type Point, replyToPoint, updatePoint } from '../api.ts';

interface PointCardProps {
  point: Point;
  cooperation: Cooperation;
  /** "Nota Kesepakatan, Pasal 3 — RUANG LINGKUP", when the point is on a clause. */
  clauseLabel?: string | null;
  /** Scrolls the document to the point's anchor (the meeting room and the editor). */
  onShow?: (point: Point) => void;
  /** Offer recording a follow-up from this point (meeting room). */
  withFollowUp?: boolean;
  /** The follow-ups recorded from this point, listed under it (meeting room). */
  followUps?: Action[];
  /** A follow-up was recorded from this point. */
  onFollowUpAdded?: (action: Action) => void;
  /** The point's outcome is in a closed meeting's minutes: no deciding until it is reopened. */
  recordLocked?: boolean;
}

/**
 * One discussion point: who raised it (in their party's colour), the text and the clause it
 * touches, the replies, and its outcome. Commenters reply; editors record the decision.
 */
export function PointCard({
  point,
  cooperation,
  clauseLabel,
  onShow,
  withFollowUp,
  followUps,
  onFollowUpAdded,
  recordLocked,
}: PointCardProps) {
  const t = useMeetingsT();
  const dateTime = useDateTime();
  const party = cooperation.parties.find((p) => p.id === point.raisedBy.partyId);
  const { canReplyToPoints: canReply } = cooperation.permissions;
  const canDecide = cooperation.permissions.canDecidePoints && !recordLocked;
  const [reply, setReply] = useState('');
  const [state, setState] = useState<PointState>(point.state);
  const [decision, setDecision] = useState(point.decision);
  const [deciding, setDeciding] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (action: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await action();
      if (done) showToast(done);
      return true;
    } catch (e) {
      setError(e as ApiError);
      return false;
    }
  };
  const sendReply = async (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim() && (await run(() => replyToPoint(point.id, reply.trim())))) setReply('');
  };
  const decide = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => updatePoint(point.id, { state, decision }), t('points.decided'))) setDeciding(false);
  };

  return (
    <article
      className="point-card"
      style={{ '--party': party?.color } as CSSProperties}
      data-point={point.id}
      aria-label={point.text.slice(0, 80)}
    >
      <header>
        {party && <PartyChip party={party} />}
        <strong>{point.raisedBy.name}</strong>
        <span className={`badge point-state-${point.state}`}>{t(`pointState.${point.state}`)}</span>
        <span className="muted small">{dateTime(point.createdAt)}</span>
      </header>
      {clauseLabel && <div className="small muted">{t('points.onClause', { clause: clauseLabel })}</div>}
      {point.quote && <div className="small muted">{t('points.quote', { quote: point.quote })}</div>}
      <p className="point-text">{point.text}</p>
      {point.anchor && onShow && (
        <button type="button" className="button quiet small" onClick={() => onShow(point)}>
          {t('points.show')}
        </button>
      )}
      {point.replies.length > 0 && (
        <ul className="reply-list">
          {point.replies.map((r) => (
            <li key={r.id}>
              <strong>{r.by.name}:</strong> {r.text}
            </li>
          ))}
        </ul>
      )}
      {point.state !== 'open' && point.decision && (
        <div className="point-decision">
          <strong>{t('points.decision')}:</strong> {point.decision}
        </div>
      )}
      <ErrorNote error={error} />
      {canReply && (
        <form className="inline-form" onSubmit={sendReply}>
          <input
            className="input"
            aria-label={t('points.reply')}
            placeholder={t('points.reply')}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
          <button type="submit" className="button quiet" disabled={!reply.trim()}>
            {t('points.sendReply')}
          </button>
        </form>
      )}
      {recordLocked && cooperation.permissions.canDecidePoints && (
        <p className="muted small">{t('record.pointLocked')}</p>
      )}
      {canDecide && !deciding && (
        <button
          type="button"
          className="button quiet small"
          onClick={() => {
            setState(point.state === 'open' ? 'agreed' : point.state);
            setDecision(point.decision);
            setDeciding(true);
          }}
        >
          {t('points.decide')}
        </button>
      )}
      {canDecide && deciding && (
        <form className="stack" onSubmit={decide}>
          <div className="segmented" role="radiogroup" aria-label={t('actions.state')}>
            {POINT_STATES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={`state-${point.id}`}
                  checked={state === s}
                  onChange={() => setState(s)}
                />
                {t(`pointState.${s}`)}
              </label>
            ))}
          </div>
          <textarea
            className="input"
            rows={2}
            aria-label={t('points.decision')}
            placeholder={t('points.decision')}
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
          />
          <div className="form-actions">
            <button type="button" className="button quiet" onClick={() => setDeciding(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary">
              {t('common.save')}
            </button>
          </div>
        </form>
      )}
      {followUps && followUps.length > 0 && <PointFollowUps actions={followUps} />}
      {withFollowUp && canDecide && (
        <AddActionForm
          cooperation={cooperation}
          origin={{ pointId: point.id, meetingId: point.meetingId }}
          compact
          onAdded={onFollowUpAdded}
        />
      )}
    </article>
  );
}
