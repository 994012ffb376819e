import { z } from 'zod';
import { usernameSchema, userSchema } from './auth.ts';
import { idSchema, lineSchema, roleSchema } from './common.ts';

/**
 * Invitations: an owner invites a person by name (and optionally e-mail) with a party, a role
 * and the signatory flag; the server answers with a one-time link. Whoever opens the link
 * accepts it, signed in, or by creating an account there. No endpoint tells whether a
 * username exists to anyone but the holder of a link, who learns it only for the name they try.
 */

/** `POST /api/cooperations/:id/invitations`. */
export const createInvitationBodySchema = z.object({
  /** Whom the owner invites, as the owner writes it (shown on the link's page and in the list). */
  name: lineSchema(200),
  email: z.union([z.literal(''), z.string().trim().max(254).email()]).optional(),
  partyId: idSchema,
  role: roleSchema,
  signatory: z.boolean().optional(),
});
export type CreateInvitationBody = z.infer<typeof createInvitationBodySchema>;

/** A pending invitation as its cooperation's owners see it. */
export const invitationSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  partyId: z.string(),
  role: roleSchema,
  signatory: z.boolean(),
  /** The owner who invited. */
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** `expired`: its link no longer works (revoke it, invite again). */
  status: z.enum(['pending', 'expired']),
});
export type InvitationDTO = z.infer<typeof invitationSchema>;

/** The created invitation and its link: the token is shown once and stored only hashed. */
export const createdInvitationResponseSchema = z.object({
  invitation: invitationSchema,
  /** `/undangan/<token>`, the client's route for the link. */
  path: z.string(),
  /** The whole link, from the address the owner's browser used. */
  url: z.string(),
});
export type CreatedInvitationResponse = z.infer<typeof createdInvitationResponseSchema>;

export const invitationListResponseSchema = z.object({ invitations: z.array(invitationSchema) });
export type InvitationListResponse = z.infer<typeof invitationListResponseSchema>;

export const invitationParamsSchema = z.object({ id: idSchema, invitationId: idSchema });
export const invitationTokenParamsSchema = z.object({ token: z.string().min(1).max(200) });

/** `GET /api/invitations/:token`: what the link invites to, for the page that accepts it. */
export const invitationPreviewSchema = z.object({
  cooperation: z.object({ id: z.string(), title: z.string() }),
  party: z.object({ name: z.string(), shortName: z.string() }),
  name: z.string(),
  role: roleSchema,
  signatory: z.boolean(),
  invitedBy: z.string(),
  expiresAt: z.string(),
});
export type InvitationPreviewDTO = z.infer<typeof invitationPreviewSchema>;
export const invitationPreviewResponseSchema = z.object({ invitation: invitationPreviewSchema });
export type InvitationPreviewResponse = z.infer<typeof invitationPreviewResponseSchema>;

/** Passwords of new accounts: at least 8 characters, as `npm run user` asks. */
export const newPasswordSchema = z.string().min(8).max(1024);

/** `POST /api/invitations/:token/account`: the invitee's new account. */
export const createAccountBodySchema = z.object({
  username: usernameSchema,
  displayName: lineSchema(200),
  /** Jabatan, printed in minutes and signature blocks. */
  position: z.string().trim().max(200).optional(),
  password: newPasswordSchema,
});
export type CreateAccountBody = z.infer<typeof createAccountBodySchema>;

/** After accepting: the cooperation joined, and who is signed in. */
export const acceptedInvitationResponseSchema = z.object({
  cooperationId: z.string(),
  user: userSchema,
});
export type AcceptedInvitationResponse = z.infer<typeof acceptedInvitationResponseSchema>;
