import { type IsoDate, workingDaysBetween } from '../calendar/workingDays.ts';

/**
 * How fast each OPD answers the reports from the public (laporan masyarakat) the Ombudsman
 * forwards to it, against the number of working days the PKS commits to. Working days follow
 * the Indonesian calendar (weekends, national holidays and cuti bersama do not count); a report
 * answered on its due day is answered in time, one still waiting after its due day is overdue.
 */

/** One forwarded report as the figures need it. */
export interface ReportTimes {
  unitId: string | null;
  forwardedOn: IsoDate;
  dueOn: IsoDate;
  respondedOn: IsoDate | null;
  deadlineDays: number;
}

/** Where a report stands on a given day. */
export type ReportState = 'waiting' | 'overdue' | 'answered_in_time' | 'answered_late';

export interface UnitResponseTimes {
  unitId: string | null;
  forwarded: number;
  answered: number;
  answeredInTime: number;
  late: number;
  /** Not answered yet, overdue ones included. */
  waiting: number;
  /** Not answered and past the due day. */
  overdue: number;
  /** The median of the working days the answered ones took; null when none is answered. */
  medianWorkingDays: number | null;
  /** The most common deadline_days among them (the smaller on a tie); null for no report. */
  commitmentDays: number | null;
}

/** The state of a report on `today`: the due day itself still counts as in time. */
export function reportState(
  report: Omit<ReportTimes, 'unitId' | 'deadlineDays'>,
  today: IsoDate,
): ReportState {
  if (report.respondedOn !== null) {
    return report.respondedOn <= report.dueOn ? 'answered_in_time' : 'answered_late';
  }
  return today > report.dueOn ? 'overdue' : 'waiting';
}

/**
 * The working days a report took: to its response when answered, else up to `today` (how long
 * it has waited so far). Zero when it was answered on the day it was forwarded.
 */
export function workingDaysTaken(
  report: Pick<ReportTimes, 'forwardedOn' | 'respondedOn'>,
  today: IsoDate,
): number {
  const end = report.respondedOn ?? today;
  return Math.max(0, workingDaysBetween(report.forwardedOn, end));
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The figures per OPD, in the order each OPD first appears in `reports`; reports with no OPD
 * (its unit removed) are gathered under `unitId: null`.
 */
export function responseTimesByUnit(reports: readonly ReportTimes[], today: IsoDate): UnitResponseTimes[] {
  const groups = new Map<string | null, ReportTimes[]>();
  for (const r of reports) groups.set(r.unitId, [...(groups.get(r.unitId) ?? []), r]);
  return [...groups].map(([unitId, rs]) => {
    const states = rs.map((r) => reportState(r, today));
    const count = (...wanted: ReportState[]) => states.filter((s) => wanted.includes(s)).length;
    const taken = rs.filter((r) => r.respondedOn !== null).map((r) => workingDaysTaken(r, today));
    return {
      unitId,
      forwarded: rs.length,
      answered: count('answered_in_time', 'answered_late'),
      answeredInTime: count('answered_in_time'),
      late: count('answered_late'),
      waiting: count('waiting', 'overdue'),
      overdue: count('overdue'),
      medianWorkingDays: median(taken),
      commitmentDays: mostCommon(rs.map((r) => r.deadlineDays)),
    };
  });
}
