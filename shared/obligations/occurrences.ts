import { addCalendarDays, type IsoDate } from '../calendar/workingDays.ts';
import type { DueRule } from './due.ts';
import { dueDateOf, occurrences as recurrenceDates } from './dueDate.ts';

/**
 * The occurrences of a confirmed obligation: each date it falls due, what reports answer and what
 * dashboards count. A recurrence falls due many times, a deadline once; a deadline after an event
 * other than the signing has no date until that event happens, which the agreement does not
 * record, so it stands as one occurrence without a date ("bergantung peristiwa").
 */

/** One time an obligation falls due. */
export type Occurrence =
  /** A calendar date in the cooperation's time zone. */
  | { date: IsoDate; pending: null }
  /**
   * No date: 'event' when it follows an event other than the signing, 'signing' when it counts
   * from a signing that has not happened yet, 'none' when the agreement sets no time.
   */
  | { date: null; pending: 'event' | 'signing' | 'none' };

/** The earliest and latest date of interest, both included (YYYY-MM-DD). */
export interface Window {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The occurrences of an obligation with due rule `due` within `window`, for an agreement signed
 * on `signedOn` (null while unsigned). Dated occurrences outside the window are left out; the
 * dateless one is always there, since it is not tied to any period.
 */
export function occurrencesOf(due: DueRule | null, signedOn: IsoDate | null, window: Window): Occurrence[] {
  const dated = (dates: IsoDate[]): Occurrence[] =>
    dates.filter((d) => d >= window.from && d <= window.to).map((date) => ({ date, pending: null }));
  if (!due) return [{ date: null, pending: 'none' }];
  if (due.kind === 'date') return dated([due.date]);
  if (due.kind === 'recurring') {
    if (!signedOn) return [{ date: null, pending: 'signing' }];
    return dated(recurrenceDates(due.everyMonths, signedOn, window.from, window.to));
  }
  if (!due.fromSigning) return [{ date: null, pending: 'event' }];
  const date = dueDateOf(due, { signedOn });
  return date ? dated([date]) : [{ date: null, pending: 'signing' }];
}

/** The Monday and Sunday of the week holding `today` (a calendar date in the cooperation's zone). */
export function weekOf(today: IsoDate): Window {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const from = addCalendarDays(today, weekday === 0 ? -6 : 1 - weekday);
  return { from, to: addCalendarDays(from, 6) };
}
