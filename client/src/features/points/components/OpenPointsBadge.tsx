import { useMeetingsT } from '../../meetings/messages.ts';
import { usePoints } from '../usePoints.ts';

/** Open points per clause of a document, live: the outline marks the clauses still being discussed. */
export function useOpenPointCounts(cooperationId: string, documentId: string): Map<string, number> {
  const { data } = usePoints(cooperationId, { documentId, state: 'open' });
  const counts = new Map<string, number>();
  for (const p of data ?? []) if (p.clauseId) counts.set(p.clauseId, (counts.get(p.clauseId) ?? 0) + 1);
  return counts;
}

/** "2 poin": the open points of a clause, beside its name in the outline (nothing when none). */
export function OpenPointsBadge({ count }: { count: number | undefined }) {
  const t = useMeetingsT();
  if (!count) return null;
  return (
    <span className="badge open-points" title={t('points.openOnClause', { count })}>
      {t('points.openCount', { count })}
    </span>
  );
}
