import type { ClauseTextDTO, WordOp } from '../../shared/api/history.ts';
import {
  clauseHash,
  clauseNodes,
  type DocumentOutline,
  outlineOf,
  type PMJSON,
} from '../../shared/clauses.ts';
import { movedIds } from './moves.ts';
import { clauseHeadingOf, clauseText, wordOps } from './text.ts';

/** One clause compared between two bodies (authors are added by the caller). */
export interface ClauseComparison {
  clauseId: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  moved: boolean;
  renumbered: boolean;
  from: ClauseTextDTO | null;
  to: ClauseTextDTO | null;
  ops: WordOp[];
}

export interface BodyComparison {
  /** In the newer order; a removed clause follows the clause it followed before. */
  clauses: ClauseComparison[];
  counts: Record<'added' | 'removed' | 'changed' | 'moved' | 'renumbered' | 'unchanged', number>;
  fromOutline: DocumentOutline;
  toOutline: DocumentOutline;
}

/**
 * Compares two bodies clause by clause, matching clauses by their stable ids: added,
 * removed, changed (different hash, with a word-level diff), unchanged; and, orthogonally,
 * moved (its order among the other clauses changed) and renumbered (its Pasal number differs).
 */
export function compareBodies(fromBody: PMJSON, toBody: PMJSON): BodyComparison {
  const fromOutline = outlineOf(fromBody);
  const toOutline = outlineOf(toBody);
  const fromNodes = clauseNodes(fromBody);
  const toNodes = clauseNodes(toBody);
  const fromOrder = fromOutline.clauses.map((c) => c.id);
  const toOrder = toOutline.clauses.map((c) => c.id);
  const moved = movedIds(fromOrder, toOrder);
  const numberFrom = new Map(fromOutline.clauses.map((c) => [c.id, c.number]));
  const numberTo = new Map(toOutline.clauses.map((c) => [c.id, c.number]));

  const textAt = (node: PMJSON | undefined, outline: DocumentOutline, number: number | undefined) =>
    node
      ? {
          number: number ?? null,
          heading: clauseHeadingOf(node),
          text: clauseText(node, outline),
          hash: clauseHash(node),
        }
      : null;

  const compareOne = (id: string): ClauseComparison => {
    const from = textAt(fromNodes.get(id), fromOutline, numberFrom.get(id));
    const to = textAt(toNodes.get(id), toOutline, numberTo.get(id));
    const status = !from ? 'added' : !to ? 'removed' : from.hash !== to.hash ? 'changed' : 'unchanged';
    return {
      clauseId: id,
      status,
      moved: moved.has(id),
      renumbered: !!from && !!to && from.number !== to.number,
      from,
      to,
      ops: status === 'unchanged' ? [] : wordOps(from?.text ?? '', to?.text ?? ''),
    };
  };

  // Removed clauses are shown after the nearest earlier clause that still exists.
  const toSet = new Set(toOrder);
  const anchored = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const id of fromOrder) {
    if (toSet.has(id)) anchor = id;
    else anchored.set(anchor, [...(anchored.get(anchor) ?? []), id]);
  }
  const order = [...(anchored.get(null) ?? [])];
  for (const id of toOrder) order.push(id, ...(anchored.get(id) ?? []));
  const clauses = order.map(compareOne);

  const counts = { added: 0, removed: 0, changed: 0, moved: 0, renumbered: 0, unchanged: 0 };
  for (const c of clauses) {
    counts[c.status] += 1;
    if (c.moved) counts.moved += 1;
    if (c.renumbered) counts.renumbered += 1;
  }
  return { clauses, counts, fromOutline, toOutline };
}
