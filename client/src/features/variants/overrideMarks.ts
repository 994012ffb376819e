import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { NODE } from '../../../../shared/schema/names.ts';

/** How a clause of a variant is marked: it differs from the master, or a master change waits on it. */
export type MarkKind = 'override' | 'flagged';

/** One mark per clause id, and the words and action of its margin button. */
export interface MarkSet {
  marks: ReadonlyMap<string, MarkKind>;
  label: (kind: MarkKind) => string;
  onOpen: (clauseId: string) => void;
}

interface MarksState {
  set: MarkSet;
  decorations: DecorationSet;
}

const key = new PluginKey<MarksState>('variantOverrideMarks');

const EMPTY: MarkSet = { marks: new Map(), label: () => '', onOpen: () => {} };

/** The margin button of a marked clause: opens its comparison with the master. */
function button(kind: MarkKind, clauseId: string, set: MarkSet): HTMLElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = `override-mark ${kind}`;
  el.contentEditable = 'false';
  el.dataset.overrideMark = clauseId;
  el.textContent = set.label(kind);
  el.addEventListener('mousedown', (e) => e.preventDefault());
  el.addEventListener('click', () => set.onOpen(clauseId));
  return el;
}

/** A class on each marked Pasal (a rule in the margin) and its button in the margin. */
function decorate(doc: PMNode, set: MarkSet): DecorationSet {
  if (!set.marks.size) return DecorationSet.empty;
  const out: Decoration[] = [];
  doc.forEach((node, pos) => {
    if (node.type.name !== NODE.clause) return;
    const id = String(node.attrs.id ?? '');
    const kind = set.marks.get(id);
    if (!kind) return;
    out.push(Decoration.node(pos, pos + node.nodeSize, { class: `variant-${kind}` }));
    out.push(
      Decoration.widget(pos + 1, () => button(kind, id, set), {
        side: -1,
        key: `${id}:${kind}:${set.label(kind)}`,
        ignoreSelection: true,
        stopEvent: () => true,
      }),
    );
  });
  return DecorationSet.create(doc, out);
}

function marksPlugin(): Plugin<MarksState> {
  return new Plugin<MarksState>({
    key,
    state: {
      init: () => ({ set: EMPTY, decorations: DecorationSet.empty }),
      apply(tr, previous, _old, state) {
        const set = (tr.getMeta(key) as MarkSet | undefined) ?? previous.set;
        if (set === previous.set && !tr.docChanged) return previous;
        // Only the top level is walked, and a widget of the same key keeps its element.
        return { set, decorations: decorate(state.doc, set) };
      },
    },
    props: { decorations: (state) => key.getState(state)?.decorations },
  });
}

/** Adds the marks' plugin to the editor; returns its removal. */
export function registerOverrideMarks(editor: Editor): () => void {
  editor.registerPlugin(marksPlugin());
  return () => {
    if (!editor.isDestroyed) editor.unregisterPlugin(key);
  };
}

/** Shows `set` in the editor (after {@link registerOverrideMarks}). */
export function showOverrideMarks(editor: Editor, set: MarkSet): void {
  if (editor.isDestroyed || !key.getState(editor.state)) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, set).setMeta('addToHistory', false));
}
