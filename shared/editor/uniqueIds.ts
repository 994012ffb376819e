import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { newId } from '../ids.ts';
import { ID_NODES } from './names.ts';

/**
 * Keeps the `id` of every clause, chapter and ayat present and unique: a pasted or split
 * clause gets a new id, the original keeps its own. Runs after each change, so ids never
 * need to be typed or repaired by hand.
 */
export const UniqueIds = Extension.create({
  name: 'uniqueIds',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('uniqueIds'),
        appendTransaction(transactions, _old, state) {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          const seen = new Set<string>();
          const tr = state.tr;
          state.doc.descendants((node, pos) => {
            if (!ID_NODES.includes(node.type.name)) return true;
            const id = node.attrs.id as string | null;
            if (!id || seen.has(id)) tr.setNodeMarkup(pos, undefined, { ...node.attrs, id: newId() });
            else seen.add(id);
            return true;
          });
          return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
        },
      }),
    ];
  },
});
