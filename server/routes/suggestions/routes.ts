import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  decideSuggestionsBodySchema,
  decideSuggestionsResponseSchema,
  suggestionDecisionListSchema,
} from '../../../shared/api/suggestions.ts';
import { decideSuggestionsAndPublish } from '../../commands/published/suggestions.ts';
import type { AppContext } from '../../context.ts';
import { listSuggestionDecisions } from '../../db/repos/suggestionDecisions.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { presentSuggestionDecision } from './present.ts';

/**
 * Deciding suggestions (docs/SUGGESTIONS.md): accept or reject them on the live document, and
 * the record of every decision. Who may decide which suggestion is the command's question
 * (`suggestion.decide`), since it depends on each suggestion's author.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const path = '/api/documents/:id/suggestions/decisions';

  r.post(
    path,
    {
      schema: {
        tags: ['suggestions'],
        summary: 'Accept or reject suggestions (by ids, a Pasal, a party, or all the caller may decide)',
        description:
          "The text changes in the live document as the caller's change; each decision is recorded. An author rejecting their own suggestion withdraws it. 403 `suggestion.forbidden` (only an editor or owner of another party accepts or rejects); 404 `suggestion.not_found`; 409 `suggestion.stale` (its Pasal changed since: send again with `confirm: true`); 409 `document.not_draft`.",
        params: documentParamsSchema,
        body: decideSuggestionsBodySchema,
        response: { 200: decideSuggestionsResponseSchema },
      },
    },
    async (req) => {
      const { member, document } = requireDocumentMember(ctx, req, req.params.id);
      return decideSuggestionsAndPublish(ctx, { ...req.body, documentId: document.id, actor: member });
    },
  );

  r.get(
    path,
    {
      schema: {
        tags: ['suggestions'],
        summary:
          "The document's decided suggestions, newest first: what each proposed, who decided it and when",
        params: documentParamsSchema,
        response: { 200: suggestionDecisionListSchema },
      },
    },
    async (req) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id, 'history.read');
      return { decisions: listSuggestionDecisions(ctx.db, document.id).map(presentSuggestionDecision) };
    },
  );
}
