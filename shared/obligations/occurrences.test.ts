import { describe, expect, it } from 'vitest';
import type { DueRule } from './due.ts';
import { type Occurrence, occurrencesOf, weekOf } from './occurrences.ts';

const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };
const on = (...dates: string[]): Occurrence[] => dates.map((date) => ({ date, pending: null }));
const deadline = (amount: number, unit: 'working_day' | 'day' | 'month' | 'year', fromSigning: boolean) =>
  ({
    kind: 'after_event',
    amount,
    unit,
    event: fromSigning ? 'ditandatangani' : 'permintaan diterima',
    fromSigning,
  }) as const;

describe('occurrencesOf', () => {
  it.each<[string, DueRule | null, string | null, Occurrence[]]>([
    ['a date inside the window', { kind: 'date', date: '2026-06-30' }, '2025-06-23', on('2026-06-30')],
    ['a date before the window', { kind: 'date', date: '2025-12-31' }, '2025-06-23', []],
    ['a date needs no signing', { kind: 'date', date: '2026-01-01' }, null, on('2026-01-01')],
    [
      'every 3 months from the signing',
      { kind: 'recurring', everyMonths: 3 },
      '2025-06-23',
      on('2026-03-23', '2026-06-23', '2026-09-23', '2026-12-23'),
    ],
    [
      'every 6 months from a month end, clamped',
      { kind: 'recurring', everyMonths: 6 },
      '2025-08-31',
      on('2026-02-28', '2026-08-31'),
    ],
    [
      'every 12 months from a signing inside the window',
      { kind: 'recurring', everyMonths: 12 },
      '2026-05-20',
      [],
    ],
    [
      'a recurrence of an unsigned agreement',
      { kind: 'recurring', everyMonths: 3 },
      null,
      [{ date: null, pending: 'signing' }],
    ],
    // Monday 16 March 2026 + 14 working days passes Nyepi, Idul Fitri and its cuti bersama.
    ['working days after the signing', deadline(14, 'working_day', true), '2026-03-16', on('2026-04-13')],
    ['calendar days after the signing', deadline(14, 'day', true), '2026-03-16', on('2026-03-30')],
    ['months after the signing', deadline(3, 'month', true), '2025-11-30', on('2026-02-28')],
    ['a year after the signing, outside the window', deadline(1, 'year', true), '2026-02-01', []],
    [
      'after the signing, not yet signed',
      deadline(30, 'day', true),
      null,
      [{ date: null, pending: 'signing' }],
    ],
    [
      'after another event',
      deadline(14, 'working_day', false),
      '2025-06-23',
      [{ date: null, pending: 'event' }],
    ],
    ['no time set', null, '2025-06-23', [{ date: null, pending: 'none' }]],
  ])('%s', (_name, due, signedOn, expected) => {
    expect(occurrencesOf(due, signedOn, YEAR_2026)).toEqual(expected);
  });

  it('keeps both ends of the window', () => {
    const window = { from: '2026-03-23', to: '2026-06-23' };
    expect(occurrencesOf({ kind: 'recurring', everyMonths: 3 }, '2025-06-23', window)).toEqual(
      on('2026-03-23', '2026-06-23'),
    );
  });
});

describe('weekOf', () => {
  it.each([
    ['2026-12-07', '2026-12-07', '2026-12-13'], // a Monday
    ['2026-12-05', '2026-11-30', '2026-12-06'], // a Saturday
    ['2026-12-06', '2026-11-30', '2026-12-06'], // a Sunday ends its week
    ['2026-12-31', '2026-12-28', '2027-01-03'], // across the year's end
  ])('%s lies in %s..%s', (today, from, to) => {
    expect(weekOf(today)).toEqual({ from, to });
  });
});
