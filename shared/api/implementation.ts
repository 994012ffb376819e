import { z } from 'zod';
import type { OccurrenceState } from '../obligations/progress.ts';
import { documentKindSchema } from './cooperations.ts';
import { isoDateSchema, timeZoneSchema } from './meetings.ts';
import { unitResponseTimesSchema as publicReportTimesSchema } from './publicReports.ts';

/**
 * Dashboards of carrying an agreement out: how its confirmed obligations stand, counted by the
 * state of each occurrence (each time one falls due), per party and per OPD; what one OPD owes
 * across the cooperation's documents; what the signed-in person owes this week.
 */

/**
 * The state of an occurrence as dashboards count it: the reports' rule, plus 'on_event' for one
 * whose date waits for an event (other than the signing, or a signing still to come) and that
 * nobody has reported on yet.
 */
/** In order of urgency: what the lists sort by. */
export const dashboardStateSchema = z.enum([
  'overdue',
  'needs_more',
  'blocked',
  'due',
  'in_progress',
  'upcoming',
  'on_event',
  'done',
] as const satisfies readonly (OccurrenceState | 'on_event')[]);
export type DashboardState = z.infer<typeof dashboardStateSchema>;

/** How many occurrences are in each state. */
export const stateCountsSchema = z.object(
  Object.fromEntries(dashboardStateSchema.options.map((s) => [s, z.number().int()])) as Record<
    DashboardState,
    z.ZodNumber
  >,
);
export type StateCounts = z.infer<typeof stateCountsSchema>;

/** Why an occurrence has no date. */
export const pendingSchema = z.enum(['event', 'signing', 'none']).nullable();

/** One occurrence of an obligation, with where it stands. */
export const occurrenceItemSchema = z.object({
  obligationId: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  documentKind: documentKindSchema,
  clausePath: z.string(),
  text: z.string(),
  partyLabel: z.string(),
  partyId: z.string().nullable(),
  unitId: z.string().nullable(),
  liaisonName: z.string().nullable(),
  /** YYYY-MM-DD in the cooperation's time zone; null when it waits for an event or sets no time. */
  date: isoDateSchema.nullable(),
  pending: pendingSchema,
  state: dashboardStateSchema,
});
export type OccurrenceItem = z.infer<typeof occurrenceItemSchema>;

/** The period looked at (both ends included); a missing `from` reaches back to the signing. */
export const implementationQuerySchema = z
  .object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from after to', path: ['to'] });
export type ImplementationQuery = z.infer<typeof implementationQuerySchema>;

/** How fast an OPD answers forwarded reports from the public, against what the PKS commits to, named. */
export const unitResponseTimesSchema = publicReportTimesSchema.extend({ unitName: z.string() });
export type UnitResponseTimesDTO = z.infer<typeof unitResponseTimesSchema>;

export const partyCountsSchema = z.object({
  partyId: z.string(),
  name: z.string(),
  shortName: z.string(),
  color: z.string(),
  counts: stateCountsSchema,
});
export const unitCountsSchema = z.object({
  /** null: obligations bound to no OPD. */
  unitId: z.string().nullable(),
  name: z.string(),
  shortName: z.string(),
  partyId: z.string().nullable(),
  counts: stateCountsSchema,
});
export type PartyCounts = z.infer<typeof partyCountsSchema>;
export type UnitCounts = z.infer<typeof unitCountsSchema>;

/** `GET /api/cooperations/:id/implementation`. */
export const cooperationImplementationSchema = z.object({
  from: isoDateSchema.nullable(),
  to: isoDateSchema,
  today: isoDateSchema,
  timeZone: timeZoneSchema,
  /** Confirmed obligations looked at. */
  obligations: z.number().int(),
  counts: stateCountsSchema,
  byParty: z.array(partyCountsSchema),
  byUnit: z.array(unitCountsSchema),
  /** Overdue, due and needing more, most urgent first. */
  attention: z.array(occurrenceItemSchema),
  responseTimes: z.array(unitResponseTimesSchema),
});
export type CooperationImplementation = z.infer<typeof cooperationImplementationSchema>;

/** `GET /api/units/:id/implementation`. */
export const unitImplementationSchema = z.object({
  unit: z.object({
    id: z.string(),
    cooperationId: z.string(),
    partyId: z.string(),
    name: z.string(),
    shortName: z.string(),
  }),
  from: isoDateSchema.nullable(),
  to: isoDateSchema,
  today: isoDateSchema,
  timeZone: timeZoneSchema,
  counts: stateCountsSchema,
  /** Every occurrence in the period, by document (MoU, master PKS, the OPD's own PKS). */
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: documentKindSchema,
      occurrences: z.array(occurrenceItemSchema),
    }),
  ),
  responseTimes: unitResponseTimesSchema.nullable(),
});
export type UnitImplementation = z.infer<typeof unitImplementationSchema>;

/** Why the signed-in person owes an occurrence. */
export const dueReasonSchema = z.enum(['liaison', 'unit', 'party']);

/** `GET /api/me/due`. */
export const myDueSchema = z.object({
  items: z.array(
    occurrenceItemSchema.extend({
      cooperationId: z.string(),
      cooperationTitle: z.string(),
      reason: dueReasonSchema,
      /** The Monday and Sunday of this week in the cooperation's zone. */
      weekFrom: isoDateSchema,
      weekTo: isoDateSchema,
    }),
  ),
});
export type MyDue = z.infer<typeof myDueSchema>;
export type MyDueItem = MyDue['items'][number];
