import type { OverrideFlag, OverrideKind } from '../../shared/api/variants.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { MARK } from '../../shared/schema/names.ts';

/**
 * One unit of the merge with its clause hash: a top-level Pasal, or a BAB, a run of text outside
 * the Pasal or a shared meta field under an id of its own (`units.ts`).
 */
export interface HashedClause {
  id: string;
  node: PMJSON;
  hash: string;
}

/** What a variant last took of one master unit (only what the merge reads). */
export interface MergeBase {
  hash: string;
  flag: OverrideFlag | null;
}

/**
 * One step that brings a variant up to its master:
 * - `replace`: the variant takes the master's clause (it had not changed it); base := master;
 * - `insert`: a new master clause goes in after `after` (null: before `before`, else at the end); base := master;
 * - `delete`: the master deleted a clause the variant had not changed; base forgotten;
 * - `flag`: the master changed or deleted a clause the variant overrides: for review, never applied;
 * - `rebase`: the base moves to the master's clause without a change of text (both reached it);
 * - `forget`: both deleted the clause: its base is forgotten.
 */
export type MergeStep =
  | { op: 'replace'; id: string; node: PMJSON; hash: string }
  | { op: 'insert'; id: string; node: PMJSON; hash: string; after: string | null; before: string | null }
  | { op: 'delete'; id: string }
  | { op: 'flag'; id: string; flag: OverrideFlag }
  | { op: 'rebase'; id: string; node: PMJSON; hash: string }
  | { op: 'forget'; id: string };

/**
 * A variant's units as the merge reads them: their ids in order, and the hash of one (null when
 * absent), asked only for the units the master changed, so that a one-clause change costs one
 * clause's hash per variant, not the whole text's.
 */
export interface VariantClauses {
  ids: readonly string[];
  hash(id: string): string | null;
}

/** {@link VariantClauses} of clauses already hashed. */
export function variantClauses(clauses: readonly HashedClause[]): VariantClauses {
  const byId = new Map(clauses.map((c) => [c.id, c.hash]));
  return { ids: clauses.map((c) => c.id), hash: (id) => byId.get(id) ?? null };
}

/**
 * `node` without discussion anchors: a master's points are its own, and a clause taken into a
 * variant must not point at them (the clause hash leaves anchors out, so it does not move).
 */
export function withoutAnchors(node: PMJSON): PMJSON {
  const out: PMJSON = { ...node };
  if (node.marks) {
    const marks = node.marks.filter((m) => m.type !== MARK.pointAnchor);
    if (marks.length) out.marks = marks;
    else delete out.marks;
  }
  if (node.content) out.content = node.content.map(withoutAnchors);
  return out;
}

/**
 * The per-clause three-way merge of a variant with its master: for each unit (Pasal, BAB, text
 * outside the Pasal, shared meta field), the master's text now, the variant's now and the base
 * (the master's as the variant last took it). A unit the variant left as its base follows the
 * master; a unit both changed is flagged. A new unit goes after the nearest unit before it in
 * the master that the variant has.
 */
export function mergePlan(
  master: readonly HashedClause[],
  variant: VariantClauses,
  bases: ReadonlyMap<string, MergeBase>,
): MergeStep[] {
  const steps: MergeStep[] = [];
  const present = new Set(variant.ids);
  const inMaster = new Set(master.map((c) => c.id));
  master.forEach((m, index) => {
    const base = bases.get(m.id);
    if (!base) {
      if (present.has(m.id)) {
        steps.push({ op: 'rebase', id: m.id, node: m.node, hash: m.hash });
        return;
      }
      const after = master.slice(0, index).findLast((c) => present.has(c.id))?.id ?? null;
      const before = after ? null : (master.slice(index + 1).find((c) => present.has(c.id))?.id ?? null);
      steps.push({ op: 'insert', id: m.id, node: m.node, hash: m.hash, after, before });
      present.add(m.id);
      return;
    }
    if (m.hash === base.hash) {
      // A flag whose master change was undone needs no review any more.
      if (base.flag) steps.push({ op: 'rebase', id: m.id, node: m.node, hash: m.hash });
      return;
    }
    const mine = variant.hash(m.id);
    if (mine === base.hash) steps.push({ op: 'replace', id: m.id, node: m.node, hash: m.hash });
    else if (mine === m.hash) steps.push({ op: 'rebase', id: m.id, node: m.node, hash: m.hash });
    else if (base.flag !== 'changed') steps.push({ op: 'flag', id: m.id, flag: 'changed' });
  });
  for (const [id, base] of bases) {
    if (inMaster.has(id)) continue;
    const mine = variant.hash(id);
    if (mine === null) steps.push({ op: 'forget', id });
    else if (mine === base.hash) steps.push({ op: 'delete', id });
    else if (base.flag !== 'deleted') steps.push({ op: 'flag', id, flag: 'deleted' });
  }
  return steps;
}

/** How each clause of a variant differs from what it last took of its master (derived, never stored). */
export function overridesOf(
  master: readonly HashedClause[],
  variant: readonly HashedClause[],
  bases: ReadonlyMap<string, MergeBase>,
): Map<string, OverrideKind> {
  const out = new Map<string, OverrideKind>();
  const inVariant = new Set(variant.map((c) => c.id));
  for (const v of variant) {
    const base = bases.get(v.id);
    if (!base) out.set(v.id, 'added');
    else if (v.hash !== base.hash) out.set(v.id, 'changed');
  }
  for (const m of master) {
    if (bases.has(m.id) && !inVariant.has(m.id)) out.set(m.id, 'removed');
  }
  return out;
}

/** Master changes a variant has not taken: a clause new, changed or deleted in the master since its base. */
export function pendingChanges(
  master: readonly HashedClause[],
  bases: ReadonlyMap<string, MergeBase>,
): number {
  const inMaster = new Set(master.map((c) => c.id));
  let n = master.filter((m) => bases.get(m.id)?.hash !== m.hash).length;
  for (const id of bases.keys()) if (!inMaster.has(id)) n++;
  return n;
}
