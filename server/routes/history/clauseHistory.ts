import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  clauseHistoryQuerySchema,
  clauseHistoryResponseSchema,
  clauseParamsSchema,
} from '../../../shared/api/history.ts';
import { outlineOf } from '../../../shared/clauses.ts';
import { docToJSON } from '../../collab/convert.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../errors/index.ts';
import { clauseHistory } from '../../history/clauseHistory.ts';
import { peopleOf } from '../../history/people.ts';
import { requireDocumentMember } from '../../http/auth.ts';

/** Every change of one Pasal with authors, texts before and after, approvals and points. */
export default async function clauseHistoryRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/documents/:id/clauses/:clauseId/history',
    {
      schema: {
        tags: ['history'],
        summary: "A clause's history: every change with author, party, time, text before and after",
        params: clauseParamsSchema,
        querystring: clauseHistoryQuerySchema,
        response: { 200: clauseHistoryResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id, 'history.read');
      const { body } = await ctx.collab.withDocument(document.id, (doc) => docToJSON(doc));
      ctx.collab.settle(document.id);
      const history = clauseHistory(
        ctx.db,
        document.id,
        req.params.clauseId,
        peopleOf(ctx.db, document.cooperationId),
        outlineOf(body),
        req.query,
      );
      if (!history) throw notFound('clause');
      return history;
    },
  );
}
