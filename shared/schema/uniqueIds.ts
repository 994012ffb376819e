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
      eachIdNode(state.doc, (node, pos, id) => {
        if (!id || (seen.has(id) && !tolerated.has(id)))
          tr.setNodeMarkup(pos, undefined, { ...node.attrs, id: newId() });
        else seen.add(id);
      });
      return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
    },
  });
}

/** A node that carries an id, at its position inside the top-level node it belongs to. */
type IdNode = [node: PMNode, offset: number];

/** Each top-level node's id-carrying nodes, kept while it is the same object (most survive a keystroke). */
const idNodesIn = new WeakMap<PMNode, IdNode[]>();

/** Calls `f` for every node that carries an id, in document order, with its position and id. */
function eachIdNode(doc: PMNode, f: (node: PMNode, pos: number, id: string | null) => void) {
  doc.forEach((top, topPos) => {
    let found = idNodesIn.get(top);
    if (!found) {
      const list: IdNode[] = ID_NODES.includes(top.type.name) ? [[top, 0]] : [];
      top.descendants((node, pos) => {
        if (ID_NODES.includes(node.type.name)) list.push([node, pos + 1]);
        return !node.isTextblock;
      });
      found = list;
      idNodesIn.set(top, found);
    }
    for (const [node, offset] of found) f(node, topPos + offset, node.attrs.id as string | null);
  });
}

/** Ids that occur more than once in `doc`. */
function duplicateIds(doc: PMNode): ReadonlySet<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  eachIdNode(doc, (_node, _pos, id) => {
    if (id && seen.has(id)) twice.add(id);
    else if (id) seen.add(id);
  });
  return twice;
}
