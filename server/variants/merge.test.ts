import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../shared/clauses.ts';
import { clauseHash } from '../clauseHash.ts';
import {
  type HashedClause,
  type MergeBase,
  mergePlan,
  overridesOf,
  pendingChanges,
  variantClauses,
  withoutAnchors,
} from './merge.ts';

const clause = (id: string, text: string): HashedClause => {
  const node: PMJSON = {
    type: 'clause',
    attrs: { id },
    content: [
      { type: 'clauseHeading', content: [{ type: 'text', text: `Judul ${id}` }] },
      { type: 'paragraph', content: [{ type: 'text', text }] },
    ],
  };
  return { id, node, hash: clauseHash(node) };
};
const basesOf = (clauses: HashedClause[], flags: Record<string, MergeBase['flag']> = {}) =>
  new Map(clauses.map((c) => [c.id, { hash: c.hash, flag: flags[c.id] ?? null }]));

const a = clause('a', 'Maksud kerja sama.');
const b = clause('b', 'Ruang lingkup.');
const c = clause('c', 'Jangka waktu lima tahun.');
const synced = [a, b, c];

describe('the per-clause three-way merge of a variant with its master', () => {
  it('does nothing while the master is its base', () => {
    expect(mergePlan(synced, variantClauses(synced), basesOf(synced))).toEqual([]);
  });

  it('a master change replaces the clause where the variant left it as its base', () => {
    const b2 = clause('b', 'Ruang lingkup yang diperluas.');
    expect(mergePlan([a, b2, c], variantClauses(synced), basesOf(synced))).toEqual([
      { op: 'replace', id: 'b', node: b2.node, hash: b2.hash },
    ]);
  });

  it('flags a master change to a clause the variant overrides, once, and never replaces it', () => {
    const b2 = clause('b', 'Ruang lingkup yang diperluas.');
    const mine = clause('b', 'Ruang lingkup khusus kependudukan.');
    const variant = variantClauses([a, mine, c]);
    expect(mergePlan([a, b2, c], variant, basesOf(synced))).toEqual([
      { op: 'flag', id: 'b', flag: 'changed' },
    ]);
    expect(mergePlan([a, b2, c], variant, basesOf(synced, { b: 'changed' }))).toEqual([]);
  });

  it('moves the base on when both reached the same text, and clears a flag the master undid', () => {
    const b2 = clause('b', 'Ruang lingkup yang diperluas.');
    expect(mergePlan([a, b2, c], variantClauses([a, b2, c]), basesOf(synced))).toEqual([
      { op: 'rebase', id: 'b', node: b2.node, hash: b2.hash },
    ]);
    const mine = clause('b', 'Ruang lingkup khusus.');
    expect(mergePlan(synced, variantClauses([a, mine, c]), basesOf(synced, { b: 'changed' }))).toEqual([
      { op: 'rebase', id: 'b', node: b.node, hash: b.hash },
    ]);
  });

  it('inserts a new master clause after the same Pasal, or before the next when it comes first', () => {
    const n = clause('n', 'Pendanaan.');
    expect(mergePlan([a, n, b, c], variantClauses(synced), basesOf(synced))).toEqual([
      { op: 'insert', id: 'n', node: n.node, hash: n.hash, after: 'a', before: null },
    ]);
    expect(mergePlan([n, a, b, c], variantClauses(synced), basesOf(synced))).toEqual([
      { op: 'insert', id: 'n', node: n.node, hash: n.hash, after: null, before: 'a' },
    ]);
    // After a Pasal the variant removed: after the nearest one it still has.
    expect(mergePlan([a, b, n, c], variantClauses([a, c]), basesOf(synced))).toEqual([
      { op: 'insert', id: 'n', node: n.node, hash: n.hash, after: 'a', before: null },
    ]);
  });

  it('deletes a clause the master deleted where unchanged, flags it where overridden, forgets it where gone', () => {
    const mine = clause('c', 'Jangka waktu tiga tahun.');
    expect(mergePlan([a, b], variantClauses(synced), basesOf(synced))).toEqual([{ op: 'delete', id: 'c' }]);
    expect(mergePlan([a, b], variantClauses([a, b, mine]), basesOf(synced))).toEqual([
      { op: 'flag', id: 'c', flag: 'deleted' },
    ]);
    expect(mergePlan([a, b], variantClauses([a, b]), basesOf(synced))).toEqual([{ op: 'forget', id: 'c' }]);
  });

  it('a clause the variant removed and the master changed is flagged, not brought back', () => {
    const c2 = clause('c', 'Jangka waktu sepuluh tahun.');
    expect(mergePlan([a, b, c2], variantClauses([a, b]), basesOf(synced))).toEqual([
      { op: 'flag', id: 'c', flag: 'changed' },
    ]);
  });
});

describe('overrides and pending changes, derived', () => {
  it('names clauses changed, added and removed in the variant', () => {
    const mine = clause('b', 'Ruang lingkup khusus.');
    const own = clause('x', 'Pasal milik OPD.');
    const kinds = overridesOf(synced, [a, mine, own], basesOf(synced));
    expect(Object.fromEntries(kinds)).toEqual({ b: 'changed', x: 'added', c: 'removed' });
  });

  it('counts master clauses new, changed or deleted since the base', () => {
    const b2 = clause('b', 'Ruang lingkup yang diperluas.');
    const n = clause('n', 'Pendanaan.');
    expect(pendingChanges(synced, basesOf(synced))).toBe(0);
    expect(pendingChanges([a, b2, n], basesOf(synced))).toBe(3);
  });

  it('leaves the master’s discussion anchors out of a clause it hands on, keeping other marks', () => {
    const node: PMJSON = {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Pasal',
          marks: [{ type: 'bold' }, { type: 'pointAnchor', attrs: { pointId: 'p1' } }],
        },
        { type: 'text', text: ' ini', marks: [{ type: 'pointAnchor', attrs: { pointId: 'p1' } }] },
      ],
    };
    expect(withoutAnchors(node)).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Pasal', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ini' },
      ],
    });
  });
});
