import { addCalendarDays, localDate } from '../../../shared/calendar/workingDays.ts';
import { dueDateOf, occurrences } from '../../../shared/obligations/dueDate.ts';
import { cooperationTimeZone } from '../../../shared/timeZones.ts';
import type { DB } from '../../db/connection.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { listSignedAgreements } from '../../db/repos/lifecycle.ts';
import type { Obligation } from '../../db/repos/obligations.ts';

/** How far ahead a report may answer a due date: a quarter covers reporting ahead of time. */
const AHEAD_DAYS = 92;
/** The most due dates offered: two years of a monthly obligation. */
const MAX_DUE_DATES = 24;

/**
 * Today in the cooperation's time zone, and the due dates a report on `o` may answer: those up
 * to a quarter ahead, the latest {@link MAX_DUE_DATES}. `known` is false when the dates depend on
 * what the agreement does not record (an event other than the signing, a signing still to come),
 * so any date is taken; a rule without a time has no due date at all.
 */
export function reportSchedule(db: DB, o: Obligation, now: Date) {
  const cooperation = findCooperation(db, o.cooperationId);
  const today = localDate(now, cooperationTimeZone(cooperation?.settings));
  const due = o.due;
  if (!due) return { today, dueDates: [] as string[], known: true };
  if (due.kind === 'date') return { today, dueDates: [due.date], known: true };
  const signedOn =
    listSignedAgreements(db, o.cooperationId).find((a) => a.documentId === o.documentId)?.signedDate ?? null;
  if (!signedOn) return { today, dueDates: [] as string[], known: false };
  const until = addCalendarDays(today, AHEAD_DAYS);
  if (due.kind === 'recurring') {
    const dates = occurrences(due.everyMonths, signedOn, signedOn, until);
    return { today, dueDates: dates.slice(-MAX_DUE_DATES), known: true };
  }
  const date = due.fromSigning ? dueDateOf(due, { signedOn }) : null;
  return date ? { today, dueDates: [date], known: true } : { today, dueDates: [] as string[], known: false };
}

/**
 * The due date a report answers: the one it names, checked against the schedule when that is
 * known; for an obligation due once, that date when it names none. Undefined: not a due date of
 * this obligation.
 */
export function answeredOccurrence(
  schedule: ReturnType<typeof reportSchedule>,
  named: string | null,
  o: Obligation,
): string | null | undefined {
  if (named === null)
    return schedule.dueDates.length === 1 && o.due?.kind !== 'recurring' ? schedule.dueDates[0] : null;
  if (!schedule.known) return named;
  return schedule.dueDates.includes(named) ? named : undefined;
}
