import { z } from 'zod';
import { idSchema } from './common.ts';
import { isoDateSchema } from './meetings.ts';

export const ACTION_STATES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const actionStateSchema = z.enum(ACTION_STATES);
export type ActionState = z.infer<typeof actionStateSchema>;

/**
 * The person in charge (PIC): a member (`userId`), a liaison (`liaisonId`) or only a name.
 * Party and unit default from the member's party or the liaison's party and unit.
 */
export const personInChargeInputSchema = z
  .object({
    userId: idSchema.optional(),
    liaisonId: idSchema.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    position: z.string().trim().max(300).optional(),
  })
  .refine((p) => p.userId || p.liaisonId || p.name, {
    message: 'give userId, liaisonId or name',
  });

export const personInChargeSchema = z.object({
  userId: z.string().nullable(),
  liaisonId: z.string().nullable(),
  name: z.string(),
  position: z.string(),
});

const actionText = z.string().trim().min(1).max(5000);

/** `POST /api/cooperations/:id/actions`. */
export const createActionBodySchema = z.object({
  text: actionText,
  personInCharge: personInChargeInputSchema,
  partyId: idSchema.optional(),
  unit: z.string().trim().max(300).optional(),
  dueDate: isoDateSchema.optional(),
  state: actionStateSchema.optional(),
  meetingId: idSchema.optional(),
  pointId: idSchema.optional(),
});
export type CreateActionBody = z.infer<typeof createActionBodySchema>;

/** `PATCH /api/actions/:id`: editors change anything; the person in charge may change `state`. */
export const updateActionBodySchema = z
  .object({
    text: actionText.optional(),
    personInCharge: personInChargeInputSchema.optional(),
    partyId: idSchema.nullable().optional(),
    unit: z.string().trim().max(300).optional(),
    dueDate: isoDateSchema.nullable().optional(),
    state: actionStateSchema.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type UpdateActionBody = z.infer<typeof updateActionBodySchema>;

export const actionSchema = z.object({
  id: z.string(),
  cooperationId: z.string(),
  text: z.string(),
  personInCharge: personInChargeSchema,
  partyId: z.string().nullable(),
  unit: z.string(),
  dueDate: z.string().nullable(),
  state: actionStateSchema,
  /** Due before today (Asia/Jakarta) and not done or cancelled. */
  overdue: z.boolean(),
  origin: z.object({ meetingId: z.string().nullable(), pointId: z.string().nullable() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  doneAt: z.string().nullable(),
});
export type ActionDTO = z.infer<typeof actionSchema>;

/**
 * Filters of `GET /api/cooperations/:id/actions`: `person` is a user id or a liaison id;
 * `mine=1` keeps the signed-in user's follow-ups.
 */
export const actionListQuerySchema = z.object({
  partyId: idSchema.optional(),
  person: idSchema.optional(),
  state: actionStateSchema.optional(),
  meetingId: idSchema.optional(),
  mine: z.enum(['1', 'true', '0', 'false']).optional(),
});
export type ActionListQuery = z.infer<typeof actionListQuerySchema>;

export const actionParamsSchema = z.object({ id: idSchema });
export const actionResponseSchema = z.object({ action: actionSchema });
export const actionListResponseSchema = z.object({ actions: z.array(actionSchema) });
