import { describe, expect, it } from 'vitest';
import type { ObligationReport } from './api.ts';
import { occurrenceLines } from './state.ts';

const report = (over: Partial<ObligationReport>): ObligationReport => ({
  id: 'r',
  obligationId: 'o',
  occurrence: null,
  status: 'done',
  text: '',
  author: { id: 'u', name: 'U' },
  partyId: 'p2',
  unitId: null,
  createdAt: '2026-12-01T01:00:00.000Z',
  files: [],
  comments: [],
  ...over,
});

describe('occurrenceLines', () => {
  it('reads each due date from the reports answering it, newest first, up to the next one ahead', () => {
    const dueDates = ['2026-03-01', '2026-06-01', '2026-09-01', '2026-12-01', '2027-03-01', '2027-06-01'];
    const reports = [
      report({ occurrence: '2026-09-01', status: 'done' }),
      report({ occurrence: '2026-12-01', status: 'done' }),
      report({
        occurrence: '2026-12-01',
        status: 'done',
        comments: [
          {
            id: 'c',
            kind: 'request',
            text: '',
            author: { id: 'x', name: 'X' },
            partyId: 'p1',
            createdAt: '2026-12-02T00:00:00.000Z',
          },
        ],
      }),
    ];
    expect(occurrenceLines(reports, dueDates, '2026-12-05')).toEqual([
      { date: '2027-03-01', state: 'upcoming' },
      { date: '2026-12-01', state: 'needs_more' },
      { date: '2026-09-01', state: 'done' },
      { date: '2026-06-01', state: 'overdue' },
    ]);
  });

  it('reads the obligation as a whole when it has no due dates', () => {
    expect(occurrenceLines([], [], '2026-12-05')).toEqual([{ date: null, state: 'due' }]);
    expect(occurrenceLines([report({ status: 'blocked' })], [], '2026-12-05')).toEqual([
      { date: null, state: 'blocked' },
    ]);
  });
});
