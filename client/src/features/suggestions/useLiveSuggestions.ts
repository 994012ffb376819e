import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { PMJSON } from '../../../../shared/clauses.ts';
import { listSuggestions, type SuggestionSummary } from '../../../../shared/suggestions/index.ts';

/** How long the text rests before the list is read again: typing stays fluid in a long document. */
const SETTLE_MS = 250;

/**
 * The document's pending suggestions, read from the live editor and read again a moment after
 * each change (mine or anyone's), so the review panel follows the text without a server call.
 */
export function useLiveSuggestions(editor: Editor): SuggestionSummary[] {
  const read = () => listSuggestions(editor.getJSON() as PMJSON);
  const [list, setList] = useState<SuggestionSummary[]>(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` only closes over `editor`.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setList(read()), SETTLE_MS);
    };
    setList(read());
    editor.on('update', changed);
    return () => {
      clearTimeout(timer);
      editor.off('update', changed);
    };
  }, [editor]);
  return list;
}
