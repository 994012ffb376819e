import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  createObligationBodySchema,
  obligationListResponseSchema,
  obligationParamsSchema,
  obligationProposalsResponseSchema,
  obligationResponseSchema,
  storedProposalsResponseSchema,
  updateObligationBodySchema,
} from '../../../shared/api/obligations.ts';
import { type ObligationProposal, proposeObligations } from '../../../shared/obligations/propose.ts';
import { docToJSON } from '../../collab/convert.ts';
import type { AppContext } from '../../context.ts';
import { type DocumentRecord, findDocument } from '../../db/repos/documents.ts';
import {
  deleteObligation,
  getObligation,
  insertObligation,
  insertProposals,
  listDocumentObligations,
  type ObligationEdit,
  saveObligation,
  setObligationStatus,
} from '../../db/repos/obligations.ts';
import { listParties } from '../../db/repos/parties.ts';
import { notFound, obligationNotRemovable, obligationsNotFinal } from '../../errors/index.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { authorize } from '../../http/authorize.ts';
import { requireRecordMember } from '../../http/recordAccess.ts';
import { checkResponsible, clausePathIn } from './checks.ts';
import { presentObligation } from './present.ts';

/** What the text of a final or signed document proposes; 409 for a draft, whose text still moves. */
async function proposalsOf(ctx: AppContext, document: DocumentRecord): Promise<ObligationProposal[]> {
  if (document.status === 'draft') throw obligationsNotFinal();
  const { body } = await ctx.collab.withDocument(document.id, (doc) => docToJSON(doc));
  return proposeObligations(body);
}

/**
 * Tells the cooperation's open screens that a document's obligations changed (one, or several
 * when `obligationId` is null), so the Pelaksanaan tab reads them again.
 */
function published(ctx: AppContext, document: DocumentRecord, obligationId: string | null, by: string) {
  ctx.events?.publish(document.cooperationId, {
    type: 'obligation.updated',
    documentId: document.id,
    obligationId,
    by,
  });
}

/** 404 `obligation.not_found`, to outsiders too: an obligation's id reveals nothing. */
const obligationNotFound = () => notFound('obligation', 'Kewajiban', 'Obligation');

/**
 * The obligation `id` and its document, for managing it; an unknown obligation or a caller not a
 * member of its cooperation 404, a member below editor 403, a document back in draft 409.
 */
