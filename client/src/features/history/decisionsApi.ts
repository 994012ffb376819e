import type { SuggestionDecisionList } from '../../../../shared/api/suggestions.ts';
import { api } from '../../app/http.ts';

export type { SuggestionDecisionDTO } from '../../../../shared/api/suggestions.ts';

/** The suggestions of a document accepted, rejected or withdrawn, newest first. */
export const getSuggestionDecisions = (documentId: string) =>
  api<SuggestionDecisionList>(
    'GET',
    `/api/documents/${encodeURIComponent(documentId)}/suggestions/decisions`,
  );
