import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { roleAtLeast } from '../../shared/api/common.ts';
import type { DecideSuggestionsBody, DecideSuggestionsResponse } from '../../shared/api/suggestions.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { type Actor, allowed } from '../../shared/policies.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import {
  decideSuggestions,
  listSuggestions,
  type SuggestionSummary,
} from '../../shared/suggestions/index.ts';
import { docToJSON } from '../collab/convert.ts';
import type { AppContext } from '../context.ts';
import { closePointsProposing } from '../db/repos/points.ts';
import {
  clauseChangedByOthersSince,
  insertSuggestionDecisions,
  type SuggestionDecision,
} from '../db/repos/suggestionDecisions.ts';
import {
  documentNotDraft,
  mayNotDecideSuggestion,
  type StaleSuggestion,
  suggestionNotFound,
  suggestionStale,
} from '../errors/index.ts';
import { decideOnLiveDocument } from './liveDocument.ts';

/** A decision on a document's suggestions by one member (`Actor` with their party). */
export interface DecideSuggestionsInput extends DecideSuggestionsBody {
  documentId: string;
  actor: Actor;
}

/** What a decision did: the suggestions decided, as recorded, and the points it closed. */
export interface DecidedSuggestions {
  decisions: SuggestionDecision[];
  closedPointIds: string[];
  cooperationId: string;
}

/** The suggestions the body selects (by ids, Pasal, party; none given: all), or 404 for an unknown id. */
function selected(all: SuggestionSummary[], body: DecideSuggestionsBody): SuggestionSummary[] {
  if (body.ids) {
    const byId = new Map(all.map((s) => [s.id, s]));
    const unknown = body.ids.filter((id) => !byId.has(id));
    if (unknown.length > 0) throw suggestionNotFound(unknown);
  }
  const ids = body.ids ? new Set(body.ids) : null;
  return all.filter(
    (s) =>
      (!ids || ids.has(s.id)) &&
      (body.clauseId === undefined || s.clauseId === body.clauseId) &&
      (body.party === undefined || s.party === body.party),
  );
}

/** Exactly the text deciding `s` takes out of the document: what it deletes, or what it inserted. */
function removedBy(s: SuggestionSummary, decision: 'accept' | 'reject'): string {
  const goes = decision === 'accept' ? 'delete' : 'insert';
  const blocks = s.blocks.filter((b) => b.kind === goes).map((b) => b.text);
  return [decision === 'accept' ? s.deleted : s.inserted, ...blocks].filter(Boolean).join('\n');
}

/**
 * Writes `next` (the body with the decisions applied) into the live body as the difference
 * only: each top-level node that changed is updated in place (y-tiptap's `updateYFragment`,
 * as a restore does); when the decisions added or removed top-level nodes (a whole Pasal
 * inserted and rejected), the body is updated as a whole.
 */
export function writeBody(ydoc: Y.Doc, before: PMJSON, next: PMJSON): void {
  const schema = agreementSchema();
  const meta = () => ({ mapping: new Map(), isOMark: new Map() });
  const body = ydoc.getXmlFragment(YDOC.body);
  const old = before.content ?? [];
  const now = next.content ?? [];
  const elements = body.toArray();
  const inPlace =
    old.length === now.length &&
    elements.length === old.length &&
    elements.every((el, i) => el instanceof Y.XmlElement && el.nodeName === old[i]?.type);
  if (!inPlace) {
    updateYFragment(ydoc, body, schema.nodeFromJSON(next), meta());
    return;
  }
  now.forEach((node, i) => {
    if (JSON.stringify(node) === JSON.stringify(old[i])) return;
    updateYFragment(ydoc, elements[i] as Y.XmlElement, schema.nodeFromJSON(node), meta());
  });
}

