import type { ClauseState } from '../../../../shared/api/clauseStates.ts';
import type { FinaliseBlocker } from '../../../../shared/finaliseGate.ts';
import type { PartyStates } from '../editor/clauseStates.ts';

/** One reason "Finalkan" is not open yet, as a message key of the panel and its parameters. */
export type FinaliseReason =
  | { key: 'gateClauses'; params: { agreed: number; total: number } }
  | { key: 'gateParts'; params: { agreed: number; total: number } }
  | { key: 'gateSigning'; params: Record<string, never> }
  | { key: 'gateMissing'; params: { item: string } }
  | { key: 'gateItem'; params: { item: string } }
  | { key: 'gateDuplicates'; params: Record<string, never> }
  | { key: 'gateBroken'; params: { count: number } };

/**
 * The state of an item from each party's position on it, named as the server names it
 * (`shared/api/clauseStates.ts`): agreed by all, changed since someone approved, approved by
 * some, or by none yet.
 */
export function overallState(states: PartyStates): ClauseState {
  if (states.length > 0 && states.every((s) => s.state === 'approved')) return 'agreed';
  if (states.some((s) => s.state === 'stale')) return 'changed';
  return states.some((s) => s.state === 'approved') ? 'partial' : 'draft';
}

/**
 * The blockers of the shared finalise rule (`shared/finaliseGate.ts`), as the lines shown
 * beside the disabled "Finalkan": how many Pasal and parts are agreed, the signing details,
 * each missing required section, copies and broken references.
 */
export function finaliseReasons(blockers: FinaliseBlocker[], language: 'id' | 'en'): FinaliseReason[] {
  const reasons: FinaliseReason[] = [];
  for (const b of blockers) {
    if (b.kind === 'notAgreed') {
      if (b.clauses.length > 0)
        reasons.push({
          key: 'gateClauses',
          params: { agreed: b.clauseTotal - b.clauses.length, total: b.clauseTotal },
        });
      if (b.parts.length > 0)
        reasons.push({
          key: 'gateParts',
          params: { agreed: b.partTotal - b.parts.length, total: b.partTotal },
        });
    } else if (b.kind === 'incomplete') {
      for (const item of b.items) {
        const label = item.label[language];
        if (item.key === 'signing') reasons.push({ key: 'gateSigning', params: {} });
        // Its label already says what is wrong ("Isian templat belum diganti: … di Pasal 4").
        else if (item.key === 'placeholders' || item.key === 'suggestions')
          reasons.push({ key: 'gateItem', params: { item: label } });
        else reasons.push({ key: 'gateMissing', params: { item: label } });
      }
    } else if (b.kind === 'duplicateIds') reasons.push({ key: 'gateDuplicates', params: {} });
    else reasons.push({ key: 'gateBroken', params: { count: b.references.length } });
  }
  // Agreement first: it is what the parties work through; then what is still to be filled in.
  return reasons.sort((a, b) => order(a) - order(b));
}

const order = (r: FinaliseReason) => (r.key === 'gateClauses' ? 0 : r.key === 'gateParts' ? 1 : 2);
