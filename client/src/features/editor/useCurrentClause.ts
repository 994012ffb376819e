import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { NODE } from '../../../../shared/schema/names.ts';
import { topLevelAt } from '../../document/topLevel.ts';

/** Id of the Pasal holding the cursor (null outside any Pasal). */
export function useCurrentClause(editor: Editor | null): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    if (!editor) return;
    const update = () => {
      const top = topLevelAt(editor.state.doc, editor.state.selection.from);
      setId(top?.node.type.name === NODE.clause ? String(top.node.attrs.id) : null);
    };
    update();
    editor.on('selectionUpdate', update);
    editor.on('update', update);
    return () => {
      editor.off('selectionUpdate', update);
      editor.off('update', update);
    };
  }, [editor]);
  return id;
}
