import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { BubbleMenu } from '@tiptap/react/menus';
import { useOpenPanel } from '../../editor/useOpenPanel.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { selectionForPoint, usePointDraft } from '../pointDraft.ts';
import '../points.css';

/**
 * Shown over selected words in the document, also for commenters (the text is read-only for
 * them, yet selectable): the editor's own focus rule would hide it there.
 */
function hasWords({ state }: { state: EditorState }): boolean {
  const { from, to, empty } = state.selection;
  return !empty && state.doc.textBetween(from, to, ' ').trim().length > 0;
}

/**
 * "Tambah poin" over a text selection: hands the selected words (as the point's anchor and
 * quote) to the point form, opening the Poin tab when the form is not on screen.
 */
export function PointBubble({ editor }: { editor: Editor }) {
  const t = useMeetingsT();
  const openPanel = useOpenPanel();

  const raise = () => {
    const selection = selectionForPoint(editor);
    if (!selection) return;
    usePointDraft.getState().offer(selection);
    // The meeting room always shows its form; the editor shows it in the Poin tab.
    if (!document.querySelector('form.raise-point')) openPanel('poin');
  };

  return (
    <BubbleMenu
      editor={editor}
      pluginKey="pointBubble"
      shouldShow={hasWords}
      options={{ placement: 'top', offset: 6 }}
      className="point-bubble"
    >
      <button
        type="button"
        className="button small"
        title={t('points.bubbleHint')}
        data-testid="point-bubble"
        // Keeps the document's selection: a click on the button would otherwise move focus first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={raise}
      >
        {t('points.bubble')}
      </button>
    </BubbleMenu>
  );
}
