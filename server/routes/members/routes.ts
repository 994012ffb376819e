import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okSchema } from '../../../shared/api/common.ts';
import {
  memberParamsSchema,
  memberResponseSchema,
  updateMemberBodySchema,
} from '../../../shared/api/members.ts';
import { changeMember, removeMember } from '../../commands/members.ts';
import type { AppContext } from '../../context.ts';
import { requireMember } from '../../http/auth.ts';
import { presentMember } from '../present.ts';

/**
 * Membership: only an owner changes or removes members (a member may also leave); people join
 * by accepting an invitation (`server/routes/invitations/`), never added by username.
 * Open document sockets are re-checked after every change, then every open screen of the
 * cooperation hears it (`member.updated`, `member.removed`).
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/api/cooperations/:id/members/:userId',
    {
      schema: {
        tags: ['members'],
        params: memberParamsSchema,
        body: updateMemberBodySchema,
        response: { 200: memberResponseSchema },
      },
    },
    async (req) => {
      const { user } = requireMember(ctx, req, req.params.id, 'cooperation.manageMembers');
      const member = await changeMember(ctx, req.params.id, req.params.userId, req.body, user.id);
      return { member: presentMember(member) };
    },
  );

  r.delete(
    '/api/cooperations/:id/members/:userId',
    { schema: { tags: ['members'], params: memberParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      const { user } = requireMember(ctx, req, req.params.id);
      if (user.id !== req.params.userId) requireMember(ctx, req, req.params.id, 'cooperation.manageMembers');
      await removeMember(ctx, req.params.id, req.params.userId, user.id);
      return { ok: true as const };
    },
  );
}
