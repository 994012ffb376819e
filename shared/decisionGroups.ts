/**
 * The decisions of a meeting grouped per OPD, as the minutes (notula) list them when points were
 * taken on PKS variants: first the decisions on the master PKS and every other document (they
 * hold for every OPD), then one group per OPD by name, each decision keeping its number in the
 * meeting's one list. Pure, so the Word minutes and the screen group alike.
 */
export interface DecisionGroup<D> {
  /** The OPD the group's decisions are for; null for the group that holds for all. */
  unit: string | null;
  decisions: { number: number; decision: D }[];
}

/**
 * Groups `decisions` by their `unit`; a single group (unit null) when no decision names one, so
 * a meeting on ordinary documents lists its decisions as before.
 */
export function decisionGroups<D extends { unit?: string | null }>(
  decisions: readonly D[],
): DecisionGroup<D>[] {
  const numbered = decisions.map((decision, i) => ({ number: i + 1, decision }));
  const units = [
    ...new Set(decisions.map((d) => d.unit ?? null).filter((u): u is string => u !== null)),
  ].sort((a, b) => a.localeCompare(b, 'id'));
  const groups: DecisionGroup<D>[] = [];
  const common = numbered.filter((d) => !d.decision.unit);
  if (common.length || units.length === 0) groups.push({ unit: null, decisions: common });
  for (const unit of units)
    groups.push({ unit, decisions: numbered.filter((d) => d.decision.unit === unit) });
  // Numbered in the order printed, so the list reads 1, 2, 3… down the page.
  let n = 0;
  for (const g of groups) for (const d of g.decisions) d.number = ++n;
  return groups;
}

/** The heading of the group that holds for every OPD, when the decisions are grouped. */
export const COMMON_DECISIONS_HEADING = 'PKS induk dan hal umum (berlaku untuk semua OPD)';
