import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  createVariantsBodySchema,
  createVariantsResponseSchema,
  documentTierResponseSchema,
  overrideDecisionResponseSchema,
  overrideListSchema,
  overrideParamsSchema,
  overrideSchema,
  variantBoardSchema,
} from '../../../shared/api/variants.ts';
import type { AppContext } from '../../context.ts';
import { findTier, listVariants } from '../../db/repos/variants.ts';
import { notFound } from '../../errors/index.ts';
import { requireDocumentMember, requireMember } from '../../http/auth.ts';
import { variantBoard } from '../../variants/board.ts';
import { createVariants, makeMaster } from '../../variants/create.ts';
import { dropOverride, keepOverride, listOverrides } from '../../variants/overrides.ts';

/**
 * A master PKS and its variants (one per OPD): make a master, make its variants, the board of
 * them, and each variant's overrides with what they differ from (drop one, keep one over a
 * flagged master change). The master's changes reach the variants by themselves
 * (`server/variants/propagation.ts`).
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['variants'];

  r.get(
    '/api/documents/:id/tier',
    {
      schema: {
        tags,
        summary: 'Whether the document is single, a master PKS or a variant of one (its master and unit)',
        params: documentParamsSchema,
        response: { 200: documentTierResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      const tier = findTier(ctx.db, document.id) ?? { tier: 'single' as const, masterId: null, unitId: null };
      const variants = tier.tier === 'master' ? listVariants(ctx.db, document.id).length : 0;
      return { documentId: document.id, ...tier, variants };
    },
  );

  r.post(
    '/api/documents/:id/master',
    {
      schema: {
        tags,
        summary: 'Make a PKS the master of variants per OPD',
        description:
          'Editors of a draft PKS. Publishes `document.master`. 400 when not a PKS; 409 `variant.cannot_be_master` for a variant.',
        params: documentParamsSchema,
        response: { 200: documentTierResponseSchema },
      },
    },
    async (req) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.editText');
      makeMaster(ctx, document, user.id);
      const variants = listVariants(ctx.db, document.id).length;
      return { documentId: document.id, tier: 'master' as const, masterId: null, unitId: null, variants };
    },
  );

  r.post(
    '/api/documents/:id/variants',
    {
      schema: {
        tags,
        summary: '"Buat PKS untuk OPD…": one variant of the master per unit, in one action',
        description:
          "Each variant starts as a copy of the master's text now (same Pasal ids), its unit's head as its party's signatory, no numbers. Publishes `document.created` per variant and `variants.created`. 409 `variant.not_master`, `variant.exists`; 400 for a unit outside the cooperation.",
        params: documentParamsSchema,
        body: createVariantsBodySchema,
        response: { 201: createVariantsResponseSchema },
      },
    },
    async (req, reply) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      const { user } = requireMember(ctx, req, document.cooperationId, 'document.create');
      const created = await createVariants(ctx, {
        master: document,
        unitIds: req.body.unitIds,
        userId: user.id,
      });
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/api/documents/:id/variants',
    {
      schema: {
        tags,
        summary:
          "The board of a master's variants: unit, state, approvals, pending master changes, overrides, liaisons",
        params: documentParamsSchema,
        response: { 200: variantBoardSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      return variantBoard(ctx, document);
    },
  );

  r.get(
    '/api/documents/:id/overrides',
    {
      schema: {
        tags,
        summary:
          "A variant's clauses that differ from the master or are flagged, each with the master's, the variant's and the base's text",
        params: documentParamsSchema,
        response: { 200: overrideListSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      return listOverrides(ctx, document);
    },
  );

  r.get(
    '/api/documents/:id/overrides/:clauseId',
    {
      schema: {
        tags,
        summary: 'One overridden or flagged clause of a variant, to compare with the master',
        params: overrideParamsSchema,
        response: { 200: overrideSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      const found = (await listOverrides(ctx, document)).overrides.find(
        (o) => o.clauseId === req.params.clauseId,
      );
      if (!found) throw notFound('clause');
      return found;
    },
  );

  r.post(
    '/api/documents/:id/overrides/:clauseId/drop',
    {
      schema: {
        tags,
        summary: "Drop an override: the variant's clause returns to the master's text",
        description:
          'A change by the caller in the live document; publishes `variant.overrides`. 409 `variant.not_overridden`, `document.not_draft`.',
        params: overrideParamsSchema,
        response: { 200: overrideDecisionResponseSchema },
      },
    },
    async (req) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.editText');
      return dropOverride(ctx, { document, clauseId: req.params.clauseId, userId: user.id });
    },
  );

  r.post(
    '/api/documents/:id/overrides/:clauseId/keep',
    {
      schema: {
        tags,
        summary:
          "Keep an override over a flagged master change: the variant's text stays, the master's change is acknowledged",
        description: 'Publishes `variant.overrides`. 409 `variant.not_flagged`.',
        params: overrideParamsSchema,
        response: { 200: overrideDecisionResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id, 'document.editText');
      return keepOverride(ctx, { document, clauseId: req.params.clauseId });
    },
  );
}
