import { Fragment, type Node as PMNode, Slice } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ProsemirrorBinding, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** The parts of y-tiptap's binding that this file reads (it is not typed for use from outside). */
interface Binding {
  type: Y.XmlFragment;
  doc: Y.Doc;
  mapping: Map<Y.AbstractType<unknown>, PMNode>;
  mux: (f: () => void, g?: () => void) => void;
  prosemirrorView: EditorView | null;
}

type TypeChanged = (this: Binding, events: Y.YEvent<Y.XmlFragment>[], transaction: Y.Transaction) => void;

/** What the binding has seen of its Y.Doc since its node map was last rebuilt whole. */
interface Seen {
  /** A change to the body reached the Y.Doc without passing through the binding. */
  missed: boolean;
  /** The last Yjs transaction the binding took in. */
  handled: Y.Transaction | null;
}

const seenBy = new WeakMap<Binding, Seen>();

/**
 * Watches every transaction of the binding's Y.Doc: one that changed the body and that the
 * binding neither made nor took in marks its node map as not to be trusted. That happens when
 * a change arrives while the binding holds its lock: the binding's observer then returns
 * without reading it (a transaction started by an observer of the binding's own transaction,
 * for instance), and the nodes of the types it changed would stay as they were.
 */
function seenOf(binding: Binding): Seen {
  let seen = seenBy.get(binding);
  if (seen) return seen;
  const state: Seen = { missed: false, handled: null };
  binding.doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr === state.handled || tr.origin === ySyncPluginKey) return;
    if (
      tr.changedParentTypes.has(binding.type as unknown as Y.AbstractType<Y.YEvent<Y.AbstractType<unknown>>>)
    )
      state.missed = true;
  });
  seen = state;
  seenBy.set(binding, seen);
  return seen;
}

/** Whether the binding's lock is free now (a call that takes it and gives it back at once). */
function lockFree(binding: Binding): boolean {
  let free = false;
  binding.mux(() => {
    free = true;
  });
  return free;
}

/** Whether `transaction` changed only texts, or types outside the body (the meta, the moves). */
function onlyText(transaction: Y.Transaction, body: Y.XmlFragment): boolean {
  for (const type of transaction.changed.keys()) {
    if (type instanceof Y.XmlText) continue;
    if ((type as unknown) === body) return false;
    for (let item = type._item; item; item = (item.parent as Y.AbstractType<unknown>)._item)
      if (item.parent === body) return false;
  }
  return true;
}

/**
 * Replaces the document's top-level nodes from the first one that is not the same object to
 * the last one that is not, instead of the whole document: the same document results, and the
 * step says what changed, so decorations map through it and only the touched Pasal are drawn
 * and read again. Null when the replacement is not a whole document's or is not a simple one.
 */
export function replaceChangedTopLevel(
  tr: Transaction,
  from: number,
  to: number,
  slice: Slice,
  replace: (from: number, to: number, slice: Slice) => Transaction,
): Transaction | null {
  const old = tr.doc.content;
  const next = slice.content;
  if (from !== 0 || to !== old.size || slice.openStart !== 0 || slice.openEnd !== 0) return null;
  const shortest = Math.min(old.childCount, next.childCount);
  let start = 0;
  let fromPos = 0;
  while (start < shortest && old.child(start) === next.child(start)) fromPos += old.child(start++).nodeSize;
  let endOld = old.childCount;
  let endNew = next.childCount;
  let toPos = old.size;
  while (endOld > start && endNew > start && old.child(endOld - 1) === next.child(endNew - 1)) {
    toPos -= old.child(--endOld).nodeSize;
    endNew--;
  }
  if (start === endOld && start === endNew) return tr;
  const changed: PMNode[] = [];
  for (let i = start; i < endNew; i++) changed.push(next.child(i));
  const content = Fragment.from(changed);
  if (!tr.doc.canReplace(start, endOld, content)) return null;
  return replace.call(tr, fromPos, toPos, new Slice(content, 0, 0));
}

/**
 * y-tiptap (3.0.9) draws the whole document again for every change from Yjs: its binding
 * clears the Y ↔ ProseMirror node map, rebuilds every node and replaces the whole document,
 * so ProseMirror compares every node of the page and every plugin reads the document whole.
 * In a 100-Pasal agreement with five people typing that is most of the main thread's time.
 *
 * Here, when a change only touched text, the node map is kept: the binding still drops the
 * changed texts and their ancestors from it, so only the paragraph typed in and the nodes
 * above it are built again and untouched Pasal stay the same objects. The map is cleared as
 * before after a structural change, and after any change to the body that the binding did not
 * take in (it holds a lock while it writes, and drops what arrives meanwhile; the full rebuild
 * of the next change is what caught such a change up, so it stays). And the replacement
 * covers only the top-level nodes that are not the same objects.
 */
export function rebuildOnlyChangedNodes(): void {
  const proto = ProsemirrorBinding.prototype as unknown as {
    _typeChanged: TypeChanged;
    __sepakatNodes?: true;
  };
  if (proto.__sepakatNodes) return;
  proto.__sepakatNodes = true;
  const typeChanged = proto._typeChanged;
  proto._typeChanged = function (events, transaction) {
    const seen = seenOf(this);
    if (!this.prosemirrorView || !lockFree(this)) return typeChanged.call(this, events, transaction);
    seen.handled = transaction;
    const keep = !seen.missed && onlyText(transaction, this.type);
    seen.missed = false;
    if (!keep) return typeChanged.call(this, events, transaction);
    const mapping = this.mapping;
    // An own property shadows Map.prototype.clear for this one call.
    Object.defineProperty(mapping, 'clear', { value: () => {}, configurable: true });
    try {
      typeChanged.call(this, events, transaction);
    } finally {
      delete (mapping as { clear?: unknown }).clear;
    }
  };
  const trGetter = Object.getOwnPropertyDescriptor(ProsemirrorBinding.prototype, '_tr')?.get;
  if (!trGetter) return;
  Object.defineProperty(ProsemirrorBinding.prototype, '_tr', {
    configurable: true,
    get(this: Binding) {
      const tr = trGetter.call(this) as Transaction;
      const replace = tr.replace;
      tr.replace = (from: number, to: number, slice: Slice) =>
        replaceChangedTopLevel(tr, from, to, slice, replace) ?? replace.call(tr, from, to, slice);
      return tr;
    },
  });
}
