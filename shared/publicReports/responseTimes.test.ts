import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../calendar/workingDays.ts';
import {
  median,
  type ReportTimes,
  reportState,
  responseTimesByUnit,
  workingDaysTaken,
} from './responseTimes.ts';

/** A report forwarded on `forwardedOn` with its due day counted as the server counts it. */
function report(
  unitId: string | null,
  forwardedOn: string,
  deadlineDays: number,
  respondedOn: string | null,
): ReportTimes {
  return { unitId, forwardedOn, deadlineDays, dueOn: addWorkingDays(forwardedOn, deadlineDays), respondedOn };
}

describe('a report’s due day and working days', () => {
  it.each([
    // Nyepi, Idul Fitri and their cuti bersama fill 18 to 24 March 2026.
    ['Idul Fitri and Nyepi inside the window', '2026-03-16', 5, '2026-03-30'],
    // 24 December is cuti bersama, 25 Christmas, then a weekend.
    ['Christmas and its cuti bersama', '2026-12-21', 3, '2026-12-28'],
    ['a month without holidays', '2026-11-02', 14, '2026-11-20'],
    ['forwarded on a Saturday', '2026-11-07', 1, '2026-11-09'],
  ])('%s: forwarded %s, %i working days, due %s', (_name, forwardedOn, days, dueOn) => {
    const r = report('u', forwardedOn, days, dueOn);
    expect(r.dueOn).toBe(dueOn);
    expect(workingDaysTaken(r, '2027-01-31')).toBe(days);
  });

  it.each([
    ['answered on the due day', '2026-03-30', '2026-04-15', 'answered_in_time', 5],
    ['answered the working day after', '2026-03-31', '2026-04-15', 'answered_late', 6],
    ['answered on the day it came', '2026-03-16', '2026-04-15', 'answered_in_time', 0],
    ['waiting on the due day', null, '2026-03-30', 'waiting', 5],
    ['waiting the day after the due day', null, '2026-03-31', 'overdue', 6],
    ['waiting in the holidays, days taken so far', null, '2026-03-22', 'waiting', 1],
  ] as const)('%s', (_name, respondedOn, today, state, taken) => {
    const r = report('u', '2026-03-16', 5, respondedOn);
    expect(reportState(r, today)).toBe(state);
    expect(workingDaysTaken(r, today)).toBe(taken);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[9, 3, 5], 5],
    [[2, 10, 4, 6], 5],
    [[1, 2], 1.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('responseTimesByUnit', () => {
  const today = '2026-12-01';
  const reports = [
    report('dukcapil', '2026-11-02', 14, '2026-11-20'), // 14 days, in time on the due day
    report('dukcapil', '2026-11-02', 14, '2026-11-23'), // 15 days, late
    report('dukcapil', '2026-11-09', 14, '2026-11-13'), // 4 days, in time
    report('dukcapil', '2026-11-05', 14, null), // due 25 Nov: overdue
    report('dukcapil', '2026-11-30', 10, null), // waiting
    report('dinkes', '2026-11-16', 10, '2026-11-18'), // 2 days
    report(null, '2026-11-16', 7, null), // its OPD removed, due 25 Nov: overdue
  ];

  it.each([
    [
      'dukcapil',
      {
        forwarded: 5,
        answered: 3,
        answeredInTime: 2,
        late: 1,
        waiting: 2,
        overdue: 1,
        medianWorkingDays: 14,
        commitmentDays: 14,
      },
    ],
    [
      'dinkes',
      {
        forwarded: 1,
        answered: 1,
        answeredInTime: 1,
        late: 0,
        waiting: 0,
        overdue: 0,
        medianWorkingDays: 2,
        commitmentDays: 10,
      },
    ],
    [
      null,
      {
        forwarded: 1,
        answered: 0,
        answeredInTime: 0,
        late: 0,
        waiting: 1,
        overdue: 1,
        medianWorkingDays: null,
        commitmentDays: 7,
      },
    ],
  ])('counts %s', (unitId, figures) => {
    const row = responseTimesByUnit(reports, today).find((u) => u.unitId === unitId);
    expect(row).toEqual({ unitId, ...figures });
  });

  it('keeps the order OPDs first appear in and gives nothing for no report', () => {
    expect(responseTimesByUnit(reports, today).map((u) => u.unitId)).toEqual(['dukcapil', 'dinkes', null]);
    expect(responseTimesByUnit([], today)).toEqual([]);
  });

  it.each([
    ['the most common', [10, 14, 14], 14],
    ['the smaller on a tie', [14, 10], 10],
  ])('commitment is %s deadline', (_name, deadlines, expected) => {
    const rows = responseTimesByUnit(
      deadlines.map((d) => report('u', '2026-11-02', d, null)),
      today,
    );
    expect(rows[0]?.commitmentDays).toBe(expected);
  });
});
