import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  obligationProposalsResponseSchema,
  storedProposalsResponseSchema,
} from '../../../shared/api/obligations.ts';
import { type ObligationProposal, proposeObligations } from '../../../shared/obligations/propose.ts';
import { docToJSON } from '../../collab/convert.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentRecord } from '../../db/repos/documents.ts';
import { insertProposals, listDocumentObligations } from '../../db/repos/obligations.ts';
import { listParties } from '../../db/repos/parties.ts';
import { obligationsNotFinal } from '../../errors/index.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { presentObligation } from './present.ts';

/** What the text of a final or signed document proposes; 409 for a draft, whose text still moves. */
async function proposalsOf(ctx: AppContext, document: DocumentRecord): Promise<ObligationProposal[]> {
  if (document.status === 'draft') throw obligationsNotFinal();
  const { body } = await ctx.collab.withDocument(document.id, (doc) => docToJSON(doc));
  return proposeObligations(body);
}

/**
 * The obligations an agreement's text proposes (shared/obligations/propose.ts): read by any
 * member, stored for tracking by its editors and owners, once per proposal.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/documents/:id/obligations/proposals',
    {
      schema: {
        tags: ['obligations'],
        summary: 'The obligations the final or signed text proposes (not stored)',
        description: '409 `obligation.not_final` for a draft. Any member.',
        params: documentParamsSchema,
        response: { 200: obligationProposalsResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      return { proposals: await proposalsOf(ctx, document) };
    },
  );

  r.post(
    '/api/documents/:id/obligations/proposals',
    {
      schema: {
        tags: ['obligations'],
        summary: 'Store what the final or signed text proposes, as obligations to confirm',
        description:
          'Each proposal is stored once (proposing again adds only what the text newly states), bound to the party its text names; one naming a party the cooperation lacks is left out. 409 `obligation.not_final` for a draft. Editors and owners.',
        params: documentParamsSchema,
        response: { 200: storedProposalsResponseSchema },
      },
    },
    async (req) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'obligation.propose');
      const proposals = await proposalsOf(ctx, document);
      const added = insertProposals(ctx.db, {
        cooperationId: document.cooperationId,
        documentId: document.id,
        proposals,
        parties: listParties(ctx.db, document.cooperationId),
        createdBy: user.id,
        now: Date.now(),
      });
      return {
        added: added.map(presentObligation),
        obligations: listDocumentObligations(ctx.db, document.id).map(presentObligation),
      };
    },
  );
}
