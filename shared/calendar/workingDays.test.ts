import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarYears,
  coversDate,
  holidaysOn,
  isWorkingDay,
  localDate,
  workingDaysBetween,
} from './workingDays.ts';

describe('the holiday data', () => {
  it('holds 2025, 2026 and 2027, each day a real date of its year, in order, with a source', () => {
    const years = calendarYears();
    expect(years.map((y) => [y.year, y.status])).toEqual([
      [2025, 'official'],
      [2026, 'official'],
      [2027, 'estimated'],
    ]);
    for (const y of years) {
      expect(y.source.length).toBeGreaterThan(40);
      const dates = y.days.map((d) => d.date);
      expect(dates).toEqual([...dates].sort());
      for (const d of y.days) {
        expect(localDate(d.date)).toBe(d.date);
        expect(d.date.startsWith(`${y.year}-`)).toBe(true);
        expect(['libur_nasional', 'cuti_bersama']).toContain(d.kind);
      }
    }
  });

  it('counts what each decree sets: 17 holidays and 11 cuti bersama in 2025 (amended), 17 and 8 in 2026', () => {
    const count = (year: number, kind: string) =>
      calendarYears()
        .find((y) => y.year === year)!
        .days.filter((d) => d.kind === kind).length;
    expect([count(2025, 'libur_nasional'), count(2025, 'cuti_bersama')]).toEqual([17, 11]);
    expect([count(2026, 'libur_nasional'), count(2026, 'cuti_bersama')]).toEqual([17, 8]);
  });

  it('marks forecast lunar dates of 2027 as estimated and none of an official year', () => {
    const y2027 = calendarYears().find((y) => y.year === 2027)!;
    expect(y2027.days.find((d) => d.name.startsWith('Idul Fitri'))?.estimated).toBe(true);
    expect(y2027.days.find((d) => d.name === 'Hari Lahir Pancasila')?.estimated).toBeUndefined();
    for (const y of calendarYears().filter((c) => c.status === 'official'))
      expect(y.days.some((d) => d.estimated)).toBe(false);
  });

  it('names what falls on a date', () => {
    expect(holidaysOn('2026-03-21').map((h) => h.name)).toEqual(['Idul Fitri 1447 Hijriah']);
    expect(holidaysOn('2026-03-23').map((h) => h.kind)).toEqual(['cuti_bersama']);
    expect(holidaysOn('2026-03-25')).toEqual([]);
    expect(coversDate('2026-07-01')).toBe(true);
    expect(coversDate('2028-07-01')).toBe(false);
  });
});

describe('isWorkingDay', () => {
  it('follows the Idul Fitri 2026 week: cuti bersama and the holidays off, Wednesday 25 March back at work', () => {
    const week = ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23'];
    expect(week.map((d) => isWorkingDay(d))).toEqual([false, false, false, false, false, false]);
    expect(isWorkingDay('2026-03-24')).toBe(false);
    expect(isWorkingDay('2026-03-25')).toBe(true);
    expect(isWorkingDay('2026-03-17')).toBe(true);
  });

  it('takes weekends off and an ordinary weekday on', () => {
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday
    expect(isWorkingDay('2025-08-18')).toBe(false); // cuti bersama added by the amendment
    expect(isWorkingDay('2028-03-01')).toBe(true); // a Wednesday past the data: weekends only
  });

  it('reads an instant on the calendar day of the zone', () => {
    // Friday 26 June 2026 at 16:30 UTC: 23:30 WIB (Friday), 00:30 WITA and 01:30 WIT (Saturday).
    const instant = new Date('2026-06-26T16:30:00Z');
    expect(localDate(instant, 'WIB')).toBe('2026-06-26');
    expect(localDate(instant, 'WITA')).toBe('2026-06-27');
    expect(localDate(instant, 'Asia/Jayapura')).toBe('2026-06-27');
    expect(isWorkingDay(instant, 'WIB')).toBe(true);
    expect(isWorkingDay(instant, 'WITA')).toBe(false);
    expect(isWorkingDay(instant, 'WIT')).toBe(false);
  });

  it('refuses what is not a date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('5 Maret 2026')).toThrow(RangeError);
    expect(() => isWorkingDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('steps over the Idul Fitri 2026 week', () => {
    // From Tuesday 17 March: the next working day is Wednesday 25 March.
    expect(addWorkingDays('2026-03-17', 1)).toBe('2026-03-25');
    // 14 working days from Monday 16 March: 17, 25, 26, 27, 30, 31 March, 1, 2, then 6 to 10 and
    // 13 April (3 April is Good Friday).
    expect(addWorkingDays('2026-03-16', 14)).toBe('2026-04-13');
    expect(addWorkingDays('2026-03-25', -1)).toBe('2026-03-17');
  });

  it('counts from the day after, whatever day the event falls on', () => {
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07'); // a Saturday's next working day is Monday
    expect(addWorkingDays('2026-12-07', 0)).toBe('2026-12-07');
    // 7 working days from Monday 21 December 2026: 22, 23, 28, 29, 30, 31 December, 4 January 2027.
    expect(addWorkingDays('2026-12-21', 7)).toBe('2027-01-04');
  });

  it('reads an instant in the zone before counting', () => {
    const fridayNightWib = new Date('2026-06-26T16:30:00Z');
    expect(addWorkingDays(fridayNightWib, 1, 'WIB')).toBe('2026-06-29');
    expect(addWorkingDays(fridayNightWib, 1, 'WIT')).toBe('2026-06-29');
    expect(addWorkingDays(fridayNightWib, 0, 'WIT')).toBe('2026-06-27');
    expect(() => addWorkingDays('2026-06-26', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to the second', () => {
    expect(workingDaysBetween('2026-03-16', '2026-04-13')).toBe(14);
    expect(workingDaysBetween('2026-03-17', '2026-03-24')).toBe(0);
    expect(workingDaysBetween('2026-03-17', '2026-03-17')).toBe(0);
    expect(workingDaysBetween('2026-04-13', '2026-03-16')).toBe(-14);
    // A whole ordinary week, Monday to Monday.
    expect(workingDaysBetween('2026-11-30', '2026-12-07')).toBe(5);
  });

  it('is the inverse of addWorkingDays across 2025 to 2027', () => {
    for (const start of [
      '2025-03-27',
      '2025-12-24',
      '2026-03-13',
      '2026-05-26',
      '2026-12-23',
      '2027-03-08',
    ]) {
      for (const n of [1, 5, 14, 30]) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
  });

  it('counts 2026 as 365 days less weekends and the weekday holidays and cuti bersama', () => {
    const weekdaysOff = calendarYears()
      .find((y) => y.year === 2026)!
      .days.filter((d) => isWeekday(d.date)).length;
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(261 - weekdaysOff);
    expect(weekdaysOff).toBe(21);
  });
});

function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}
