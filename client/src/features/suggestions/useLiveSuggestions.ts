import type { Editor } from '@tiptap/core';
import { useSyncExternalStore } from 'react';
import type { PMJSON } from '../../../../shared/clauses.ts';
import { listSuggestions, type SuggestionSummary } from '../../../../shared/suggestions/index.ts';

/** How long the text rests before the list is read again: typing stays fluid in a long document. */
const SETTLE_MS = 250;

/** One reading of an editor's suggestions, shared by every screen part that shows them. */
interface LiveList {
  list: SuggestionSummary[];
  listeners: Set<() => void>;
  subscribe(listener: () => void): () => void;
}

const lists = new WeakMap<Editor, LiveList>();

/** The editor's shared list: read once a moment after each change while anyone listens. */
function liveListOf(editor: Editor): LiveList {
  const known = lists.get(editor);
  if (known) return known;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = () => listSuggestions(editor.getJSON() as PMJSON);
  const live: LiveList = {
    list: read(),
    listeners: new Set(),
    subscribe(listener) {
      if (live.listeners.size === 0) {
        editor.on('update', changed);
        live.list = read();
      }
      live.listeners.add(listener);
      return () => {
        live.listeners.delete(listener);
        if (live.listeners.size > 0) return;
        clearTimeout(timer);
        editor.off('update', changed);
      };
    },
  };
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      live.list = read();
      for (const listener of live.listeners) listener();
    }, SETTLE_MS);
  }
  lists.set(editor, live);
  return live;
}

/**
 * The document's pending suggestions, read from the live editor and read again a moment after
 * each change (mine or anyone's), so the review panel, the approvals and the Word menu follow
 * the text without a server call; they share one reading of the document.
 */
export function useLiveSuggestions(editor: Editor): SuggestionSummary[] {
  const live = liveListOf(editor);
  return useSyncExternalStore(live.subscribe, () => live.list);
}
