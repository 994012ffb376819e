import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  createPointBodySchema,
  createReplyBodySchema,
  pointListQuerySchema,
  pointListResponseSchema,
  pointParamsSchema,
  pointResponseSchema,
  replyResponseSchema,
  updatePointBodySchema,
} from '../../../shared/api/points.ts';
import {
  changePointAndPublish,
  raisePointAndPublish,
  replyAndPublish,
} from '../../commands/published/points.ts';
import type { AppContext } from '../../context.ts';
import { findPoint, listPoints } from '../../db/repos/points.ts';
import { pointNotFound } from '../../errors/index.ts';
import { requireMember } from '../../http/auth.ts';
import { recordAccess } from '../../http/recordAccess.ts';
import { presentPoints } from '../../presenters/points.ts';

/**
 * Discussion points (also the editor's comment threads): members read them, commenters and up
 * raise points in their own name and reply, a point's author edits its text, editors and owners
 * decide (`shared/policies.ts`: `point.*`).
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const pointAccess = recordAccess(ctx, findPoint, pointNotFound);
  const tags = ['points'];

  r.get(
    '/api/cooperations/:id/points',
    {
      schema: {
        tags,
        params: cooperationParamsSchema,
        querystring: pointListQuerySchema,
        response: { 200: pointListResponseSchema },
      },
    },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id);
      return { points: presentPoints(ctx.db, listPoints(ctx.db, cooperation.id, req.query)) };
    },
  );

  r.post(
    '/api/cooperations/:id/points',
    {
      schema: {
        tags,
        params: cooperationParamsSchema,
        body: createPointBodySchema,
        response: { 201: pointResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, member } = requireMember(ctx, req, req.params.id, 'point.raise');
      const point = await raisePointAndPublish(ctx, { user, member }, req.body);
      return reply.status(201).send({ point });
    },
  );

  r.patch(
    '/api/points/:id',
    {
      schema: {
        tags,
        params: pointParamsSchema,
        body: updatePointBodySchema,
        response: { 200: pointResponseSchema },
      },
    },
    async (req) => {
      const { user, member } = pointAccess(req, req.params.id);
      return { point: await changePointAndPublish(ctx, { user, member }, req.params.id, req.body) };
    },
  );

  r.post(
    '/api/points/:id/replies',
    {
      schema: {
        tags,
        params: pointParamsSchema,
        body: createReplyBodySchema,
        response: { 201: replyResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, member, record } = pointAccess(req, req.params.id, 'point.reply');
      return reply.status(201).send(replyAndPublish(ctx, { user, member }, record, req.body.text));
    },
  );
}
