import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  cooperationListResponseSchema,
  cooperationParamsSchema,
  cooperationResponseSchema,
  createCooperationBodySchema,
} from '../../../shared/api/cooperations.ts';
import { createCooperation, userMayCreateCooperation } from '../../commands/createCooperation.ts';
import { documentProgress } from '../../commands/documentProgress.ts';
import type { AppContext } from '../../context.ts';
import { listCooperationsOfUser } from '../../db/repos/cooperations.ts';
import { listDocuments } from '../../db/repos/documents.ts';
import { findMember } from '../../db/repos/members.ts';
import { mayNotCreateCooperation } from '../../errors/index.ts';
import { requireMember, requireUser } from '../../http/auth.ts';
import { presentCooperation, presentCooperationSummary } from './present.ts';

/**
 * List, create and show cooperations. Only members see a cooperation (others get 404); who may
 * start one is the server's setting (`SEPAKAT_COOPERATION_CREATORS`, owners by default).
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/cooperations',
    { schema: { tags: ['cooperations'], response: { 200: cooperationListResponseSchema } } },
    async (req) => {
      const user = requireUser(req);
      const cooperations = [];
      for (const c of listCooperationsOfUser(ctx.db, user.id)) {
        const progress = await documentProgress(ctx, listDocuments(ctx.db, c.id));
        cooperations.push(presentCooperationSummary(ctx.db, c, findMember(ctx.db, c.id, user.id)!, progress));
      }
      return { cooperations, canCreate: userMayCreateCooperation(ctx, user.id) };
    },
  );

  r.post(
    '/api/cooperations',
    {
      schema: {
        tags: ['cooperations'],
        body: createCooperationBodySchema,
        response: { 201: cooperationResponseSchema },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      if (!userMayCreateCooperation(ctx, user.id)) throw mayNotCreateCooperation();
      const { cooperation } = createCooperation(ctx.db, user.id, req.body);
      const me = findMember(ctx.db, cooperation.id, user.id)!;
      return reply.status(201).send({ cooperation: presentCooperation(ctx.db, cooperation, me) });
    },
  );

  r.get(
    '/api/cooperations/:id',
    {
      schema: {
        tags: ['cooperations'],
        params: cooperationParamsSchema,
        response: { 200: cooperationResponseSchema },
      },
    },
    async (req) => {
      const { member, cooperation } = requireMember(ctx, req, req.params.id);
      const progress = await documentProgress(ctx, listDocuments(ctx.db, cooperation.id));
      return { cooperation: presentCooperation(ctx.db, cooperation, member, progress) };
    },
  );
}
