import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { compareQuerySchema, compareResponseSchema } from '../../../shared/api/history.ts';
import type { AppContext } from '../../context.ts';
import { badRequest } from '../../errors.ts';
import { comparePoints } from '../../history/comparison.ts';
import { peopleOf } from '../../history/people.ts';
import { resolvePoint } from '../../history/points.ts';
import { redlineDocx } from '../../history/redline.ts';
import { requireDocumentMember } from '../../http/auth.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
      const from = await resolvePoint(ctx, document.id, req.query.from);
      const to = await resolvePoint(ctx, document.id, req.query.to);
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
      const { document } = requireDocumentMember(ctx, req, req.params.id, 'history.read');
      if (document.kind === 'notes') {
        throw badRequest(
          'export.unsupported_kind',
          'Hanya Nota Kesepakatan dan PKS yang dapat diekspor ke Word di sini.',
          'Only an MoU or a PKS can be exported to Word here.',
        );
      }
      const from = await resolvePoint(ctx, document.id, req.query.from);
      const to = await resolvePoint(ctx, document.id, req.query.to);
      const { file, name } = await redlineDocx(ctx, document, from, to);
      return reply
        .header('content-type', DOCX_MIME)
        .header(
          'content-disposition',
          `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .header('cache-control', 'no-store')
        .send(file);
    },
  );
}
