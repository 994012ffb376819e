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

/** Ids the server gives the parts outside the Pasal it merges like one (server/variants/units.ts). */
const PART_UNITS: Record<string, string> = {
  [NODE.preamble]: 'text:opening',
  [NODE.closing]: 'text:closing',
  [NODE.annex]: 'text:annex',
};

/** The merge unit a top-level node belongs to: a Pasal's id, `bab:<id>` for a BAB, or its part's. */
function unitIdOf(node: PMNode): string | null {
  const name = node.type.name;
  if (name === NODE.clause) return String(node.attrs.id ?? '');
  if (name === NODE.chapter) return node.attrs.id ? `bab:${node.attrs.id}` : null;
  return PART_UNITS[name] ?? null;
}

/**
 * A class on each marked Pasal, BAB or part outside the Pasal (a rule in the margin) and its
 * button in the margin, once per unit (an opening of several nodes has one).
 */
function decorate(doc: PMNode, set: MarkSet): DecorationSet {
  if (!set.marks.size) return DecorationSet.empty;
  const out: Decoration[] = [];
  const buttoned = new Set<string>();
  doc.forEach((node, pos) => {
    const id = unitIdOf(node);
    const kind = id ? set.marks.get(id) : undefined;
    if (!id || !kind) return;
    out.push(Decoration.node(pos, pos + node.nodeSize, { class: `variant-${kind}` }));
    if (buttoned.has(id)) return;
    buttoned.add(id);
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
