import { useEditorState } from '@tiptap/react';
import { suggestModeOf } from '../../../document/suggestMode.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useSuggestionsT } from '../messages.ts';

/**
 * The toolbar's mode: Menyunting (typing changes the text) or Menyarankan (typing proposes),
 * always in words. An editor switches it with a click (the tooltip says to what); a member who
 * may only suggest sees it locked on.
 */
export function SuggestModeSwitch({ screen }: { screen: EditorScreen }) {
  const t = useSuggestionsT();
  const { editor, editable } = screen;
  const mode = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const m = suggestModeOf(e);
      return { on: m.on, forced: m.forced, ready: m.author !== null };
    },
  });
  if (!editable) return null;
  if (mode.forced)
    return (
      <div className="suggest-mode" data-mode="suggesting">
        <span className="locked" title={t('mode.locked')}>
          <span className="suggest-mode-dot" aria-hidden="true" />
          {t('mode.suggesting')}
          <span className="visually-hidden"> — {t('mode.locked')}</span>
        </span>
      </div>
    );
  return (
    <div className="suggest-mode" data-mode={mode.on ? 'suggesting' : 'editing'}>
      <button
        type="button"
        className="button quiet suggest-mode-switch"
        title={mode.on ? t('mode.toEdit') : t('mode.toSuggest')}
        disabled={!mode.on && !mode.ready}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.chain().focus().setSuggestMode(!mode.on).run()}
      >
        <span className="suggest-mode-dot" aria-hidden="true" />
        <span className="visually-hidden">{t('mode.label')}: </span>
        {mode.on ? t('mode.suggesting') : t('mode.editing')}
      </button>
    </div>
  );
}
