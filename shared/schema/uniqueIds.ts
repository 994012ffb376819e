import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { newId } from '../ids.ts';
import { ID_NODES } from './names.ts';

export interface UniqueIdsOptions {
  /** Whether a transaction brings another device's change (the editor sets it from its Yjs binding). */
  isRemote: (tr: Transaction) => boolean;
}

/** Ids that another device's change left twice: this device does not rename them. */
const toleratedKey = new PluginKey<ReadonlySet<string>>('uniqueIds');

/**
 * Keeps the `id` of every clause, chapter and ayat present and unique: a pasted or split
 * clause gets a new id, the original keeps its own. Runs after each change, so ids never
 * need to be typed or repaired by hand.
 *
 * Not after another device's change: there, a Pasal twice is two people's moves of it at once,
 * which the device of one of them merges into one (moveRescue.ts). Renaming one copy here
 * (every device its own way, at its next keystroke) could take the id from the copy kept, and
 * with it the clause's approvals, history and the cross-references to it.
 */
export const UniqueIds = Extension.create<UniqueIdsOptions>({
  name: 'uniqueIds',
  addOptions: () => ({ isRemote: () => false }),
  addProseMirrorPlugins() {
    return [uniqueIdsPlugin(this.options.isRemote)];
  },
});

/** The plugin of `UniqueIds`. */
export function uniqueIdsPlugin(isRemote: (tr: Transaction) => boolean): Plugin<ReadonlySet<string>> {
  return new Plugin<ReadonlySet<string>>({
    key: toleratedKey,
    state: {
      init: () => new Set(),
      apply: (tr, tolerated, _old, state) =>
        tr.docChanged && isRemote(tr) ? duplicateIds(state.doc) : tolerated,
    },
    appendTransaction(transactions, _old, state) {
      if (!transactions.some((tr) => tr.docChanged && !isRemote(tr))) return null;
      const tolerated = toleratedKey.getState(state) ?? new Set();
      const seen = new Set<string>();
      const tr = state.tr;
      state.doc.descendants((node, pos) => {
        if (!ID_NODES.includes(node.type.name)) return true;
        const id = node.attrs.id as string | null;
        if (!id || (seen.has(id) && !tolerated.has(id)))
          tr.setNodeMarkup(pos, undefined, { ...node.attrs, id: newId() });
        else seen.add(id);
        return true;
      });
      return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
    },
  });
}

/** Ids that occur more than once in `doc`. */
function duplicateIds(doc: PMNode): ReadonlySet<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  doc.descendants((node) => {
    const id = ID_NODES.includes(node.type.name) ? (node.attrs.id as string | null) : null;
    if (id && seen.has(id)) twice.add(id);
    else if (id) seen.add(id);
    return true;
  });
  return twice;
}
