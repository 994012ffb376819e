import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  createEvaluationBodySchema,
  type EvaluationDTO,
  evaluationListResponseSchema,
  evaluationResponseSchema,
} from '../../../shared/api/evaluations.ts';
import { allowed } from '../../../shared/policies.ts';
import type { AppContext } from '../../context.ts';
import { type DocumentRecord, findDocument } from '../../db/repos/documents.ts';
import { type Evaluation, findEvaluation, listEvaluations } from '../../db/repos/evaluations.ts';
import { iso } from '../../db/repos/sql.ts';
import { notAnEvaluation } from '../../errors/index.ts';
import { createEvaluation } from '../../evaluation/create.ts';
import { evaluationDocx } from '../../evaluation/export.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { sendDocx } from '../../word/send.ts';

const present = (e: Evaluation, document: Pick<DocumentRecord, 'title' | 'status'>): EvaluationDTO => ({
  documentId: e.documentId,
  agreementId: e.agreementId,
  title: document.title,
  status: document.status,
  periodFrom: e.periodFrom,
  periodTo: e.periodTo,
  createdAt: iso(e.createdAt),
});

/**
 * Monitoring and evaluation reports of an agreement (server/evaluation/): listed for any member
 * of its cooperation, drafted from the tracked data by its editors and owners once it is final
 * or signed (`evaluation.create`), and printed as Word files. The report itself is a document:
 * edited through the editor and approved whole by each party through the approvals routes.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/documents/:id/evaluations',
    {
      schema: {
        tags: ['evaluations'],
        summary: "An agreement's monitoring and evaluation reports, the latest period first",
        params: documentParamsSchema,
        response: { 200: evaluationListResponseSchema },
      },
    },
    async (req) => {
      const { member, document } = requireDocumentMember(ctx, req, req.params.id);
      const evaluations = listEvaluations(ctx.db, document.id).flatMap((e) => {
        const report = findDocument(ctx.db, e.documentId);
        return report ? [present(e, report)] : [];
      });
      return {
        evaluations,
        canCreate: document.kind !== 'notes' && allowed(member, 'evaluation.create', document),
      };
    },
  );

  r.post(
    '/api/documents/:id/evaluations',
    {
      schema: {
        tags: ['evaluations'],
        summary: 'Draft a monitoring and evaluation report of a final or signed agreement over a period',
        params: documentParamsSchema,
        body: createEvaluationBodySchema,
        response: { 201: evaluationResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'evaluation.create');
      const created = await createEvaluation(ctx, {
        agreement: document,
        period: { from: req.body.from, to: req.body.to },
        userId: user.id,
      });
      return reply.code(201).send({ evaluation: present(created.evaluation, created.document) });
    },
  );

  r.get(
    '/api/documents/:id/evaluation',
    {
      schema: {
        tags: ['evaluations'],
        summary: 'What a monitoring and evaluation report evaluates: its agreement and period',
        params: documentParamsSchema,
        response: { 200: evaluationResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      const evaluation = findEvaluation(ctx.db, document.id);
      if (!evaluation) throw notAnEvaluation();
      return { evaluation: present(evaluation, document) };
    },
  );

  r.get(
    '/api/documents/:id/evaluation.docx',
    {
      schema: {
        tags: ['evaluations'],
        summary: 'A monitoring and evaluation report as a Word file',
        params: documentParamsSchema,
      },
    },
    async (req, reply) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.export');
      const { file, name } = await evaluationDocx(ctx, document, user.displayName);
      return sendDocx(reply, file, name);
    },
  );
}
