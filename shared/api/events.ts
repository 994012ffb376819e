import { z } from 'zod';
import { actionSchema } from './actions.ts';
import { lifecycleActionSchema } from './approvals.ts';
import { clauseStateSchema } from './clauseStates.ts';
import { idSchema } from './common.ts';
import { documentStatusSchema } from './cooperations.ts';
import { liaisonSchema } from './liaisons.ts';
import { meetingSchema } from './meetings.ts';
import { memberEventSchema } from './members.ts';
import { pointSchema, replySchema } from './points.ts';
import { unitSchema } from './units.ts';
import { variantEventSchemas } from './variants.ts';

/** Who made the change an event announces (a user id). */
const by = idSchema;

const pointEvent = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), pointId: idSchema, point: pointSchema, by });
const actionEvent = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), actionId: idSchema, action: actionSchema, by });
const liaisonEvent = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), liaisonId: idSchema, liaison: liaisonSchema, by });
const unitEvent = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), unitId: idSchema, unit: unitSchema, by });
const meetingEvent = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), meetingId: idSchema, meeting: meetingSchema, by });

/** `approval.changed` names the Pasal (`clauseId`) or the part outside the Pasal (`partId`). */
const approvalChanged = z.object({
  type: z.literal('approval.changed'),
  documentId: idSchema,
  partyId: idSchema,
  action: z.enum(['approved', 'withdrawn']),
  /** The item's state after the change. */
  state: clauseStateSchema,
});

/**
 * Every change the server publishes to a cooperation's event stream
 * (`GET /api/cooperations/:id/events`), told apart by `type`. The server's event bus accepts
 * only these; the browser reads the stream through {@link streamEventSchema}. Records travel as
 * the API presents them, so a list can show the change without reading again.
 */
export const cooperationEventSchema = z.union([
  z.discriminatedUnion('type', [
    pointEvent('point.created'),
    pointEvent('point.updated'),
    z.object({
      type: z.literal('reply.created'),
      pointId: idSchema,
      reply: replySchema,
      point: pointSchema,
      by,
    }),
    actionEvent('action.created'),
    actionEvent('action.updated'),
    liaisonEvent('liaison.created'),
    liaisonEvent('liaison.updated'),
    z.object({ type: z.literal('liaison.deleted'), liaisonId: idSchema, by }),
    unitEvent('unit.created'),
    unitEvent('unit.updated'),
    z.object({ type: z.literal('unit.deleted'), unitId: idSchema, by }),
    meetingEvent('meeting.created'),
    meetingEvent('meeting.updated'),
    meetingEvent('meeting.opened'),
    meetingEvent('meeting.closed'),
    meetingEvent('meeting.reopened'),
    z.object({ type: z.literal('document.created'), documentId: idSchema }),
    /** A document was finalised, reopened or signed (`userId`: by whom). */
    z.object({
      type: z.literal('document.status'),
      documentId: idSchema,
      status: documentStatusSchema,
      action: lifecycleActionSchema,
      userId: idSchema,
    }),
    /** A clause (or, `clauseId` null, the whole body) was brought back from a version. */
    z.object({
      type: z.literal('document.restored'),
      documentId: idSchema,
      versionId: idSchema,
      clauseId: idSchema.nullable(),
    }),
    z.object({ type: z.literal('version.created'), documentId: idSchema, versionId: idSchema }),
    /** Suggestions were accepted, rejected or withdrawn (`ids`): the text and its history changed. */
    z.object({
      type: z.literal('suggestions.decided'),
      documentId: idSchema,
      decision: z.enum(['accept', 'reject']),
      ids: z.array(z.string()),
      by,
    }),
    /** A party sent the text as negotiation round `number` (a version) to `toParties`. */
    z.object({
      type: z.literal('document.round'),
      documentId: idSchema,
      versionId: idSchema,
      number: z.number().int(),
      label: z.string(),
      partyId: idSchema,
      toParties: z.array(idSchema),
      /** The receiving parties may only suggest from now on. */
      limitOtherParty: z.boolean(),
      by,
    }),
    /**
     * A document's tracked obligations changed: one (`obligationId`), or several at once when
     * proposals are stored (`obligationId` null).
     */
    z.object({
      type: z.literal('obligation.updated'),
      documentId: idSchema,
      obligationId: idSchema.nullable(),
      by,
    }),
    /** A forwarded report from the public was recorded, corrected or answered. */
    z.object({ type: z.literal('publicReport.updated'), reportId: idSchema, by }),
    /** A report on an obligation was made (`status` is what it says of the work). */
    z.object({
      type: z.literal('obligation.reported'),
      obligationId: idSchema,
      reportId: idSchema,
      status: z.enum(['in_progress', 'done', 'blocked']),
      by,
    }),
    /** Another party commented on a report, or asked for more (`kind` 'request'). */
    z.object({
      type: z.literal('obligation.commented'),
      obligationId: idSchema,
      reportId: idSchema,
      commentId: idSchema,
      kind: z.enum(['comment', 'request']),
      by,
    }),
    z.object({ type: z.literal('party.logo'), partyId: idSchema }),
    /** The parties whose members may only suggest, whatever their role, are now `partyIds`. */
    z.object({ type: z.literal('parties.suggestOnly'), partyIds: z.array(idSchema), by }),
    memberEventSchema,
    ...variantEventSchemas,
  ]),
  approvalChanged.extend({ clauseId: idSchema }),
  approvalChanged.extend({ partId: idSchema }),
]);
export type CooperationEvent = z.infer<typeof cooperationEventSchema>;
export type CooperationEventType = CooperationEvent['type'];

/** Why the server ended a stream (the `reason` of `stream.ended`). */
export const streamEndReasonSchema = z.enum(['signed-out', 'not-member']);
export type StreamEndReason = z.infer<typeof streamEndReasonSchema>;

/**
 * The stream's own events: `stream.reset` when a reconnecting client missed more than the
 * server still holds (read every list again), `stream.ended` as the last event of a stream
 * whose listener may no longer listen.
 */
export const streamControlSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stream.reset') }),
  z.object({ type: z.literal('stream.ended'), reason: streamEndReasonSchema }),
]);
export type StreamControl = z.infer<typeof streamControlSchema>;

/** One event as the stream delivers it: a cooperation's change or the stream's own, stamped `at` (ISO). */
export const streamEventSchema = z.intersection(
  z.union([cooperationEventSchema, streamControlSchema]),
  z.object({ at: z.string() }),
);
export type StreamEvent = z.infer<typeof streamEventSchema>;
export type StreamEventType = StreamEvent['type'];
