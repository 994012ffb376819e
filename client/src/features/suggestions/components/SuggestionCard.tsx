import type { CSSProperties, ReactNode } from 'react';
import type { SuggestionSummary } from '../../../../../shared/suggestions/index.ts';
import { useDateTime } from '../../../i18n/format.ts';
import type { Party } from '../../cooperations/api.ts';
import { Author } from '../../history/components/Author.tsx';
import type { Point } from '../../points/api.ts';
import { type SuggestionMessageKey, useSuggestionsT } from '../messages.ts';
import type { SuggestionRight } from '../review.ts';
import { shortText } from '../review.ts';
import { showSuggestion } from '../showSuggestion.ts';

interface SuggestionCardProps {
  suggestion: SuggestionSummary;
  author: { name: string | null; party: Party | null };
  right: SuggestionRight;
  points: Point[];
  busy: boolean;
  onDecide: (decision: 'accept' | 'reject') => void;
  /** Opens or closes the form raising a point on this suggestion; absent for who may not raise one. */
  onRaisePoint?: () => void;
  /** That form, while it is open. */
  pointForm?: ReactNode;
}

/**
 * One suggestion in the review panel: who proposed it and when, in their party's colour; the
 * text it removes and inserts; its blocks; the points that discuss it; and the buttons the
 * member may use (accept and reject for the other party's editors, withdraw for its author).
 */
export function SuggestionCard({
  suggestion: s,
  author,
  right,
  points,
  busy,
  onDecide,
  onRaisePoint,
  pointForm,
}: SuggestionCardProps) {
  const t = useSuggestionsT();
  const at = useDateTime();
  const name = author.name ?? t('who.unknown');
  const summary = shortText(s.inserted || s.deleted || s.blocks.map((b) => b.text).join(' '), 40);
  return (
    <li
      className="suggestion-card"
      data-suggestion-card={s.id}
      data-party={s.party}
      style={{ '--party': author.party?.color ?? 'var(--grey-dark)' } as CSSProperties}
    >
      <button type="button" className="suggestion-card-show" onClick={() => showSuggestion(s.id)}>
        <Author
          person={{
            userId: s.user,
            displayName: name,
            partyId: s.party,
            partyName: author.party?.name ?? null,
            partyShortName: author.party?.shortName ?? null,
            color: author.party?.color ?? null,
          }}
        />
        <time className="muted small" dateTime={s.ts}>
          {at(s.ts)}
        </time>
        <span className="visually-hidden">{t('card.show')}</span>
      </button>
      <SuggestionChange suggestion={s} />
      {points.length > 0 && (
        <div className="suggestion-points">
          <span className="small muted">{t('card.points')}</span>
          <ul>
            {points.map((p) => (
              <li key={p.id} className="small">
                {shortText(p.text, 120)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {pointForm}
      {(right !== 'none' || onRaisePoint) && (
        <div className="suggestion-actions">
          {right === 'decide' ? (
            <>
              <button
                type="button"
                className="button primary small"
                disabled={busy}
                aria-label={t('acceptThis.label', { who: name, text: summary })}
                onClick={() => onDecide('accept')}
              >
                {t('accept')}
              </button>
              <button
                type="button"
                className="button small"
                disabled={busy}
                aria-label={t('rejectThis.label', { who: name, text: summary })}
                onClick={() => onDecide('reject')}
              >
                {t('reject')}
              </button>
            </>
          ) : right === 'withdraw' ? (
            <button
              type="button"
              className="button small"
              disabled={busy}
              aria-label={t('withdrawThis.label', { text: summary })}
              onClick={() => onDecide('reject')}
            >
              {t('withdraw')}
            </button>
          ) : null}
          {onRaisePoint && (
            <button
              type="button"
              className="button quiet small"
              aria-expanded={!!pointForm}
              aria-label={t('card.raisePoint.label', { text: summary })}
              onClick={onRaisePoint}
            >
              {t('card.raisePoint')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** The text a suggestion removes and inserts, its format changes and its whole blocks. */
function SuggestionChange({ suggestion: s }: { suggestion: SuggestionSummary }) {
  const t = useSuggestionsT();
  return (
    <div className="suggestion-change">
      {s.blocks.map((b, i) => (
        // Blocks have no id of their own within one suggestion: their order is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={i} className="suggestion-block" data-kind={b.kind}>
          <span className="small">
            {t(`block.${b.kind}` as SuggestionMessageKey, {
              type: t(`type.${b.type}` as SuggestionMessageKey),
            })}
          </span>
          {b.text && (b.kind === 'insert' || b.kind === 'delete') && (
            <span className={b.kind === 'insert' ? 'suggestion-after' : 'suggestion-before'}>
              {' '}
              {shortText(b.text, 160)}
            </span>
          )}
        </p>
      ))}
      {s.deleted && (
        <p>
          <span className="small muted">{t('card.deleted')}: </span>
          <del className="suggestion-before">{shortText(s.deleted, 240)}</del>
        </p>
      )}
      {s.inserted && (
        <p>
          <span className="small muted">{t('card.inserted')}: </span>
          <ins className="suggestion-after">{shortText(s.inserted, 240)}</ins>
        </p>
      )}
      {s.formats > 0 && <p className="small">{t('card.formats', { n: s.formats })}</p>}
    </div>
  );
}
