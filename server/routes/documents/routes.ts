import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  createDocumentBodySchema,
  createdDocumentResponseSchema,
  documentParamsSchema,
  documentResponseSchema,
} from '../../../shared/api/documents.ts';
import { checkCompleteness } from '../../../shared/completeness.ts';
import { META } from '../../../shared/meta.ts';
import { amendmentsOf } from '../../amendments/links.ts';
import { docToJSON } from '../../collab/convert.ts';
import { documentApprovals } from '../../commands/documentApprovals.ts';
import { printedRecords, printedVariableValues } from '../../commands/printedRecords.ts';
import { createDocumentAndPublish } from '../../commands/published/documents.ts';
import { approvalFacts } from '../../commands/variantApproval.ts';
import type { AppContext } from '../../context.ts';
import { setDocumentTitle } from '../../db/repos/documents.ts';
import { listParties } from '../../db/repos/parties.ts';
import { findTier } from '../../db/repos/variants.ts';
import { requireDocumentMember, requireMember } from '../../http/auth.ts';
import { presentDocumentSummary } from '../present.ts';
import { documentPermissions, presentDocument } from './present.ts';

/** Create an MoU or PKS from the templates (editors and owners); read a document (any member). */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/cooperations/:id/documents',
    {
      schema: {
        tags: ['documents'],
        params: cooperationParamsSchema,
        body: createDocumentBodySchema,
        response: { 201: createdDocumentResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, cooperation } = requireMember(ctx, req, req.params.id, 'document.create');
      const document = await createDocumentAndPublish(ctx, {
        cooperationId: cooperation.id,
        cooperationTitle: cooperation.title,
        userId: user.id,
        ...req.body,
      });
      return reply
        .status(201)
        .send({ document: { ...presentDocumentSummary(document), cooperationId: document.cooperationId } });
    },
  );

  r.get(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        params: documentParamsSchema,
        response: { 200: documentResponseSchema },
      },
    },
    async (req) => {
      const { member, document } = requireDocumentMember(ctx, req, req.params.id);
      const content = await ctx.collab.withDocument(document.id, (doc) => docToJSON(doc));
      // The title is co-edited in the meta form; keep the listed title in step with it. A
      // variant keeps its own, which names its OPD: the printed title is its master's.
      const tier = findTier(ctx.db, document.id)?.tier ?? 'single';
      const liveTitle = content.meta[META.title]?.trim();
      if (tier !== 'variant' && liveTitle && liveTitle !== document.title) {
        setDocumentTitle(ctx.db, document.id, liveTitle);
        document.title = liveTitle;
      }
      // A final document's variables read as they were frozen when it was finalised.
      const variables = await printedVariableValues(ctx, document, content);
      const completeness = checkCompleteness(document.kind, content.body, content.meta, {
        mouId: document.mouId,
        amendment: document.amendmentKind,
        partyIds: listParties(ctx.db, document.cooperationId).map((p) => p.id),
        variables,
      });
      // The records the paper prints are read once, for the approvals and the printed parties.
      const records =
        document.kind === 'notes' ? undefined : printedRecords(ctx.db, { ...document, kind: document.kind });
      return {
        document: {
          ...presentDocument(
            document,
            content,
            completeness,
            documentApprovals(ctx.db, document, content, records),
          ),
          tier,
          variables,
          amendments: await amendmentsOf(ctx, document),
          ...(records
            ? {
                printedParties: records.parties.map(({ id, ordinal, name, shortName, signatory }) => ({
                  id,
                  ordinal,
                  name,
                  shortName,
                  ...(signatory ? { signatory } : {}),
                })),
              }
            : {}),
        },
        permissions: documentPermissions(approvalFacts(ctx.db, document), member),
      };
    },
  );
}
