import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  approvalHistoryResponseSchema,
  approveClauseBodySchema,
  approvePartBodySchema,
  clauseParamsSchema,
  clauseResponseSchema,
  partParamsSchema,
  partResponseSchema,
} from '../../../shared/api/approvals.ts';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { approveClause } from '../../commands/approveClause.ts';
import { approvePart, withdrawPartApproval } from '../../commands/approvePart.ts';
import { requireApproverOf } from '../../commands/variantApproval.ts';
import { withdrawApproval } from '../../commands/withdrawApproval.ts';
import type { AppContext } from '../../context.ts';
import { approvalHistory } from '../../db/repos/approvals.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { presentApprovalRecord } from './present.ts';

/**
 * Per-party approval of clauses and of the parts outside the Pasal. A member approves (or
 * withdraws) only for their own party; editors, owners and signatories may (on a PKS variant,
 * of the variant's party only members of its unit, and the Bagian Kerja Sama if the
 * cooperation says so: `server/commands/variantApproval.ts`). States are in
 * `GET /api/documents/:id` (`clauses`, `parts`).
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const clausePath = '/api/documents/:id/clauses/:clauseId/approvals';
  const partPath = '/api/documents/:id/parts/:partId/approvals';

  /** The caller as an approver of the document: for their own party only. */
  const approver = (req: { params: { id: string } } & Parameters<typeof requireDocumentMember>[1]) => {
    const { user, member, document } = requireDocumentMember(ctx, req, req.params.id);
    requireApproverOf(ctx.db, member, document);
    return { documentId: document.id, userId: user.id, partyId: member.partyId };
  };

  r.post(
    clausePath,
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
      const { clause, created } = await approveClause(ctx, {
        ...approver(req),
        clauseId: req.params.clauseId,
        hash: req.body.hash,
      });
      return reply.status(created ? 201 : 200).send({ clause });
    },
  );

  r.delete(
    clausePath,
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
    async (req) => ({
      clause: await withdrawApproval(ctx, { ...approver(req), clauseId: req.params.clauseId }),
    }),
  );

  r.post(
    partPath,
    {
      schema: {
        tags: ['approvals'],
        summary:
          "Approve a part outside the Pasal (opening, arrangement, closing, printed details, parties, annex) as it prints now, for the caller's party",
        description:
          '201 when recorded, 200 when the party had already approved this text. 409 `approval.stale_hash` when `hash` is not the hash of the part now; 409 `document.not_draft`; 404 `part.not_found` (e.g. the annex of an MoU).',
        params: partParamsSchema,
        body: approvePartBodySchema,
        response: { 200: partResponseSchema, 201: partResponseSchema },
      },
    },
    async (req, reply) => {
      const { part, created } = await approvePart(ctx, {
        ...approver(req),
        partId: req.params.partId,
        hash: req.body.hash,
      });
      return reply.status(created ? 201 : 200).send({ part });
    },
  );

  r.delete(
    partPath,
    {
      schema: {
        tags: ['approvals'],
        summary: "Withdraw the caller's party's approval of a part outside the Pasal",
        description:
          '404 `approval.not_found` when the party has no approval on it; 409 `document.not_draft`.',
        params: partParamsSchema,
        response: { 200: partResponseSchema },
      },
    },
    async (req) => ({
      part: await withdrawPartApproval(ctx, { ...approver(req), partId: req.params.partId }),
    }),
  );

  r.get(
    '/api/documents/:id/approvals',
    {
      schema: {
        tags: ['approvals'],
        summary:
          'Every approval ever given on the document (Pasal and parts), withdrawn ones included, oldest first',
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