/**
 * Accepts or rejects, on the server's live copy of a document, the selected suggestions the
 * actor may decide (`suggestion.decide` in `shared/policies.ts`): an author rejecting their own
 * withdraws it. The text changes as the actor's change (logged, broadcast, attributed like a
 * keystroke), each decision is recorded with what it proposed, and the discussion points that
 * propose an accepted suggestion are closed as agreed, all in one instant of the live document.
 *
 * Refused: a document that is not a draft (409 `document.not_draft`); an id no pending
 * suggestion has (404 `suggestion.not_found`); a selection the actor may decide none of, or
 * ids naming one they may not (403 `suggestion.forbidden`); without `confirm`, a suggestion
 * whose Pasal someone other than its author changed after it was made (409 `suggestion.stale`,
 * listing what the decision removes).
 */
export async function decideDocumentSuggestions(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  input: DecideSuggestionsInput,
): Promise<DecidedSuggestions> {
  const { documentId, actor, decision } = input;
  // A viewer can neither decide another party's suggestion nor have one of their own to withdraw.
  if (!roleAtLeast(actor.role, 'commenter')) throw mayNotDecideSuggestion();
  // What others typed just before is attributed first: the stale check reads it.
  ctx.collab.settle(documentId);
  const result = await decideOnLiveDocument(
    ctx,
    documentId,
    ({ record, ydoc }) => {
      if (record.status !== 'draft') throw documentNotDraft(record.status);
      const { body } = docToJSON(ydoc);
      const chosen = selected(listSuggestions(body), input);
      const mayDecide = (s: SuggestionSummary) =>
        allowed(actor, 'suggestion.decide', {
          party: s.party,
          user: s.user,
          decision,
          documentStatus: record.status,
        });
      const decidable = chosen.filter(mayDecide);
      if ((input.ids && decidable.length < chosen.length) || (chosen.length > 0 && decidable.length === 0))
        throw mayNotDecideSuggestion();
      const stale: StaleSuggestion[] = decidable
        .filter(
          (s) =>
            s.clauseId !== null &&
            clauseChangedByOthersSince(ctx.db, record.id, s.clauseId, s.user, Date.parse(s.ts)),
        )
        .map((s) => ({ id: s.id, clauseId: s.clauseId, removes: removedBy(s, decision) }));
      if (stale.length > 0 && !input.confirm) throw suggestionStale(stale);
      if (decidable.length === 0)
        return { decisions: [], closedPointIds: [], cooperationId: record.cooperationId };

      const ids = new Set(decidable.map((s) => s.id));
      writeBody(
        ydoc,
        body,
        decideSuggestions(body, decision, (s) => ids.has(s.id)),
      );
      const at = Date.now();
      const staleIds = new Set(stale.map((s) => s.id));
      return ctx.db.transaction(() => {
        const decisions = insertSuggestionDecisions(
          ctx.db,
          decidable.map((s) => ({
            documentId: record.id,
            suggestionId: s.id,
            decision: decision === 'accept' ? 'accept' : s.user === actor.userId ? 'withdraw' : 'reject',
            userId: actor.userId,
            partyId: actor.partyId,
            at,
            clauseId: s.clauseId,
            authorUserId: s.user,
            authorPartyId: s.party,
            suggestedAt: s.ts,
            inserted: s.inserted,
            deleted: s.deleted,
            confirmedStale: staleIds.has(s.id),
          })),
        );
        const closedPointIds =
          decision === 'accept' ? closePointsProposing(ctx.db, record.id, [...ids], at) : [];
        return { decisions, closedPointIds, cooperationId: record.cooperationId };
      })();
    },
    { userId: actor.userId },
  );
  ctx.collab.settle(documentId);
  return result;
}

/** The answer of a decision: the ids decided and the document's seq after it. */
export const decisionAnswer = (
  ctx: Pick<AppContext, 'store'>,
  documentId: string,
  result: DecidedSuggestions,
): DecideSuggestionsResponse => ({
  decided: result.decisions.map((d) => d.suggestionId),
  seq: ctx.store.latestSeq(documentId),
});
