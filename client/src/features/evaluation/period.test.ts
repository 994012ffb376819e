import { describe, expect, it } from 'vitest';
import { lastTwelveMonths, quarterPeriod, recentQuarters } from './period.ts';

describe('report periods', () => {
  it('take the last twelve months up to today by default', () => {
    expect(lastTwelveMonths('2026-12-05')).toEqual({ from: '2025-12-06', to: '2026-12-05' });
    // A leap day's year back is the last day of February.
    expect(lastTwelveMonths('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('give a quarter its first and last day, and offer the last four quarters begun by today', () => {
    expect(quarterPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(recentQuarters('2026-05-02')).toEqual([
      { year: 2026, quarter: 2 },
      { year: 2026, quarter: 1 },
      { year: 2025, quarter: 4 },
      { year: 2025, quarter: 3 },
    ]);
  });
});
