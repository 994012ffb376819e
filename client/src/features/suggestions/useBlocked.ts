import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import {
  type BlockedCommand,
  blockedInSuggestMode,
  SUGGEST_MODE_BLOCKED,
} from '../../document/suggestMode.ts';
import { useLanguage } from '../../i18n/index.ts';

/**
 * Why a toolbar command is unavailable now, in the interface language: a structural command
 * that cannot be suggested safely while suggestion mode is on. Undefined: it is available.
 * The button shows the reason as its tooltip.
 */
export function useBlocked(editor: Editor): (command: BlockedCommand) => string | undefined {
  const language = useLanguage((s) => s.language);
  const blocked = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      (Object.keys(SUGGEST_MODE_BLOCKED) as BlockedCommand[])
        .filter((c) => blockedInSuggestMode(e, c))
        .join(),
  });
  return (command) =>
    blocked.split(',').includes(command) ? SUGGEST_MODE_BLOCKED[command][language] : undefined;
}
