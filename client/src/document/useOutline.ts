import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { DocumentOutline } from '../../../shared/clauses.ts';
import { outlineFromState } from './numbering.ts';

/** The live outline (Pasal numbers and headings) of the editor's document. */
export function useOutline(editor: Editor | null): DocumentOutline {
  const [outline, setOutline] = useState<DocumentOutline>(() =>
    editor ? outlineFromState(editor.state) : { clauses: [], chapters: [] },
  );
  useEffect(() => {
    if (!editor) return;
    const update = () => setOutline(outlineFromState(editor.state));
    update();
    // The numbering plugin keeps the same object while the document is unchanged, so
    // transactions that only move the cursor cause no re-render.
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor]);
  return outline;
}
