import { describe, expect, it } from 'vitest';
import { type OccurrenceState, occurrenceState, type ReportStatus } from './progress.ts';

const TODAY = '2026-12-05';
const report = (status: ReportStatus, createdAt: number) => ({ status, createdAt });

describe('occurrenceState', () => {
  it.each<[string, string | null, OccurrenceState]>([
    ['past due', '2026-12-04', 'overdue'],
    ['due today', '2026-12-05', 'due'],
    ['due in 7 days', '2026-12-12', 'due'],
    ['due in 8 days', '2026-12-13', 'upcoming'],
    ['no due date', null, 'due'],
  ])('without a report: %s → %s', (_, dueDate, state) => {
    expect(occurrenceState({ dueDate, today: TODAY, reports: [], requests: [] })).toBe(state);
  });

  it.each<[string, ReturnType<typeof report>[], { createdAt: number }[], OccurrenceState]>([
    ['done', [report('done', 10)], [], 'done'],
    ['in progress', [report('in_progress', 10)], [], 'in_progress'],
    ['blocked', [report('blocked', 10)], [], 'blocked'],
    ['done then a request', [report('done', 10)], [{ createdAt: 11 }], 'needs_more'],
    ['a request at the same instant', [report('done', 10)], [{ createdAt: 10 }], 'needs_more'],
    ['a request, then done again', [report('done', 10), report('done', 20)], [{ createdAt: 15 }], 'done'],
    ['a request on work in progress', [report('in_progress', 10)], [{ createdAt: 11 }], 'in_progress'],
    ['the latest decides, whatever the order given', [report('done', 30), report('blocked', 20)], [], 'done'],
    ['done, then blocked', [report('done', 10), report('blocked', 20)], [], 'blocked'],
    ['two at the same instant: the later given', [report('in_progress', 10), report('done', 10)], [], 'done'],
  ])('with reports: %s', (_, reports, requests, state) => {
    // An overdue date must not matter once someone has reported.
    expect(occurrenceState({ dueDate: '2026-01-01', today: TODAY, reports, requests })).toBe(state);
  });

  it('takes the window of "due" from dueSoonDays', () => {
    const input = { dueDate: '2026-12-08', today: TODAY, reports: [], requests: [] };
    expect(occurrenceState({ ...input, dueSoonDays: 2 })).toBe('upcoming');
    expect(occurrenceState({ ...input, dueSoonDays: 3 })).toBe('due');
  });

  it('counts across a month and a year end', () => {
    expect(occurrenceState({ dueDate: '2027-01-03', today: '2026-12-28', reports: [], requests: [] })).toBe(
      'due',
    );
    expect(occurrenceState({ dueDate: '2026-12-31', today: '2027-01-01', reports: [], requests: [] })).toBe(
      'overdue',
    );
  });
});
