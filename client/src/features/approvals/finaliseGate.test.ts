import { describe, expect, it } from 'vitest';
import type { CompletenessItem } from '../../../../shared/completeness.ts';
import type { Party } from '../cooperations/api.ts';
import type { PartyClauseState } from '../editor/clauseStates.ts';
import { finaliseReasons, overallState } from './finaliseGate.ts';

const item = (key: string, id: string): CompletenessItem =>
  ({
    key,
    label: { id, en: `${id} (en)` },
    level: 'required',
    present: false,
    clauseIds: [],
  }) as CompletenessItem;
const open = (n: number) => Array.from({ length: n }, () => ({ state: 'partial' as const }));

describe('finaliseReasons', () => {
  it('is empty when the shared rule finds nothing', () => {
    expect(finaliseReasons([], 'id')).toEqual([]);
  });

  it('counts what is agreed first, then each missing item, copies and broken references', () => {
    const reasons = finaliseReasons(
      [
        {
          kind: 'incomplete',
          items: [
            item('signing', 'Tempat dan tanggal'),
            item('parties', 'Identitas para pihak'),
            item('placeholders', 'Isian templat belum diganti: [jabatan] di Pasal 4'),
          ],
        },
        { kind: 'duplicateIds', ids: ['a'] },
        { kind: 'notAgreed', clauses: open(8), parts: open(1), clauseTotal: 11, partTotal: 5 },
        { kind: 'brokenReferences', references: [{ clauseId: 'x', ayat: null }] },
      ],
      'id',
    );
    expect(reasons).toEqual([
      { key: 'gateClauses', params: { agreed: 3, total: 11 } },
      { key: 'gateParts', params: { agreed: 4, total: 5 } },
      { key: 'gateSigning', params: {} },
      { key: 'gateMissing', params: { item: 'Identitas para pihak' } },
      { key: 'gateItem', params: { item: 'Isian templat belum diganti: [jabatan] di Pasal 4' } },
      { key: 'gateDuplicates', params: {} },
      { key: 'gateBroken', params: { count: 1 } },
    ]);
    expect(finaliseReasons([{ kind: 'incomplete', items: [item('parties', 'X')] }], 'en')).toEqual([
      { key: 'gateMissing', params: { item: 'X (en)' } },
    ]);
  });
});

describe('overallState', () => {
  const of = (...states: PartyClauseState[]) =>
    states.map((state, i) => ({ party: { id: `p${i}` } as Party, state }));
  it('names an item as the server does from each party position', () => {
    expect(overallState(of('approved', 'approved'))).toBe('agreed');
    expect(overallState(of('approved', 'none'))).toBe('partial');
    expect(overallState(of('approved', 'stale'))).toBe('changed');
    expect(overallState(of('none', 'none'))).toBe('draft');
    expect(overallState([])).toBe('draft');
  });
});
