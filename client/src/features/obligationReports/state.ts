import { type OccurrenceState, occurrenceState } from '../../../../shared/obligations/progress.ts';
import type { ObligationReport } from './api.ts';

/** One line of the state summary: a due date (null: the obligation as a whole) and where it stands. */
export interface OccurrenceLine {
  date: string | null;
  state: OccurrenceState;
}

/** How many due dates the summary shows: the recent past and what comes next. */
const SHOWN = 4;

/**
 * Where the obligation stands, by due date: each of the latest due dates up to the first one
 * still ahead, read from the reports that answer it and the requests for more on them; the
 * obligation as a whole when it has no due dates (all its reports count).
 */
export function occurrenceLines(
  reports: readonly ObligationReport[],
  dueDates: readonly string[],
  today: string,
): OccurrenceLine[] {
  const stateOf = (date: string | null, answering: readonly ObligationReport[]): OccurrenceLine => ({
    date,
    state: occurrenceState({
      dueDate: date,
      today,
      reports: answering.map((r) => ({ status: r.status, createdAt: Date.parse(r.createdAt) })),
      requests: answering.flatMap((r) =>
        r.comments.filter((c) => c.kind === 'request').map((c) => ({ createdAt: Date.parse(c.createdAt) })),
      ),
    }),
  });
  if (dueDates.length === 0) return [stateOf(null, reports)];
  const next = dueDates.findIndex((d) => d >= today);
  const end = next === -1 ? dueDates.length : next + 1;
  return dueDates
    .slice(Math.max(0, end - SHOWN), end)
    .map((date) =>
      stateOf(
        date,
        reports.filter((r) => r.occurrence === date),
      ),
    )
    .reverse();
}
