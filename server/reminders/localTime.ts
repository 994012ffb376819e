import type { TimeZone } from '../../shared/api/meetings.ts';

/** Hours ahead of UTC: Indonesia's zones keep no daylight saving time, so an offset is the whole rule. */
const OFFSET_HOURS: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The local calendar day (YYYY-MM-DD) of an instant in a zone. */
export function localDate(ms: number, zone: TimeZone): string {
  return new Date(ms + OFFSET_HOURS[zone] * HOUR).toISOString().slice(0, 10);
}

/** The instant (ms, UTC) of a local clock time `HH:MM` on a local day in a zone. */
export function localInstant(date: string, clock: string, zone: TimeZone): number {
  return Date.parse(`${date}T${clock}:00Z`) - OFFSET_HOURS[zone] * HOUR;
}

/** The day `days` calendar days after a YYYY-MM-DD day (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The working day before a day: Monday to Friday. Public holidays and cuti bersama are not
 * counted yet; a holiday calendar, when the repo has one, replaces this test.
 */
export function previousWorkingDay(date: string): string {
  let d = addDays(date, -1);
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
