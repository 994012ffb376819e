import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  lifecycleListResponseSchema,
  lifecycleResponseSchema,
  reopenBodySchema,
  signBodySchema,
} from '../../../shared/api/approvals.ts';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { finalizeDocument } from '../../commands/finalizeDocument.ts';
import { reopenDocument } from '../../commands/reopenDocument.ts';
import { signDocument } from '../../commands/signDocument.ts';
import type { AppContext } from '../../context.ts';
import { listLifecycleEvents } from '../../db/repos/lifecycle.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { presentLifecycleChange, presentLifecycleEvent } from './present.ts';

/**
 * A document's lifecycle: draft → final (editors and owners, when every clause is agreed) →
 * signed (owner); reopen a final document (owner, with a reason). Every change is recorded.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/documents/:id/finalize',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Finalise (lock) a draft whose every clause is agreed by every party',
        description:
          '409 `document.not_agreed` (error.details.clauses lists the clauses not agreed), 409 `document.broken_references` (error.details.references), 409 `document.not_draft`. Editors and owners.',
        params: documentParamsSchema,
        response: { 200: lifecycleResponseSchema },
      },
    },
    async (req) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.finalise');
      return presentLifecycleChange(
        await finalizeDocument(ctx, { documentId: document.id, userId: user.id }),
      );
    },
  );

  r.post(
    '/api/documents/:id/reopen',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Return a final document to draft, with the reason (owner only)',
        description:
          '409 `document.not_final` unless the document is final (a signed document is not reopened).',
        params: documentParamsSchema,
        body: reopenBodySchema,
        response: { 200: lifecycleResponseSchema },
      },
    },
    async (req) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.reopen');
      return presentLifecycleChange(
        await reopenDocument(ctx, { documentId: document.id, userId: user.id, reason: req.body.reason }),
      );
    },
  );

  r.post(
    '/api/documents/:id/sign',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Mark a final document as signed on a date at a place (owner only)',
        description:
          'The date (YYYY-MM-DD, a real day, not later than tomorrow) and place are recorded; they must be the ones the final text prints and every party approved (409 `document.signing_mismatch`, error.details: the approved date and place; reopen to change them). 409 `document.not_final`.',
        params: documentParamsSchema,
        body: signBodySchema,
        response: { 200: lifecycleResponseSchema },
      },
    },
    async (req) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.sign');
      return presentLifecycleChange(
        await signDocument(ctx, { documentId: document.id, userId: user.id, ...req.body }),
      );
    },
  );

  r.get(
    '/api/documents/:id/lifecycle',
    {
      schema: {
        tags: ['lifecycle'],
        summary: "The document's status changes (finalised, reopened with why, signed with when and where)",
        params: documentParamsSchema,
        response: { 200: lifecycleListResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      return { events: listLifecycleEvents(ctx.db, document.id).map(presentLifecycleEvent) };
    },
  );
}
