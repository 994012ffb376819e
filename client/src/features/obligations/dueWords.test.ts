import { describe, expect, it } from 'vitest';
import { dateInWords, dueRuleInWords, nextDue } from './dueWords.ts';

describe('dueRuleInWords', () => {
  it('words a date, a recurrence and a period after an event in both languages', () => {
    expect(dueRuleInWords({ kind: 'date', date: '2027-03-31' }, 'id')).toBe('31 Maret 2027');
    expect(dueRuleInWords({ kind: 'date', date: '2027-03-31' }, 'en')).toBe('31 March 2027');
    expect(dueRuleInWords({ kind: 'recurring', everyMonths: 3 }, 'id')).toBe('setiap 3 bulan');
    expect(dueRuleInWords({ kind: 'recurring', everyMonths: 3 }, 'en')).toBe('every 3 months');
    expect(dueRuleInWords({ kind: 'recurring', everyMonths: 1 }, 'id')).toBe('setiap bulan');
    expect(dueRuleInWords({ kind: 'recurring', everyMonths: 1 }, 'en')).toBe('every month');
    expect(dueRuleInWords({ kind: 'recurring', everyMonths: 12 }, 'id')).toBe('setiap tahun');
    expect(dueRuleInWords({ kind: 'recurring', everyMonths: 24 }, 'en')).toBe('every 2 years');
    expect(dueRuleInWords({ kind: 'recurring', everyMonths: 18 }, 'id')).toBe('setiap 18 bulan');
    const request = {
      kind: 'after_event' as const,
      amount: 14,
      unit: 'working_day' as const,
      event: 'permintaan diterima',
      fromSigning: false,
    };
    expect(dueRuleInWords(request, 'id')).toBe('paling lambat 14 hari kerja sejak permintaan diterima');
    expect(dueRuleInWords(request, 'en')).toBe('within 14 working days of “permintaan diterima”');
    expect(dueRuleInWords({ ...request, amount: 1, unit: 'day' }, 'en')).toBe(
      'within 1 day of “permintaan diterima”',
    );
    expect(dueRuleInWords(null, 'id')).toBe('tanpa tenggat');
    expect(dueRuleInWords(null, 'en')).toBe('no due date');
  });

  it('prints a date as the agreement does', () => {
    expect(dateInWords('2026-01-01', 'id')).toBe('1 Januari 2026');
    expect(dateInWords('2026-08-17', 'en')).toBe('17 August 2026');
  });
});

describe('nextDue', () => {
  const today = '2026-12-05';
  it('counts a recurrence from the signing to the first date on or after today', () => {
    const every3 = { kind: 'recurring' as const, everyMonths: 3 };
    expect(nextDue(every3, { signedOn: '2025-06-23', today })).toMatchObject({
      date: '2026-12-23',
      past: false,
    });
    // Today itself is due, not the next period.
    expect(nextDue(every3, { signedOn: '2026-09-05', today })).toMatchObject({ date: '2026-12-05' });
    // The first occurrence is one period after the signing, never the signing day.
    expect(nextDue({ kind: 'recurring', everyMonths: 12 }, { signedOn: '2026-12-01', today })).toMatchObject({
      date: '2027-12-01',
    });
    // A month without the 31st ends the period on its last day.
    expect(nextDue({ kind: 'recurring', everyMonths: 1 }, { signedOn: '2026-10-31', today })).toMatchObject({
      date: '2026-12-31',
    });
    expect(nextDue(every3, { signedOn: null, today })).toEqual({ date: null, pending: 'signing' });
  });

  it('gives a fixed date even when past, and a period after the signing in working days', () => {
    expect(nextDue({ kind: 'date', date: '2026-03-31' }, { signedOn: null, today })).toEqual({
      date: '2026-03-31',
      past: true,
      pending: null,
    });
    const afterSigning = {
      kind: 'after_event' as const,
      amount: 5,
      unit: 'working_day' as const,
      event: 'ditandatangani',
      fromSigning: true,
    };
    // Signed Friday 19 December 2025: five working days skip the weekend and 25-26 December.
    expect(nextDue(afterSigning, { signedOn: '2025-12-19', today })).toMatchObject({
      date: '2025-12-30',
      past: true,
    });
    expect(nextDue({ ...afterSigning, fromSigning: false }, { signedOn: '2025-12-19', today })).toEqual({
      date: null,
      pending: 'event',
    });
    expect(nextDue(null, { signedOn: '2025-12-19', today })).toEqual({ date: null, pending: 'none' });
    expect(nextDue(afterSigning, { signedOn: null, today })).toEqual({ date: null, pending: 'signing' });
  });
});
