import { addCalendarDays, addWorkingDays, type IsoDate, localDate } from '../calendar/workingDays.ts';
import type { DueRule } from './due.ts';

/**
 * The calendar dates a due rule falls on, counted with the working-day calendar: what reminders
 * and dashboards compare with today.
 */

/** `date` plus `months` calendar months, on the same day or the month's last when it has fewer days. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = localDate(date).split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The date a one-off rule falls due: its date, or its period after the event (the signing date
 * when the rule counts from the signing). Null for a recurrence (see {@link occurrences}) or when
 * the event has not happened yet (no date given).
 */
export function dueDateOf(
  rule: DueRule,
  when: { event?: IsoDate | null; signedOn?: IsoDate | null },
): IsoDate | null {
  if (rule.kind === 'date') return rule.date;
  if (rule.kind === 'recurring') return null;
  const from = rule.fromSigning ? when.signedOn : when.event;
  if (!from) return null;
  if (rule.unit === 'working_day') return addWorkingDays(from, rule.amount);
  if (rule.unit === 'day') return addCalendarDays(from, rule.amount);
  return addMonths(from, rule.unit === 'month' ? rule.amount : rule.amount * 12);
}

/**
 * The dates of a recurrence every `everyMonths` months counted from `anchor` (the signing date:
 * the first falls `everyMonths` after it), those from `from` up to `to` included.
 */
export function occurrences(everyMonths: number, anchor: IsoDate, from: IsoDate, to: IsoDate): IsoDate[] {
  if (!Number.isInteger(everyMonths) || everyMonths < 1)
    throw new RangeError(`Not a recurrence: ${everyMonths}`);
  const out: IsoDate[] = [];
  for (let k = 1; ; k += 1) {
    const date = addMonths(anchor, k * everyMonths);
    if (date > to) return out;
    if (date >= from) out.push(date);
  }
}
