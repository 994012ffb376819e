import type { ClauseState } from './api/clauseStates.ts';
import { brokenReferences, duplicateIds, type PMJSON } from './clauses.ts';
import type { CompletenessItem, CompletenessReport } from './completeness.ts';

/** What the finalise rule looks at: the checklist, the body, and every Pasal and part with its state now. */
export interface FinaliseFacts<C extends { state: ClauseState }, P extends { state: ClauseState }> {
  completeness: CompletenessReport;
  body: PMJSON;
  /** Every Pasal, each with its state at its text now. */
  clauses: readonly C[];
  /** Every part outside the Pasal (none for minutes), each with its state at its text now. */
  parts: readonly P[];
}

/** One reason a draft cannot be finalised now, in the order the server checks them. */
export type FinaliseBlocker<C = unknown, P = unknown> =
  /** Required sections of the checklist are missing (filling one in changes what must be approved). */
  | { kind: 'incomplete'; items: CompletenessItem[] }
  /** A Pasal, BAB or ayat appears twice (copies of a moved Pasal not yet merged). */
  | { kind: 'duplicateIds'; ids: string[] }
  /** Pasal or parts not agreed by every party at their text now, with how many there are. */
  | { kind: 'notAgreed'; clauses: C[]; parts: P[]; clauseTotal: number; partTotal: number }
  /** Cross-references that point at a deleted clause or ayat. */
  | { kind: 'brokenReferences'; references: { clauseId: string; ayat: string | null }[] };

/**
 * The finalise rule, the one place it is written: a draft is finalised only when every required
 * checklist section is present, no Pasal, BAB or ayat appears twice, every Pasal and every part
 * outside the Pasal is agreed by every party at its text now, and no cross-reference is
 * broken. The server's finalise command refuses with the first blocker; the Persetujuan tab
 * keeps "Finalkan" disabled and lists them all. Empty: nothing stands in the way.
 */
export function finaliseBlockers<C extends { state: ClauseState }, P extends { state: ClauseState }>(
  facts: FinaliseFacts<C, P>,
): FinaliseBlocker<C, P>[] {
  const blockers: FinaliseBlocker<C, P>[] = [];
  const missing = facts.completeness.items.filter((i) => i.level === 'required' && !i.present);
  if (missing.length > 0) blockers.push({ kind: 'incomplete', items: missing });
  const twice = duplicateIds(facts.body);
  if (twice.length > 0) blockers.push({ kind: 'duplicateIds', ids: twice });
  const clauses = facts.clauses.filter((c) => c.state !== 'agreed');
  const parts = facts.parts.filter((p) => p.state !== 'agreed');
  if (clauses.length + parts.length > 0) {
    blockers.push({
      kind: 'notAgreed',
      clauses,
      parts,
      clauseTotal: facts.clauses.length,
      partTotal: facts.parts.length,
    });
  }
  const broken = brokenReferences(facts.body);
  if (broken.length > 0) blockers.push({ kind: 'brokenReferences', references: broken });
  return blockers;
}
