import { addCalendarDays } from '../calendar/workingDays.ts';

/**
 * Where one occurrence of an obligation stands, read from the reports on it and the other party's
 * requests for more. Dashboards, the obligation list and the M&E report all read this one rule, so
 * "done" means the same everywhere.
 */

/** The status a report states. */
export type ReportStatus = 'in_progress' | 'done' | 'blocked';

export type OccurrenceState =
  | 'done'
  | 'in_progress'
  | 'blocked'
  | 'needs_more'
  | 'due'
  | 'overdue'
  | 'upcoming';

export const OCCURRENCE_STATES: readonly OccurrenceState[] = [
  'done',
  'in_progress',
  'blocked',
  'needs_more',
  'due',
  'overdue',
  'upcoming',
];

/** How many days ahead an unreported occurrence counts as due rather than upcoming. */
export const DUE_SOON_DAYS = 7;

/** The state of one occurrence (one due date, or the obligation as a whole when it has none). */
export function occurrenceState(input: {
  /** YYYY-MM-DD in the cooperation's time zone, or null. */
  dueDate: string | null;
  /** YYYY-MM-DD in the cooperation's time zone. */
  today: string;
  /** The reports for this occurrence. */
  reports: { status: ReportStatus; createdAt: number }[];
  /** The 'request' comments on those reports. */
  requests: { createdAt: number }[];
  /** 'due' when within this many days (default 7), else 'upcoming'. */
  dueSoonDays?: number;
}): OccurrenceState {
  const latest = latestReport(input.reports);
  if (latest) {
    if (latest.status !== 'done') return latest.status;
    // A request is only ever made on a report that exists, so one at the same instant as the
    // latest report still answers it.
    return input.requests.some((r) => r.createdAt >= latest.createdAt) ? 'needs_more' : 'done';
  }
  if (input.dueDate === null) return 'due';
  if (input.dueDate < input.today) return 'overdue';
  return input.dueDate <= addCalendarDays(input.today, input.dueSoonDays ?? DUE_SOON_DAYS)
    ? 'due'
    : 'upcoming';
}

/** The newest report; of two at the same instant, the one given later. */
function latestReport<R extends { createdAt: number }>(reports: readonly R[]): R | undefined {
  let latest: R | undefined;
  for (const r of reports) if (!latest || r.createdAt >= latest.createdAt) latest = r;
  return latest;
}
