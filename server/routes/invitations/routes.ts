import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okSchema } from '../../../shared/api/common.ts';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  acceptedInvitationResponseSchema,
  createAccountBodySchema,
  createdInvitationResponseSchema,
  createInvitationBodySchema,
  invitationListResponseSchema,
  invitationParamsSchema,
  invitationPreviewResponseSchema,
  invitationTokenParamsSchema,
} from '../../../shared/api/invitations.ts';
import {
  acceptInvitation,
  acceptWithNewAccount,
  invite,
  openInvitation,
  revokeInvitation,
} from '../../commands/invitations.ts';
import type { AppContext } from '../../context.ts';
import { listOpenInvitations } from '../../db/repos/invitations.ts';
import { requireMember, requireUser } from '../../http/auth.ts';
import { startSession } from '../../http/session.ts';
import { presentUser } from '../present.ts';
import { presentInvitation, presentInvitationPreview } from './present.ts';

/** The client's route for an invitation link. */
const linkPath = (token: string) => `/undangan/${token}`;

/** The address the owner's browser used (its Origin passed the Origin check), else this server's. */
const siteOf = (req: FastifyRequest) => req.headers.origin ?? `${req.protocol}://${req.host}`;

/**
 * Invitations: owners invite (policy `cooperation.invite`), list the pending ones and revoke
 * them; whoever holds a link reads what it invites to and accepts it, signed in or by creating
 * an account there (rate limited per address like login: each costs a password hash).
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['members'];

  r.get(
    '/api/cooperations/:id/invitations',
    { schema: { tags, params: cooperationParamsSchema, response: { 200: invitationListResponseSchema } } },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id, 'cooperation.invite');
      return {
        invitations: listOpenInvitations(ctx.db, cooperation.id).map((i) => presentInvitation(ctx.db, i)),
      };
    },
  );

  r.post(
    '/api/cooperations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone: answers the one-time link (valid SEPAKAT_INVITATION_DAYS, shown once)',
        params: cooperationParamsSchema,
        body: createInvitationBodySchema,
        response: { 201: createdInvitationResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, cooperation } = requireMember(ctx, req, req.params.id, 'cooperation.invite');
      const { invitation, token } = invite(ctx, cooperation.id, user.id, req.body);
      const path = linkPath(token);
      return reply.status(201).send({
        invitation: presentInvitation(ctx.db, invitation),
        path,
        url: `${siteOf(req)}${path}`,
      });
    },
  );

  r.delete(
    '/api/cooperations/:id/invitations/:invitationId',
    { schema: { tags, params: invitationParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id, 'cooperation.invite');
      revokeInvitation(ctx.db, cooperation.id, req.params.invitationId);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link invites to (anyone holding the link)',
        description:
          '404 `invitation.not_found`; 410 `invitation.used`, `invitation.revoked`, `invitation.expired`.',
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewResponseSchema },
      },
    },
    async (req) => ({
      invitation: presentInvitationPreview(ctx.db, openInvitation(ctx.db, req.params.token)),
    }),
  );

  r.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags,
        summary: 'The signed-in user accepts an invitation and becomes a member',
        params: invitationTokenParamsSchema,
        response: { 200: acceptedInvitationResponseSchema },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const invitation = acceptInvitation(ctx, req.params.token, user);
      return { cooperationId: invitation.cooperationId, user: presentUser(user) };
    },
  );

  r.post(
    '/api/invitations/:token/account',
    {
      schema: {
        tags,
        summary: 'A person without an account creates one from an invitation, joins and is signed in',
        description: '409 `user.username_taken` (the link stays unused).',
        params: invitationTokenParamsSchema,
        body: createAccountBodySchema,
        response: { 201: acceptedInvitationResponseSchema },
      },
      config: {
        rateLimit: {
          max: ctx.config.loginRateLimit,
          timeWindow: 60_000,
          keyGenerator: (req) => `invitation-account|${req.ip}`,
        },
      },
    },
    async (req, reply) => {
      const { user, invitation } = await acceptWithNewAccount(ctx, req.params.token, req.body);
      startSession(ctx.db, ctx.config, req, reply, user.id);
      req.log.info({ userId: user.id, invitationId: invitation.id }, 'account created from invitation');
      return reply.status(201).send({ cooperationId: invitation.cooperationId, user: presentUser(user) });
    },
  );
}
