import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  approvalHistoryResponseSchema,
  approveClauseBodySchema,
  clauseParamsSchema,
  clauseResponseSchema,
} from '../../../shared/api/approvals.ts';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { approveClause, requireApprover } from '../../commands/approveClause.ts';
import { withdrawApproval } from '../../commands/withdrawApproval.ts';
import type { AppContext } from '../../context.ts';
import { approvalHistory } from '../../db/repos/approvals.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { presentApprovalRecord } from './present.ts';

/**
 * Per-party approval of clauses. A member approves (or withdraws) only for their own party;
 * editors, owners and signatories may. The clause's state is in `GET /api/documents/:id`.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const path = '/api/documents/:id/clauses/:clauseId/approvals';

  r.post(
    path,
    {
      schema: {
        tags: ['approvals'],
        summary: "Approve a clause's current text for the caller's party",
        description:
          '201 when recorded, 200 when the party had already approved this text. 409 `approval.stale_hash` when `hash` is not the hash of the clause now; 409 `document.not_draft`; 404 `clause.not_found`.',
        params: clauseParamsSchema,
        body: approveClauseBodySchema,
        response: { 200: clauseResponseSchema, 201: clauseResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, member, document } = requireDocumentMember(ctx, req, req.params.id);
      requireApprover(member);
      const { clause, created } = await approveClause(ctx, {
        documentId: document.id,
        clauseId: req.params.clauseId,
        hash: req.body.hash,
        userId: user.id,
        partyId: member.partyId,
      });
      return reply.status(created ? 201 : 200).send({ clause });
    },
  );

  r.delete(
    path,
    {
      schema: {
        tags: ['approvals'],
        summary: "Withdraw the caller's party's approval of a clause",
        description:
          '404 `approval.not_found` when the party has no approval on it; 409 `document.not_draft`.',
        params: clauseParamsSchema,
        response: { 200: clauseResponseSchema },
      },
    },
    async (req) => {
      const { user, member, document } = requireDocumentMember(ctx, req, req.params.id);
      requireApprover(member);
      const clause = await withdrawApproval(ctx, {
        documentId: document.id,
        clauseId: req.params.clauseId,
        userId: user.id,
        partyId: member.partyId,
      });
      return { clause };
    },
  );

  r.get(
    '/api/documents/:id/approvals',
    {
      schema: {
        tags: ['approvals'],
        summary: 'Every approval ever given on the document, withdrawn ones included, oldest first',
        params: documentParamsSchema,
        response: { 200: approvalHistoryResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      return { approvals: approvalHistory(ctx.db, document.id).map(presentApprovalRecord) };
    },
  );
}
