import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { type CSSProperties, useEffect, useState } from 'react';
import { isSuggestionMark, type SuggestionStamp } from '../../../../../shared/suggestions/index.ts';
import { useDateTime } from '../../../i18n/format.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useSuggestionsT } from '../messages.ts';
import { authorOf, partyStyles } from '../review.ts';
import '../suggestions.css';

/**
 * What every suggestion in the text needs beside its marks: its author party's colour (one rule
 * per party, by the `data-party` the marks carry) and, on hover or click, a card naming who
 * proposed it and when.
 */
export function SuggestionMarks({ screen }: { screen: EditorScreen }) {
  const { editor, cooperation } = screen;
  const t = useSuggestionsT();
  const at = useDateTime();
  const shown = useHoveredSuggestion(editor);
  const author = shown && authorOf(shown.stamp, cooperation.members, cooperation.parties);
  return (
    <>
      <style>{partyStyles('.sheet', cooperation.parties)}</style>
      {shown && author && (
        <div
          className="suggestion-hover"
          role="tooltip"
          style={
            {
              top: shown.top,
              left: shown.left,
              '--party': author.party?.color ?? 'var(--grey-dark)',
            } as CSSProperties
          }
        >
          {t('who.by', {
            name: author.name ?? t('who.unknown'),
            party: author.party?.shortName ?? '?',
            at: at(shown.stamp.ts),
          })}
        </div>
      )}
    </>
  );
}

interface Hovered {
  stamp: SuggestionStamp;
  top: number;
  left: number;
}

/** The suggestion under the pointer (or last clicked), with where to put its card. */
function useHoveredSuggestion(editor: Editor): Hovered | null {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  useEffect(() => {
    const dom = editor.view.dom;
    const show = (event: Event) => {
      const el = (event.target as Element | null)?.closest?.('[data-suggestion]');
      const id = el?.getAttribute('data-suggestion');
      const stamp = id ? stampById(editor.state.doc, id) : null;
      if (!el || !stamp) return setHovered(null);
      const rect = el.getBoundingClientRect();
      setHovered({ stamp, top: rect.bottom + 4, left: rect.left });
    };
    const hide = (event: MouseEvent) => {
      if (!(event.relatedTarget as Element | null)?.closest?.('[data-suggestion]')) setHovered(null);
    };
    dom.addEventListener('mouseover', show);
    dom.addEventListener('click', show);
    dom.addEventListener('mouseout', hide);
    return () => {
      dom.removeEventListener('mouseover', show);
      dom.removeEventListener('click', show);
      dom.removeEventListener('mouseout', hide);
    };
  }, [editor]);
  return hovered;
}

/** The stamp of suggestion `id` as its first piece in the document carries it (a mark or a block's attribute). */
export function stampById(doc: PMNode, id: string): SuggestionStamp | null {
  let found: SuggestionStamp | null = null;
  doc.descendants((node) => {
    if (found) return false;
    const block = node.attrs.suggestion as SuggestionStamp | null | undefined;
    if (block?.id === id) found = block;
    for (const mark of node.marks) {
      if (isSuggestionMark(mark.type.name) && mark.attrs.id === id) found = mark.attrs as SuggestionStamp;
    }
    return !found;
  });
  return found;
}
