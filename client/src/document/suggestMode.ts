import { type Editor, Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  type SuggestionAuthor,
  suggestTransaction,
  withoutInheritedSuggestions,
} from '../../../shared/suggestions/engine/index.ts';

export type { SuggestionAuthor } from '../../../shared/suggestions/engine/index.ts';

/** Whether the editor writes suggestions, and as whom. */
export interface SuggestModeState {
  /** Suggestion mode is on: every local change is written as a suggestion. */
  on: boolean;
  /** The member may only suggest: the mode stays on. */
  forced: boolean;
  /** The session's party and user ids, which the server checks on every stamp (null: unknown, nothing can be suggested). */
  author: SuggestionAuthor | null;
}

export interface SuggestModeOptions {
  author: SuggestionAuthor | null;
  forced: boolean;
  /** Whether an editor starts in suggestion mode. */
  on: boolean;
}

/** The suggestion-mode plugin's key: its state is a {@link SuggestModeState}. */
export const suggestModeKey = new PluginKey<SuggestModeState>('suggestMode');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestMode: {
      /** Turns suggestion mode on or off (a suggest-only member cannot turn it off; without an author it cannot go on). */
      setSuggestMode: (on: boolean) => ReturnType;
      toggleSuggestMode: () => ReturnType;
      /** Sets who suggests and whether they may only suggest (when the session or the member's role changes). */
      configureSuggestMode: (change: { author?: SuggestionAuthor | null; forced?: boolean }) => ReturnType;
    };
  }
}

const settled = (s: SuggestModeState): SuggestModeState => (s.forced ? { ...s, on: true } : s);

/** The editor's suggestion mode (off when the extension is not there). */
export function suggestModeOf(editor: Editor): SuggestModeState {
  return suggestModeKey.getState(editor.state) ?? { on: false, forced: false, author: null };
}

/** Whether the editor writes suggestions now. */
export const isSuggesting = (editor: Editor) => suggestModeOf(editor).on;

/** Changes made by others (y-sync, which also carries undo and redo) are never rewritten. */
const fromYjs = (tr: Transaction) => tr.getMeta(ySyncPluginKey)?.isChangeOrigin === true;

/** The plugin that holds the mode (its state is a {@link SuggestModeState}). */
export function suggestModePlugin(initial: SuggestModeState): Plugin<SuggestModeState> {
  return new Plugin<SuggestModeState>({
    key: suggestModeKey,
    state: {
      init: () => settled(initial),
      apply: (tr, value) => (tr.getMeta(suggestModeKey) as SuggestModeState | undefined) ?? value,
    },
  });
}

/** The mode after switching it `on` or off, or null when that is not allowed (forced on, or no author to suggest as). */
export function switched(current: SuggestModeState, on: boolean): SuggestModeState | null {
  if ((current.forced && !on) || (on && !current.author)) return null;
  return { ...current, on };
}

/**
 * What the editor dispatches for `tr`, made on `state`: in suggestion mode the engine's
 * rewrite (null, nothing, when it cannot be suggested or no author is known), out of it `tr`
 * with no inherited suggestion on what it inserts; changes from Yjs (remote, undo, redo) as they are.
 */
export function suggestedDispatch(state: EditorState, tr: Transaction): Transaction | null {
  if (!tr.docChanged || fromYjs(tr)) return tr;
  const mode = suggestModeKey.getState(state);
  if (!mode?.on) return withoutInheritedSuggestions(tr);
  return mode.author ? suggestTransaction(state, tr, mode.author) : null;
}

/**
 * Suggestion mode. In it every local change is rewritten by the suggestion engine
 * (`shared/suggestions/engine/`): typed text becomes the author's insertion, deleted text is
 * struck, Enter proposes a split, Backspace at a block's start a join, bold a format change. A
 * change the engine cannot write as a suggestion (a move, an indent, a table's structure) is
 * dropped. Out of it, text written directly never carries a suggestion mark it inherited.
 * Remote changes, undo and redo (all through y-sync) pass untouched.
 */
export const SuggestMode = Extension.create<SuggestModeOptions>({
  name: 'suggestMode',
  addOptions: () => ({ author: null, forced: false, on: false }),

  addCommands() {
    return {
      setSuggestMode:
        (on) =>
        ({ state, tr, dispatch }) => {
          const current = suggestModeKey.getState(state);
          const next = current && switched(current, on);
          if (!next) return false;
          if (dispatch) tr.setMeta(suggestModeKey, next);
          return true;
        },
      toggleSuggestMode:
        () =>
        ({ state, commands }) =>
          commands.setSuggestMode(!suggestModeKey.getState(state)?.on),
      configureSuggestMode:
        (change) =>
        ({ state, tr, dispatch }) => {
          const current = suggestModeKey.getState(state);
          if (!current) return false;
          if (dispatch) tr.setMeta(suggestModeKey, settled({ ...current, ...change }));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [suggestModePlugin(this.options)];
  },

  dispatchTransaction({ transaction, next }) {
    const out = suggestedDispatch(this.editor.state, transaction);
    if (out) next(out);
  },
});

/** A bilingual reason, Bahasa Indonesia first. */
export interface BlockedReason {
  id: string;
  en: string;
}

/**
 * Commands that cannot be written as a suggestion, so suggestion mode refuses them: the UI
 * disables their buttons with the reason as tooltip. (The engine refuses their transactions
 * too; a Pasal move bypasses ProseMirror, so `applyClauseMove` asks {@link blockedInSuggestMode}.)
 */
export const SUGGEST_MODE_BLOCKED = {
  moveClause: {
    id: 'Memindahkan Pasal tidak dapat diusulkan: matikan mode saran untuk memindahkannya.',
    en: 'Moving a Pasal cannot be suggested: turn suggestion mode off to move it.',
  },
  indent: {
    id: 'Menjorokkan atau mengangkat ayat dan huruf tidak dapat diusulkan dalam mode saran.',
    en: 'Indenting or lifting an ayat or letter cannot be suggested in suggestion mode.',
  },
  list: {
    id: 'Membuat atau melepas daftar ayat tidak dapat diusulkan dalam mode saran.',
    en: 'Making or removing an ayat list cannot be suggested in suggestion mode.',
  },
  table: {
    id: 'Mengubah susunan tabel (baris, kolom) tidak dapat diusulkan dalam mode saran.',
    en: 'Changing a table’s structure (rows, columns) cannot be suggested in suggestion mode.',
  },
} as const satisfies Record<string, BlockedReason>;

export type BlockedCommand = keyof typeof SUGGEST_MODE_BLOCKED;

/** Why `command` is unavailable in the editor now (null: it is available). */
export function blockedInSuggestMode(editor: Editor, command: BlockedCommand): BlockedReason | null {
  return isSuggesting(editor) ? SUGGEST_MODE_BLOCKED[command] : null;
}