function requireObligation(ctx: AppContext, req: FastifyRequest, id: string) {
  const { user, member, record } = requireRecordMember(
    ctx,
    req,
    getObligation(ctx.db, id),
    obligationNotFound,
  );
  const document = findDocument(ctx.db, record.documentId);
  if (!document) throw obligationNotFound();
  authorize(member, 'obligation.manage', document);
  if (document.status === 'draft') throw obligationsNotFinal();
  return { user, document, obligation: record };
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
      if (added.length > 0) published(ctx, document, null, user.id);
      return {
        added: added.map(presentObligation),
        obligations: listDocumentObligations(ctx.db, document.id).map(presentObligation),
      };
    },
  );

  r.get(
    '/api/documents/:id/obligations',
    {
      schema: {
        tags: ['obligations'],
        summary: "The document's tracked obligations, with their status",
        description: 'Proposed, confirmed and dismissed, in the order they were stored. Any member.',
        params: documentParamsSchema,
        response: { 200: obligationListResponseSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id);
      return { obligations: listDocumentObligations(ctx.db, document.id).map(presentObligation) };
    },
  );

  r.post(
    '/api/documents/:id/obligations',
    {
      schema: {
        tags: ['obligations'],
        summary: 'Add an obligation by hand, on a Pasal or ayat of the final or signed text',
        description:
          'Stored as proposed, for confirming like the others. 400 `obligation.unknown_clause` for a place the text lacks; `obligation.unknown_party`, `obligation.unknown_unit`, `obligation.unknown_liaison` for whom the cooperation (or the obliged party) lacks. 409 `obligation.not_final` for a draft. Editors and owners.',
        params: documentParamsSchema,
        body: createObligationBodySchema,
        response: { 201: obligationResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'obligation.manage');
      if (document.status === 'draft') throw obligationsNotFinal();
      const b = req.body;
      const partyLabel = checkResponsible(ctx.db, document.cooperationId, b);
      const { body } = await ctx.collab.withDocument(document.id, (doc) => docToJSON(doc));
      const clausePath = clausePathIn(body, b.clauseId, b.ayatId);
      const now = Date.now();
      const obligation = insertObligation(ctx.db, {
        cooperationId: document.cooperationId,
        documentId: document.id,
        clauseId: b.clauseId,
        ayatId: b.ayatId,
        clausePath,
        partyScope: b.partyScope,
        partyId: b.partyId,
        partyLabel,
        unitId: b.unitId,
        liaisonId: b.liaisonId,
        text: b.text,
        evidence: b.evidence,
        due: b.due,
        source: 'manual',
        proposalKey: null,
        status: 'proposed',
        createdBy: user.id,
        createdAt: now,
        updatedAt: now,
      });
      published(ctx, document, obligation.id, user.id);
      return reply.code(201).send({ obligation: presentObligation(obligation) });
    },
  );

  r.patch(
    '/api/obligations/:id',
    {
      schema: {
        tags: ['obligations'],
        summary: 'Confirm, dismiss or edit an obligation',
        description:
          'Any of status, party, unit, liaison, text, evidence and due rule; whom it binds is checked as when adding. 409 `obligation.not_final` once its document is back in draft. Editors and owners of either party.',
        params: obligationParamsSchema,
        body: updateObligationBodySchema,
        response: { 200: obligationResponseSchema },
      },
    },
    async (req) => {
      const { user, document, obligation: o } = requireObligation(ctx, req, req.params.id);
      const { status, ...fields } = req.body;
      const partyScope = fields.partyScope ?? o.partyScope;
      const edit: ObligationEdit = {
        partyScope,
        partyId: fields.partyId !== undefined ? fields.partyId : partyScope === 'party' ? o.partyId : null,
        partyLabel: o.partyLabel,
        unitId: fields.unitId !== undefined ? fields.unitId : o.unitId,
        liaisonId: fields.liaisonId !== undefined ? fields.liaisonId : o.liaisonId,
        text: fields.text ?? o.text,
        evidence: fields.evidence ?? o.evidence,
        due: fields.due !== undefined ? fields.due : o.due,
      };
      const label = checkResponsible(ctx.db, o.cooperationId, edit);
      // The text's own name for the party ("OMBUDSMAN") stays while the party does.
      if (edit.partyScope !== o.partyScope || edit.partyId !== o.partyId) edit.partyLabel = label;
      const now = Date.now();
      ctx.db.transaction(() => {
        saveObligation(ctx.db, o.id, edit, now);
        if (status && status !== o.status) setObligationStatus(ctx.db, o.id, status, user.id, now);
      })();
      published(ctx, document, o.id, user.id);
      return { obligation: presentObligation(getObligation(ctx.db, o.id)!) };
    },
  );

  r.delete(
    '/api/obligations/:id',
    {
      schema: {
        tags: ['obligations'],
        summary: 'Remove an obligation added by hand and not yet confirmed',
        description:
          'One read from the text, or confirmed, is dismissed instead: 409 `obligation.not_removable`. Editors and owners of either party.',
        params: obligationParamsSchema,
      },
    },
    async (req, reply) => {
      const { user, document, obligation } = requireObligation(ctx, req, req.params.id);
      if (obligation.source !== 'manual' || obligation.status === 'confirmed') throw obligationNotRemovable();
      deleteObligation(ctx.db, obligation.id);
      published(ctx, document, obligation.id, user.id);
      return reply.code(204).send();
    },
  );
}
