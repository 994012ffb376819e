import { describe, expect, it } from 'vitest';
import { clause, paragraph, ref } from '../tests/support/bodyEdits.ts';
import type { ClauseState } from './api/clauseStates.ts';
import type { PMJSON } from './clauses.ts';
import type { CompletenessItem, CompletenessReport } from './completeness.ts';
import { finaliseBlockers } from './finaliseGate.ts';

const item = (key: string, level: CompletenessItem['level'], present: boolean): CompletenessItem =>
  ({ key, label: { id: key, en: key }, level, present, clauseIds: [] }) as CompletenessItem;
const report = (...items: CompletenessItem[]): CompletenessReport => ({
  items,
  warnings: [],
  missingRequired: items.filter((i) => i.level === 'required' && !i.present).length,
});
const complete = report(item('title', 'required', true), item('dispute', 'recommended', false));
const doc = (...content: PMJSON[]): PMJSON => ({ type: 'doc', content });
const body = doc(
  clause('a', 'MAKSUD', paragraph('Satu.')),
  clause('b', 'TUJUAN', paragraph('Lihat ', ref('a'))),
);
const states = (...s: ClauseState[]) => s.map((state, i) => ({ id: `x${i}`, state }));

describe('finaliseBlockers (the finalise rule of server and client)', () => {
  it('lets a complete draft through when everything is agreed', () => {
    expect(
      finaliseBlockers({
        completeness: complete,
        body,
        clauses: states('agreed', 'agreed'),
        parts: states('agreed'),
      }),
    ).toEqual([]);
  });

  it('names every reason, in the order the server refuses with', () => {
    const broken = doc(
      clause('a', 'MAKSUD', paragraph('Satu.')),
      clause('a', 'MAKSUD', paragraph('Salinan.')),
      clause('b', 'TUJUAN', paragraph('Lihat ', ref('gone'))),
    );
    const missing = report(item('signing', 'required', false), item('dispute', 'recommended', false));
    const clauses = states('agreed', 'changed', 'partial');
    const parts = states('draft', 'agreed');
    const blockers = finaliseBlockers({ completeness: missing, body: broken, clauses, parts });
    expect(blockers.map((b) => b.kind)).toEqual([
      'incomplete',
      'duplicateIds',
      'notAgreed',
      'brokenReferences',
    ]);
    expect(blockers[0]).toEqual({ kind: 'incomplete', items: [missing.items[0]] });
    expect(blockers[1]).toEqual({ kind: 'duplicateIds', ids: ['a'] });
    expect(blockers[2]).toEqual({
      kind: 'notAgreed',
      clauses: [clauses[1], clauses[2]],
      parts: [parts[0]],
      clauseTotal: 3,
      partTotal: 2,
    });
    expect(blockers[3]).toEqual({ kind: 'brokenReferences', references: [{ clauseId: 'gone', ayat: null }] });
  });

  it('counts an approval by only some parties, or of an earlier text, as not agreed', () => {
    for (const state of ['draft', 'partial', 'changed'] as const) {
      const [blocker] = finaliseBlockers({ completeness: complete, body, clauses: states(state), parts: [] });
      expect(blocker).toMatchObject({ kind: 'notAgreed', clauseTotal: 1, partTotal: 0 });
    }
  });
});
