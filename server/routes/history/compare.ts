import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { compareQuerySchema, compareResponseSchema } from '../../../shared/api/history.ts';
import { acceptAll } from '../../../shared/suggestions/index.ts';
import type { AppContext } from '../../context.ts';
import { comparePoints } from '../../history/comparePoints.ts';
import { peopleOf } from '../../history/people.ts';
import { type DocumentPoint, resolvePoint } from '../../history/pointInTime.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { redlineDocx } from '../../word/redline/fromHistory.ts';
import { requireAgreementKind, sendDocx } from '../../word/send.ts';

/**
 * A point read as it proposes, every pending suggestion in it accepted: a round's suggestions
 * then compare as the changes it asks for (its proposed deletions struck, its insertions
 * underlined), and a suggestion of the older point that the newer one accepted is no difference.
 */
async function proposedPoint(ctx: AppContext, documentId: string, ref: string): Promise<DocumentPoint> {
  const point = await resolvePoint(ctx, documentId, ref);
  return { ...point, state: { ...point.state, body: acceptAll(point.state.body) } };
}

/** Compare two versions (or a version and now): JSON for the browser, .docx with tracked changes for Word. */
export default async function compareRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/documents/:id/compare',
    {
      schema: {
        tags: ['history'],
        summary: 'Compare two versions clause by clause (`from`, `to`: version ids or `current`)',
        params: documentParamsSchema,
        querystring: compareQuerySchema,
        response: { 200: compareResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id, 'history.read');
      const from = await proposedPoint(ctx, document.id, req.query.from);
      const to = await proposedPoint(ctx, document.id, req.query.to);
      return comparePoints(ctx.db, document.id, from, to, peopleOf(ctx.db, document.cooperationId)).response;
    },
  );

  r.get(
    '/api/documents/:id/compare.docx',
    {
      schema: {
        tags: ['history'],
        summary: "Redline .docx: the newer text in the export layout, differences as Word's tracked changes",
        params: documentParamsSchema,
        querystring: compareQuerySchema,
      },
    },
    async (req, reply) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'history.read');
      requireAgreementKind(document.kind);
      const from = await proposedPoint(ctx, document.id, req.query.from);
      const to = await proposedPoint(ctx, document.id, req.query.to);
      const { file, name } = await redlineDocx(ctx, document, from, to, user.displayName);
      return sendDocx(reply, file, name);
    },
  );
}
