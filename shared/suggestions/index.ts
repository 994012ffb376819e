export {
  acceptAll,
  type Decision,
  decideSuggestions,
  hasSuggestions,
  normalised,
  rejectAll,
  type SuggestionFilter,
} from './decide.ts';
export { listSuggestions, pendingByClause, type SuggestionSummary } from './list.ts';
export * from './stamp.ts';
