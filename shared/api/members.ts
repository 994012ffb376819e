import { z } from 'zod';
import { idSchema, roleSchema } from './common.ts';
import { memberSchema } from './cooperations.ts';

/** `POST /api/cooperations/:id/members`: an owner adds an existing user. */
export const addMemberBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  partyId: idSchema,
  role: roleSchema,
  signatory: z.boolean().optional(),
});
export type AddMemberBody = z.infer<typeof addMemberBodySchema>;

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
