import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okSchema } from '../../../shared/api/common.ts';
import {
  memberParamsSchema,
  memberResponseSchema,
  type UpdateMemberBody,
  updateMemberBodySchema,
} from '../../../shared/api/members.ts';
import { qualifies } from '../../../shared/policies.ts';
import { changeMember, removeMember } from '../../commands/members.ts';
import type { AppContext } from '../../context.ts';
import { findMember } from '../../db/repos/members.ts';
import { requireMember } from '../../http/auth.ts';
import { authorize } from '../../http/authorize.ts';
import { presentMember } from '../present.ts';

/**
 * Membership: only an owner changes or removes members (a member may also leave; the owners and
 * editors of a party put its members in its units); people join
 * by accepting an invitation (`server/routes/invitations/`), never added by username.
 * Open document sockets are re-checked after every change, then every open screen of the
 * cooperation hears it (`member.updated`, `member.removed`).
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /**
   * Owners change anything; a change of unit alone is also open to whoever manages the units of
   * the member's party (`unit.manage`: its owners and editors).
   */
  const requireUnitOrMembersManager = (
    req: FastifyRequest,
    cooperationId: string,
    userId: string,
    body: UpdateMemberBody,
  ) => {
    const acting = requireMember(ctx, req, cooperationId);
    const unitOnly = body.partyId === undefined && body.role === undefined && body.signatory === undefined;
    const target = unitOnly ? findMember(ctx.db, cooperationId, userId) : null;
    if (target && !qualifies(acting.member, 'cooperation.manageMembers')) {
      authorize(acting.member, 'unit.manage', { partyId: target.partyId });
      return acting;
    }
    return requireMember(ctx, req, cooperationId, 'cooperation.manageMembers');
  };

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
      const { user } = requireUnitOrMembersManager(req, req.params.id, req.params.userId, req.body);
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
