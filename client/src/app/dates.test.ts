import { describe, expect, it } from 'vitest';
import { formatTypedDate, longDate, parseTypedDate, typedDateProblem } from './dates.ts';

describe('dates as typed in a date field', () => {
  it('reads day-first dates and ISO, and refuses dates that do not exist', () => {
    expect(parseTypedDate('17/08/2025')).toBe('2025-08-17');
    expect(parseTypedDate(' 1-2-2026 ')).toBe('2026-02-01');
    expect(parseTypedDate('29.02.2024')).toBe('2024-02-29');
    expect(parseTypedDate('2025-08-17')).toBe('2025-08-17');
    expect(parseTypedDate('29/02/2025')).toBeNull();
    expect(parseTypedDate('08/17/2025')).toBeNull();
    expect(parseTypedDate('besok')).toBeNull();
    expect(parseTypedDate('')).toBe('');
  });

  it.each([
    ['31/02/2021', 'noSuchDate'],
    ['29/02/2025', 'noSuchDate'],
    ['08/17/2025', 'noSuchDate'],
    ['2021-02-31', 'noSuchDate'],
    ['besok', 'format'],
    ['31/02', 'format'],
    ['28/02/2021', null],
    ['', null],
  ])('tells a day the calendar lacks from text that is no date: %s → %s', (text, problem) => {
    expect(typedDateProblem(text)).toBe(problem);
  });

  it('writes ISO day first, and in words in either language', () => {
    expect(formatTypedDate('2025-08-17')).toBe('17/08/2025');
    expect(formatTypedDate('')).toBe('');
    expect(longDate('2025-08-17', 'id')).toBe('Minggu, 17 Agustus 2025');
    // ICU versions differ on the comma after the weekday.
    expect(longDate('2025-08-17', 'en')).toMatch(/^Sunday,? 17 August 2025$/);
    expect(longDate('17 Agustus', 'id')).toBeNull();
  });
});
