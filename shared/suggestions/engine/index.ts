export { type SuggestionAuthor, type SuggestOptions, Unsuggestable } from './context.ts';
export { withoutInheritedSuggestions } from './direct.ts';
export { suggestTransaction } from './suggest.ts';
