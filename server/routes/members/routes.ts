import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okSchema } from '../../../shared/api/common.ts';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  addMemberBodySchema,
  memberParamsSchema,
  memberResponseSchema,
  updateMemberBodySchema,
} from '../../../shared/api/members.ts';
import { addMember, changeMember, removeMember } from '../../commands/members.ts';
import { refreshCooperationAccess } from '../../commands/refreshCooperationAccess.ts';
import type { AppContext } from '../../context.ts';
import { requireMember } from '../../http/auth.ts';
import { presentMember } from '../present.ts';

/**
 * Membership: only an owner adds, changes or removes members (a member may also leave).
 * Open document sockets are re-checked after every change.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/cooperations/:id/members',
    {
      schema: {
        tags: ['members'],
        params: cooperationParamsSchema,
        body: addMemberBodySchema,
        response: { 201: memberResponseSchema },
      },
    },
    async (req, reply) => {
      requireMember(ctx, req, req.params.id, 'owner');
      const member = addMember(ctx.db, req.params.id, req.body);
      return reply.status(201).send({ member: presentMember(member) });
    },
  );

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
      requireMember(ctx, req, req.params.id, 'owner');
      const member = changeMember(ctx.db, req.params.id, req.params.userId, req.body);
      await refreshCooperationAccess(ctx, req.params.id);
      return { member: presentMember(member) };
    },
  );

  r.delete(
    '/api/cooperations/:id/members/:userId',
    { schema: { tags: ['members'], params: memberParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      const { user } = requireMember(ctx, req, req.params.id);
      if (user.id !== req.params.userId) requireMember(ctx, req, req.params.id, 'owner');
      removeMember(ctx.db, req.params.id, req.params.userId);
      await refreshCooperationAccess(ctx, req.params.id);
      return { ok: true as const };
    },
  );
}
