import {
  type DashboardState,
  dashboardStateSchema,
  type OccurrenceItem,
  type StateCounts,
} from '../../shared/api/implementation.ts';
import type { TimeZone } from '../../shared/api/meetings.ts';
import { addCalendarDays, type IsoDate, localDate } from '../../shared/calendar/workingDays.ts';
import { occurrencesOf, type Window } from '../../shared/obligations/occurrences.ts';
import { occurrenceState } from '../../shared/obligations/progress.ts';
import { cooperationTimeZone } from '../../shared/timeZones.ts';
import type { DB } from '../db/connection.ts';
import type { Cooperation } from '../db/repos/cooperations.ts';
import {
  type DocumentLabel,
  listDocumentLabels,
  listProgressReports,
  type ProgressReport,
  signingDates,
} from '../db/repos/implementation.ts';
import { listLiaisons } from '../db/repos/liaisons.ts';
import { listCooperationObligations, type Obligation } from '../db/repos/obligations.ts';

/**
 * Where each occurrence of a cooperation's confirmed obligations stands on a day: the dates from
 * each obligation's due rule and its document's signing (shared/obligations/occurrences.ts), the
 * state from the reports on it (shared/obligations/progress.ts). Every dashboard reads this.
 */

/** The period a dashboard looks at when the caller names none: from the signing to 90 days ahead. */
export const DEFAULT_DAYS_AHEAD = 90;
/** Before any signing: a `from` that leaves no date out. */
const SINCE_EVER = '0000-01-01';

/** One occurrence with its obligation and state. */
export interface Tracked {
  obligation: Obligation;
  item: OccurrenceItem;
}

/** The day and zone a cooperation's dashboards count in. */
export interface CooperationDay {
  timeZone: TimeZone;
  today: IsoDate;
}

export function cooperationDay(cooperation: Cooperation, now: number): CooperationDay {
  const timeZone = cooperationTimeZone(cooperation.settings);
  return { timeZone, today: localDate(new Date(now), timeZone) };
}

/** The window of a query: `from` as given or since ever, `to` as given or 90 days after today. */
export function windowOf(query: { from?: string; to?: string }, today: IsoDate): Window {
  return { from: query.from ?? SINCE_EVER, to: query.to ?? addCalendarDays(today, DEFAULT_DAYS_AHEAD) };
}

/** Counts with every state at zero. */
export function emptyCounts(): StateCounts {
  return Object.fromEntries(dashboardStateSchema.options.map((s) => [s, 0])) as StateCounts;
}

/** The counts of the states of `items`. */
export function countStates(items: readonly { state: DashboardState }[]): StateCounts {
  const counts = emptyCounts();
  for (const i of items) counts[i.state] += 1;
  return counts;
}

/**
 * The reports answering one occurrence: those naming its date; for an obligation due at most
 * once (anything but a recurrence), every report on it, as its one occurrence is the whole of it.
 */
function reportsFor(reports: ProgressReport[], obligation: Obligation, date: IsoDate | null) {
  if (obligation.due?.kind !== 'recurring') return reports;
  return reports.filter((r) => r.occurrence === date);
}

/** The occurrences of cooperation `cooperationId`'s confirmed obligations within `window`, with their states on `today`. */
export function trackCooperation(
  db: DB,
  cooperationId: string,
  window: Window,
  today: IsoDate,
): { obligations: Obligation[]; tracked: Tracked[]; documents: Map<string, DocumentLabel> } {
  const obligations = listCooperationObligations(db, cooperationId, 'confirmed');
  const documents = new Map(listDocumentLabels(db, cooperationId).map((d) => [d.id, d]));
  if (obligations.length === 0) return { obligations, tracked: [], documents };
  const signedOn = signingDates(db, cooperationId);
  const liaisons = new Map(listLiaisons(db, cooperationId).map((l) => [l.id, l.name]));
  const reportsOf = new Map<string, ProgressReport[]>();
  for (const r of listProgressReports(db, cooperationId))
    reportsOf.set(r.obligationId, [...(reportsOf.get(r.obligationId) ?? []), r]);

  const tracked: Tracked[] = [];
  for (const obligation of obligations) {
    const document = documents.get(obligation.documentId);
    if (!document || document.kind === 'notes') continue;
    for (const occurrence of occurrencesOf(obligation.due, signedOn.get(document.id) ?? null, window)) {
      const reports = reportsFor(reportsOf.get(obligation.id) ?? [], obligation, occurrence.date);
      const waitsForEvent = occurrence.pending === 'event' || occurrence.pending === 'signing';
      const state: DashboardState =
        waitsForEvent && reports.length === 0
          ? 'on_event'
          : occurrenceState({
              dueDate: occurrence.date,
              today,
              reports,
              requests: reports.flatMap((r) => r.requests.map((createdAt) => ({ createdAt }))),
            });
      tracked.push({
        obligation,
        item: {
          obligationId: obligation.id,
          documentId: document.id,
          documentTitle: document.title,
          documentKind: document.kind,
          clausePath: obligation.clausePath,
          text: obligation.text,
          partyLabel: obligation.partyLabel,
          partyId: obligation.partyId,
          unitId: obligation.unitId,
          liaisonName: obligation.liaisonId ? (liaisons.get(obligation.liaisonId) ?? null) : null,
          date: occurrence.date,
          pending: occurrence.pending,
          state,
        },
      });
    }
  }
  return { obligations, tracked, documents };
}

/**
 * The OPD an obligation is an OPD's: the one it names, or else the one whose own PKS (variant)
 * states it, since a variant's PIHAK KEDUA is its OPD.
 */
export function unitOf(o: Obligation, documents: ReadonlyMap<string, DocumentLabel>): string | null {
  return o.unitId ?? documents.get(o.documentId)?.unitId ?? null;
}

const URGENCY: readonly DashboardState[] = dashboardStateSchema.options;

/** Most urgent first; within a state, the earliest date first and those without one last. */
export function byUrgency(a: OccurrenceItem, b: OccurrenceItem): number {
  return (
    URGENCY.indexOf(a.state) - URGENCY.indexOf(b.state) ||
    (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
    a.clausePath.localeCompare(b.clausePath)
  );
}
