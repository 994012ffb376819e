import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { YDOC } from '../../../shared/protocol.ts';
import { agreementExtensions } from '../../../shared/schema/extensions.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { UniqueIds } from '../../../shared/schema/uniqueIds.ts';
import { SafeCollaborationCaret } from './carets.ts';
import { ClauseRefWithView } from './clauseRefView.ts';
import { FootnoteNumbers, FootnoteWithView } from './footnotes.ts';
import { Numbering } from './numbering.ts';
import type { PresenceUser } from './presence.ts';
import { rebuildOnlyChangedNodes } from './remoteChanges.ts';
import { StructureKeys } from './structureKeys.ts';
import { type SuggestionAuthor, SuggestMode } from './suggestMode.ts';
import { VariableWithView } from './variableChips.ts';

export interface EditorSetup {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  user: PresenceUser;
  /** Tooltip of a broken cross-reference, in the interface language. */
  brokenRefLabel: () => string;
  onCrossReference: () => void;
  /** Opens the footnote at `pos` for editing (a click on its number). */
  onFootnote: (pos: number) => void;
  /** The label of footnote number `n`, in the interface language. */
  footnoteLabel: (n: number) => string;
  /**
   * Who suggests (the session's party and user ids, which the server checks) and whether the
   * member may only suggest (suggestion mode then stays on). Without it suggestion mode is off
   * until `configureSuggestMode` gives an author.
   */
  suggest?: { author: SuggestionAuthor | null; forced: boolean };
}

/** Another user's caret: a line in their party colour with their name and party. */
function renderCaret(user: Record<string, string>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = user.color ?? '';
  const label = document.createElement('div');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = user.color ?? '';
  label.textContent = user.party ? `${user.name} · ${user.party}` : (user.name ?? '');
  caret.append(label);
  return caret;
}

/**
 * The editor's extensions: THE shared list (`agreementExtensions`, so client and server use one
 * schema) with the client's node views swapped in for the cross-reference, the footnote and a
 * master's variable (a chip), plus collaboration on the Y.Doc's `body`, labelled carets (only
 * well-formed ones: carets.ts), derived numbering of clauses and of footnotes, and structure-aware keys.
 */
export function editorExtensions(setup: EditorSetup): AnyExtension[] {
  rebuildOnlyChangedNodes();
  const shared = agreementExtensions.map((ext) =>
    ext.name === NODE.clauseRef
      ? ClauseRefWithView(setup.brokenRefLabel)
      : ext.name === NODE.footnote
        ? FootnoteWithView(setup.onFootnote, setup.footnoteLabel)
        : ext.name === NODE.variable
          ? VariableWithView
          : ext.name === UniqueIds.name
            ? UniqueIds.configure({ isRemote: (tr) => tr.getMeta(ySyncPluginKey)?.isChangeOrigin === true })
            : ext,
  );
  return [
    ...shared,
    Collaboration.configure({ document: setup.ydoc, field: YDOC.body }),
    SafeCollaborationCaret.configure({
      provider: setup.provider,
      user: { ...setup.user },
      render: renderCaret,
    }),
    Numbering,
    FootnoteNumbers,
    StructureKeys.configure({ onCrossReference: setup.onCrossReference }),
    SuggestMode.configure({
      author: setup.suggest?.author ?? null,
      forced: setup.suggest?.forced ?? false,
      on: setup.suggest?.forced ?? false,
    }),
  ];
}
