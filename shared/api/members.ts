import { z } from 'zod';
import { idSchema, roleSchema } from './common.ts';
import { memberSchema } from './cooperations.ts';

/**
 * `PATCH /api/cooperations/:id/members/:userId`: change party, role, signatory flag or unit
 * (`unitId`: a unit of the member's party, null for none). Owners change anything; an owner or
 * editor of the member's party may change the unit alone. A new party leaves the member in no unit.
 */
export const updateMemberBodySchema = z
  .object({
    partyId: idSchema.optional(),
    role: roleSchema.optional(),
    signatory: z.boolean().optional(),
    unitId: idSchema.nullable().optional(),
  })
  .refine(
    (b) =>
      b.partyId !== undefined || b.role !== undefined || b.signatory !== undefined || b.unitId !== undefined,
    { message: 'nothing to change' },
  );
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

export const memberParamsSchema = z.object({ id: idSchema, userId: idSchema });

export const memberResponseSchema = z.object({ member: memberSchema });
export type MemberResponse = z.infer<typeof memberResponseSchema>;

/** A member's place as a membership event tells it: party, role, signatory. */
const memberPlaceSchema = z.object({
  userId: idSchema,
  partyId: idSchema,
  role: roleSchema,
  signatory: z.boolean(),
});

/**
 * Membership changes on the cooperation's event stream (`GET /api/cooperations/:id/events`):
 * `member.added` when an invitation is accepted, `member.updated` naming what `changed`,
 * `member.removed` (also when a member left). `by` is who made the change. Every open screen
 * of the cooperation reads its members and permissions again on them.
 */
export const memberEventSchema = z.discriminatedUnion('type', [
  memberPlaceSchema.extend({ type: z.literal('member.added'), by: idSchema }),
  memberPlaceSchema.extend({
    type: z.literal('member.updated'),
    changed: z.array(z.enum(['partyId', 'role', 'signatory', 'unitId'])),
    by: idSchema,
  }),
  z.object({ type: z.literal('member.removed'), userId: idSchema, by: idSchema }),
]);
export type MemberEvent = z.infer<typeof memberEventSchema>;
