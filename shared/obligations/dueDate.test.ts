import { describe, expect, it } from 'vitest';
import { addMonths, dueDateOf, occurrences } from './dueDate.ts';

describe('dueDateOf', () => {
  const afterEvent = (amount: number, unit: 'working_day' | 'day' | 'month' | 'year', fromSigning = false) =>
    ({ kind: 'after_event', amount, unit, event: 'laporan diteruskan', fromSigning }) as const;

  it('counts working days past the Idul Fitri 2026 holidays and cuti bersama', () => {
    // A report forwarded on Monday 16 March 2026 with 14 working days to answer: 13 April.
    expect(dueDateOf(afterEvent(14, 'working_day'), { event: '2026-03-16' })).toBe('2026-04-13');
    expect(dueDateOf(afterEvent(14, 'day'), { event: '2026-03-16' })).toBe('2026-03-30');
  });

  it('counts from the signing when the rule says so, and waits for an event not yet happened', () => {
    const plan = afterEvent(3, 'month', true);
    expect(dueDateOf(plan, { signedOn: '2026-11-30', event: '2026-01-01' })).toBe('2027-02-28');
    expect(dueDateOf(plan, { event: '2026-01-01' })).toBeNull();
    expect(dueDateOf(afterEvent(7, 'working_day'), {})).toBeNull();
    expect(dueDateOf(afterEvent(1, 'year'), { event: '2028-02-29' })).toBe('2029-02-28');
  });

  it('gives a fixed date as it is and no single date for a recurrence', () => {
    expect(dueDateOf({ kind: 'date', date: '2026-12-31' }, {})).toBe('2026-12-31');
    expect(dueDateOf({ kind: 'recurring', everyMonths: 6 }, { signedOn: '2026-01-15' })).toBeNull();
  });
});

describe('occurrences', () => {
  it('lists every six months from the signing within a window, month ends kept', () => {
    expect(occurrences(6, '2025-08-31', '2026-01-01', '2027-12-31')).toEqual([
      '2026-02-28',
      '2026-08-31',
      '2027-02-28',
      '2027-08-31',
    ]);
    expect(occurrences(12, '2026-03-02', '2026-03-02', '2027-03-01')).toEqual([]);
    expect(occurrences(12, '2026-03-02', '2026-03-02', '2027-03-02')).toEqual(['2027-03-02']);
    expect(() => occurrences(0, '2026-03-02', '2026-03-02', '2027-03-02')).toThrow(RangeError);
  });

  it('adds months from the day of the anchor, never drifting after a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths('2026-12-15', -12)).toBe('2025-12-15');
  });
});
