import { describe, expect, it } from 'vitest';
import { noticeDate, termEndDate } from './termEnd.ts';

describe('termEndDate', () => {
  it.each([
    // "terhitung sejak tanggal ditandatangani": the day of signing is the first day in force.
    ['2025-06-23', 5, '2030-06-22'],
    ['2026-01-01', 1, '2026-12-31'],
    ['2026-03-01', 1, '2027-02-28'],
    // The day before 1 March of a leap year is 29 February.
    ['2023-03-01', 1, '2024-02-29'],
    // Signed on 29 February: the anniversary in a common year is 1 March, so the year runs to 28 February.
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-28'],
    ['2024-02-28', 1, '2025-02-27'],
    // 18 months; six months from 31 August reach a February without the 31st.
    ['2025-06-15', 1.5, '2026-12-14'],
    ['2025-08-31', 0.5, '2026-02-28'],
    ['2027-08-31', 0.5, '2028-02-29'],
  ])('signed %s for %d years ends on %s', (signed, years, end) => {
    expect(termEndDate(signed, years)).toBe(end);
  });

  it('is null for a term not in whole months or a date that is not one', () => {
    expect(termEndDate('2025-06-23', 1.3)).toBeNull();
    expect(termEndDate('2025-06-23', 0)).toBeNull();
    expect(termEndDate('2025-02-30', 1)).toBeNull();
    expect(termEndDate('23-06-2025', 1)).toBeNull();
  });
});

describe('noticeDate', () => {
  it('counts whole months back, to the month end when the day is missing', () => {
    expect(noticeDate('2030-06-22', 6)).toBe('2029-12-22');
    expect(noticeDate('2030-06-22', 1)).toBe('2030-05-22');
    expect(noticeDate('2026-08-31', 6)).toBe('2026-02-28');
  });
});
