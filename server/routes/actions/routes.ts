import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  actionListQuerySchema,
  actionListResponseSchema,
  actionParamsSchema,
  actionResponseSchema,
  createActionBodySchema,
  updateActionBodySchema,
} from '../../../shared/api/actions.ts';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import { todayInIndonesia } from '../../commands/meetings/checks.ts';
import { changeActionAndPublish, createActionAndPublish } from '../../commands/published/actions.ts';
import type { AppContext } from '../../context.ts';
import { findAction, listActions } from '../../db/repos/actions.ts';
import { actionNotFound } from '../../errors/index.ts';
import { requireActor, requireMember } from '../../http/auth.ts';
import { recordAccess } from '../../http/recordAccess.ts';
import { presentAction } from '../../presenters/actions.ts';

/**
 * Follow-ups (tindak lanjut): members read the cooperation's list by due date; editors and
 * owners record and change them; the person in charge reports progress (state).
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actionAccess = recordAccess(ctx, findAction, actionNotFound);
  const tags = ['actions'];

  r.get(
    '/api/cooperations/:id/actions',
    {
      schema: {
        tags,
        params: cooperationParamsSchema,
        querystring: actionListQuerySchema,
        response: { 200: actionListResponseSchema },
      },
    },
    async (req) => {
      const { user, cooperation } = requireMember(ctx, req, req.params.id);
      const { mine, ...filter } = req.query;
      const today = todayInIndonesia();
      const actions = listActions(ctx.db, cooperation.id, {
        ...filter,
        ...(mine === '1' || mine === 'true' ? { userId: user.id } : {}),
      });
      return { actions: actions.map((a) => presentAction(a, today)) };
    },
  );

  r.post(
    '/api/cooperations/:id/actions',
    {
      schema: {
        tags,
        params: cooperationParamsSchema,
        body: createActionBodySchema,
        response: { 201: actionResponseSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(ctx, req, req.params.id, 'action.create');
      return reply.status(201).send({ action: createActionAndPublish(ctx, actor, req.body) });
    },
  );

  r.patch(
    '/api/actions/:id',
    {
      schema: {
        tags,
        params: actionParamsSchema,
        body: updateActionBodySchema,
        response: { 200: actionResponseSchema },
      },
    },
    async (req) => {
      const { member } = actionAccess(req, req.params.id);
      return { action: changeActionAndPublish(ctx, { member }, req.params.id, req.body) };
    },
  );
}
