import type { DecideSuggestionsBody, DecideSuggestionsResponse } from '../../../../shared/api/suggestions.ts';
import { ApiError, api } from '../../app/http.ts';

/** Which suggestions a decision takes: some by id, a Pasal's, a party's, or (none given) every one I may decide. */
export type SuggestionSelection = Pick<DecideSuggestionsBody, 'ids' | 'clauseId' | 'party'>;

/** A suggestion whose Pasal changed after it was made, and exactly the text deciding it removes. */
export interface StaleSuggestion {
  id: string;
  clauseId: string | null;
  removes: string;
}

/**
 * Accepts or rejects suggestions on the server, which writes the result into the live document
 * for everyone. Rejects with an {@link ApiError}; `suggestion.stale` carries what would be
 * removed ({@link staleOf}) and is answered by sending the same decision with `confirm`.
 */
export const decideSuggestions = (documentId: string, body: DecideSuggestionsBody) =>
  api<DecideSuggestionsResponse>(
    'POST',
    `/api/documents/${encodeURIComponent(documentId)}/suggestions/decisions`,
    body,
  );

/** The stale suggestions a 409 `suggestion.stale` lists, or null for any other failure. */
export function staleOf(error: unknown): StaleSuggestion[] | null {
  if (!(error instanceof ApiError) || error.id !== 'suggestion.stale') return null;
  const listed = (error.details as { suggestions?: unknown } | undefined)?.suggestions;
  if (!Array.isArray(listed)) return [];
  return listed.filter(
    (s): s is StaleSuggestion =>
      typeof s === 'object' && s !== null && typeof s.id === 'string' && typeof s.removes === 'string',
  );
}
