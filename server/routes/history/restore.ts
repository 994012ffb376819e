import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { restoreBodySchema, restoreResponseSchema } from '../../../shared/api/history.ts';
import { restoreAndPublish } from '../../commands/published/history.ts';
import type { AppContext } from '../../context.ts';
import { documentNotDraft, notFound } from '../../errors/index.ts';
import { findVersion } from '../../history/versionsRepo.ts';
import { requireDocumentMember } from '../../http/auth.ts';

/** Bring back a clause or the whole body from a version, as a new change (editors, owners; drafts only). */
export default async function restoreRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/documents/:id/restore',
    {
      schema: {
        tags: ['history'],
        summary: 'Restore a clause (or the whole body) from a version, as a new change',
        params: documentParamsSchema,
        body: restoreBodySchema,
        response: { 200: restoreResponseSchema },
      },
    },
    async (req) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'history.restore');
      if (document.status !== 'draft') throw documentNotDraft(document.status);
      const version = findVersion(ctx.db, document.id, req.body.versionId);
      if (!version) throw notFound('version');
      return restoreAndPublish(ctx, document, { version, clauseId: req.body.clauseId, userId: user.id });
    },
  );
}
