import { type Language, useLanguage } from '../../../i18n/index.ts';
import { meetingText } from '../../meetings/messages.ts';
import { usePoints } from '../usePoints.ts';

/** Open points per clause of a document, live: the outline marks the clauses still being discussed. */
export function useOpenPointCounts(cooperationId: string, documentId: string): Map<string, number> {
  const { data } = usePoints(cooperationId, { documentId, state: 'open' });
  const counts = new Map<string, number>();
  for (const p of data ?? []) if (p.clauseId) counts.set(p.clauseId, (counts.get(p.clauseId) ?? 0) + 1);
  return counts;
}

/** The badge's words and its title for `count` open points: "1 point", "2 points". */
export function openPointsWords(language: Language, count: number): { badge: string; title: string } {
  const one = count === 1;
  return {
    badge: meetingText(language, one ? 'points.openCountOne' : 'points.openCount', { count }),
    title: meetingText(language, one ? 'points.openOnClauseOne' : 'points.openOnClause', { count }),
  };
}

/** "2 poin": the open points of a clause, beside its name in the outline (nothing when none). */
export function OpenPointsBadge({ count }: { count: number | undefined }) {
  const language = useLanguage((s) => s.language);
  if (!count) return null;
  const { badge, title } = openPointsWords(language, count);
  return (
    <span className="badge open-points" title={title}>
      {badge}
    </span>
  );
}
