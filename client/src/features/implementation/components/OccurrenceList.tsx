import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatTypedDate } from '../../../app/dates.ts';
import { obligationPath } from '../../obligations/paths.ts';
import type { OccurrenceItem } from '../api.ts';
import { useImplementationT } from '../messages.ts';
import { StateBadge } from './StateBadge.tsx';

/** When an occurrence falls due, in words: its date, or why it has none. */
export function useDueWords() {
  const t = useImplementationT();
  return (item: Pick<OccurrenceItem, 'date' | 'pending'>) =>
    item.date ? t('item.due', { date: formatTypedDate(item.date) }) : t(`pending.${item.pending ?? 'none'}`);
}

/**
 * Occurrences as a list, each leading to its obligation in the Pelaksanaan tab: its state, the
 * Pasal and document, the obligation's words, when it is due and who answers for it.
 */
export function OccurrenceList<T extends OccurrenceItem>({
  items,
  cooperationId,
  extra,
  label,
}: {
  items: readonly T[];
  /** The cooperation of the items, or of each item. */
  cooperationId: string | ((item: T) => string);
  /** Anything more to say of an item (its cooperation, why it is the reader's). */
  extra?: (item: T) => ReactNode;
  label: string;
}) {
  const t = useImplementationT();
  const dueWords = useDueWords();
  return (
    <ul className="occurrence-list" aria-label={label}>
      {items.map((item) => {
        const coop = typeof cooperationId === 'string' ? cooperationId : cooperationId(item);
        return (
          <li key={`${item.obligationId}:${item.date ?? item.pending}`} className="occurrence-item">
            <div className="occurrence-head">
              <StateBadge state={item.state} />
              <span className="occurrence-when">{dueWords(item)}</span>
            </div>
            <Link to={obligationPath(coop, item.obligationId)} className="occurrence-link">
              {item.clausePath} · {item.documentTitle}
            </Link>
            <p className="occurrence-text">{item.text}</p>
            <p className="muted small occurrence-meta">
              {[item.partyLabel, item.liaisonName ? t('item.liaison', { name: item.liaisonName }) : null]
                .filter(Boolean)
                .join(' · ')}
              {extra?.(item)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
