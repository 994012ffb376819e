import { z } from 'zod';
import { idSchema, roleSchema } from './common.ts';
import { memberSchema } from './cooperations.ts';

/** `PATCH /api/cooperations/:id/members/:userId`: change party, role or signatory flag. */
export const updateMemberBodySchema = z
  .object({
    partyId: idSchema.optional(),
    role: roleSchema.optional(),
    signatory: z.boolean().optional(),
  })
  .refine((b) => b.partyId !== undefined || b.role !== undefined || b.signatory !== undefined, {
    message: 'nothing to change',
  });
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

export const memberParamsSchema = z.object({ id: idSchema, userId: idSchema });

export const memberResponseSchema = z.object({ member: memberSchema });
export type MemberResponse = z.infer<typeof memberResponseSchema>;
