import { describe, expect, it } from 'vitest';
import { decisionGroups } from './decisionGroups.ts';

const d = (text: string, unit?: string | null) => ({ text, unit });

describe('decisions grouped per OPD', () => {
  it('keeps one group when no decision is on a variant', () => {
    const groups = decisionGroups([d('a'), d('b', null)]);
    expect(groups.map((g) => g.unit)).toEqual([null]);
    expect(groups[0]!.decisions.map((x) => [x.number, x.decision.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  it('puts the common decisions first, then each OPD by name, numbered down the page', () => {
    const groups = decisionGroups([
      d('sosial 1', 'Dinas Sosial'),
      d('induk'),
      d('dukcapil', 'Disdukcapil'),
      d('sosial 2', 'Dinas Sosial'),
    ]);
    expect(groups.map((g) => [g.unit, g.decisions.map((x) => `${x.number}. ${x.decision.text}`)])).toEqual([
      [null, ['1. induk']],
      ['Dinas Sosial', ['2. sosial 1', '3. sosial 2']],
      ['Disdukcapil', ['4. dukcapil']],
    ]);
  });

  it('has no common group when every decision is on a variant, and none at all for no decisions', () => {
    expect(decisionGroups([d('x', 'RSUD')]).map((g) => g.unit)).toEqual(['RSUD']);
    expect(decisionGroups([])).toEqual([{ unit: null, decisions: [] }]);
  });
});
