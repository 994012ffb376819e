import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createAmendmentBodySchema, createdAmendmentResponseSchema } from '../../../shared/api/amendments.ts';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { createAmendment } from '../../amendments/create.ts';
import type { AppContext } from '../../context.ts';
import { requireDocumentMember } from '../../http/auth.ts';

/**
 * Start an addendum or a renewal of a final or signed MoU or PKS (editors and owners,
 * `document.amend`): a new draft in the same cooperation, linked to the agreement.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/documents/:id/amendments',
    {
      schema: {
        tags: ['documents'],
        summary: 'Start an addendum or a renewal of a final or signed agreement, as a new linked draft',
        params: documentParamsSchema,
        body: createAmendmentBodySchema,
        response: { 201: createdAmendmentResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.amend');
      const created = await createAmendment(ctx, { old: document, kind: req.body.kind, userId: user.id });
      return reply.status(201).send({
        document: {
          id: created.id,
          cooperationId: created.cooperationId,
          title: created.title,
          kind: req.body.kind,
          amendsDocumentId: document.id,
        },
      });
    },
  );
}
