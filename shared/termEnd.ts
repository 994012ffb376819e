import { addMonths } from './obligations/dueDate.ts';

/**
 * The last day an agreement is in force, from its date of signing (YYYY-MM-DD) and its term in
 * years (the `termYears` meta field; "18 bulan" is 1.5).
 *
 * The rule: the day before the anniversary, i.e. signing date + N years − 1 day. Indonesian
 * agreements count their term "terhitung sejak tanggal ditandatangani": the day of signing is
 * the first day in force, so a 5-year MoU signed on 23 June 2025 runs through 22 June 2030 and
 * a new one may be signed on 23 June 2030 with no gap and no overlap.
 *
 * The anniversary of a day the target month lacks (29 February in a common year, 31 August plus
 * six months) is the first day of the next month, so the term ends on that month's last day:
 * signed 29 February 2024 for one year, it runs through 28 February 2025, a whole year. Clamping
 * the anniversary to 28 February instead would end it on the 27th, a day short.
 *
 * Null when the term is not a whole number of months (nothing to count by) or the date is not
 * a calendar date.
 */
export function termEndDate(signedDate: string, termYears: number): string | null {
  const months = termYears * 12;
  if (!Number.isInteger(months) || months <= 0) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(signedDate);
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const signed = new Date(Date.UTC(y, m - 1, d));
  if (signed.toISOString().slice(0, 10) !== signedDate) return null;
  // Date.UTC rolls a day past the month's end over into the next month: the anniversary above.
  const anniversary = new Date(Date.UTC(y, m - 1 + months, d));
  const wanted = (m - 1 + months) % 12;
  if (anniversary.getUTCMonth() !== wanted) anniversary.setUTCDate(1);
  anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}

/** When a term's end is reminded of, before that day: six months and one month. */
export const TERM_END_NOTICES = [
  { key: '6m', months: 6 },
  { key: '1m', months: 1 },
] as const;

/** The day a notice `months` before `endDate` falls on (the month's last day when it has fewer). */
export function noticeDate(endDate: string, months: number): string {
  return addMonths(endDate, -months);
}
