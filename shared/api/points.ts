import { z } from 'zod';
import { idSchema } from './common.ts';

export const POINT_STATES = ['open', 'agreed', 'rejected', 'deferred'] as const;
export const pointStateSchema = z.enum(POINT_STATES);
export type PointState = z.infer<typeof pointStateSchema>;

const pointText = z.string().trim().min(1).max(10_000);

/** The id of a suggestion a point proposes (a stamp's `id`): accepting it closes the point as agreed. */
const suggestionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a suggestion id');

/**
 * Who raised a point. Default: the signed-in user and their party. In a meeting the
 * minute-taker records someone else: a member (`userId`) or a guest (`name` and `partyId`).
 */
export const raisedByInputSchema = z.object({
  userId: idSchema.optional(),
  name: z.string().trim().min(1).max(200).optional(),
  partyId: idSchema.optional(),
});

export const raisedBySchema = z.object({
  partyId: z.string(),
  userId: z.string().nullable(),
  name: z.string(),
});

/** A Yjs relative position (`Y.encodeRelativePosition`), base64: a place in the text that edits elsewhere do not move. */
const relativePosition = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/**
 * `POST /api/cooperations/:id/points`. `clauseId` must be a clause of the document as it is
 * now. `anchorRange` is the selected text, taken when it was selected: the server marks it
 * with a `pointAnchor` whose `pointId` is the new point's id, in the same step as it records
 * the point, so a commenter (who cannot edit the text) anchors too; the point is anchored only
 * if the mark was placed. `quote` keeps the selected text for lists and minutes.
 */
export const createPointBodySchema = z.object({
  text: pointText,
  documentId: idSchema,
  clauseId: idSchema.optional(),
  anchorRange: z.object({ from: relativePosition, to: relativePosition }).optional(),
  quote: z.string().trim().max(2000).optional(),
  meetingId: idSchema.optional(),
  agendaItemId: idSchema.optional(),
  raisedBy: raisedByInputSchema.optional(),
  suggestionId: suggestionIdSchema.optional(),
});
export type CreatePointBody = z.infer<typeof createPointBodySchema>;

/** `PATCH /api/points/:id`: the author edits the text; editors decide (state, decision). */
export const updatePointBodySchema = z
  .object({
    text: pointText.optional(),
    clauseId: idSchema.nullable().optional(),
    anchor: z.boolean().optional(),
    meetingId: idSchema.nullable().optional(),
    agendaItemId: idSchema.nullable().optional(),
    state: pointStateSchema.optional(),
    decision: z.string().trim().max(10_000).optional(),
    decidedInMeetingId: idSchema.nullable().optional(),
    suggestionId: suggestionIdSchema.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type UpdatePointBody = z.infer<typeof updatePointBodySchema>;

export const createReplyBodySchema = z.object({ text: pointText });

export const replySchema = z.object({
  id: z.string(),
  text: z.string(),
  by: z.object({ userId: z.string().nullable(), name: z.string(), partyId: z.string().nullable() }),
  at: z.string(),
});
export type ReplyDTO = z.infer<typeof replySchema>;

export const pointSchema = z.object({
  id: z.string(),
  cooperationId: z.string(),
  documentId: z.string(),
  clauseId: z.string().nullable(),
  /** The `pointId` of the anchor mark in the document (the point's own id), or null. */
  anchor: z.string().nullable(),
  quote: z.string(),
  meetingId: z.string().nullable(),
  agendaItemId: z.string().nullable(),
  text: z.string(),
  raisedBy: raisedBySchema,
  state: pointStateSchema,
  decision: z.string(),
  decidedInMeetingId: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The suggestion the point proposes, or null: accepting it closes the point as agreed. */
  suggestionId: z.string().nullable(),
  replies: z.array(replySchema),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PointDTO = z.infer<typeof pointSchema>;

/** Filters of `GET /api/cooperations/:id/points`. */
export const pointListQuerySchema = z.object({
  documentId: idSchema.optional(),
  clauseId: idSchema.optional(),
  meetingId: idSchema.optional(),
  partyId: idSchema.optional(),
  state: pointStateSchema.optional(),
});
export type PointListQuery = z.infer<typeof pointListQuerySchema>;

export const pointParamsSchema = z.object({ id: idSchema });
export const pointResponseSchema = z.object({ point: pointSchema });
export const pointListResponseSchema = z.object({ points: z.array(pointSchema) });
export const replyResponseSchema = z.object({ reply: replySchema, point: pointSchema });
