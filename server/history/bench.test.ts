import { describe, expect, it } from 'vitest';
import { benchHistory } from '../../bench/history.ts';

describe('benchHistory', () => {
  // Benchmark-style: logs the figures (npm run bench reports the full run); asserts only
  // that the run did what it says, never a time, so it cannot flake on a busy machine.
  it('attributes, reads a clause history and compares on a 100-Pasal document', () => {
    const figures = benchHistory({ clauses: 100, updates: 3000 });
    console.log('history bench (100 Pasal, 3000 updates):', JSON.stringify(figures));
    expect(figures.updates).toBe(3000);
    expect(figures.clauseHistoryEntries).toBeGreaterThan(1);
  }, 120_000);
});
