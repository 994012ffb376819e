import { Extension, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type Decoration as PMDecoration } from '@tiptap/pm/view';
import { NODE } from '../../../shared/schema/names.ts';
import { Footnote } from '../../../shared/schema/nodes/footnote.ts';

/** One footnote of the document: where it is, its number (its place among the footnotes) and its text. */
export interface FootnoteEntry {
  pos: number;
  number: number;
  text: string;
}

interface NumbersState {
  notes: FootnoteEntry[];
  decorations: DecorationSet;
}

const numbersKey = new PluginKey<NumbersState>('footnoteNumbers');

/** Each top-level node's footnotes as [offset inside it, text], kept while it is the same object. */
const notesIn = new WeakMap<PMNode, [number, string][]>();

function topNotes(top: PMNode): [number, string][] {
  let notes = notesIn.get(top);
  if (notes) return notes;
  const found: [number, string][] = [];
  top.descendants((node, pos) => {
    if (node.type.name !== NODE.footnote) return !node.isTextblock || node.childCount > 0;
    found.push([pos + 1, String(node.attrs.text ?? '')]);
    return false;
  });
  notes = found;
  notesIn.set(top, notes);
  return notes;
}

const sameNotes = (a: FootnoteEntry[], b: FootnoteEntry[]) =>
  a.length === b.length && a.every((n, i) => n.pos === b[i]!.pos && n.text === b[i]!.text);

/**
 * The footnotes of `doc`, read from each top-level node's kept list (a keystroke or a change
 * from Yjs builds one Pasal anew), and `previous` itself while they are where they were.
 */
function numbersOf(doc: PMNode, previous?: NumbersState): NumbersState {
  const notes: FootnoteEntry[] = [];
  doc.forEach((top, topPos) => {
    for (const [offset, text] of topNotes(top))
      notes.push({ pos: topPos + offset, number: notes.length + 1, text });
  });
  if (previous && sameNotes(previous.notes, notes)) return previous;
  const decorations = notes.map((n) => {
    const node = doc.nodeAt(n.pos);
    return Decoration.node(n.pos, n.pos + (node?.nodeSize ?? 1), {}, { footnoteNumber: n.number });
  });
  return { notes, decorations: DecorationSet.create(doc, decorations) };
}

/** The footnotes of an editor state, in document order (the list under the page shows them). */
export const footnotesOf = (state: EditorState): FootnoteEntry[] => numbersKey.getState(state)?.notes ?? [];

/**
 * Numbers the footnotes 1, 2, … by their position, as Word prints them: a decoration on each
 * footnote carries its number to the node view, so every mark renumbers when one is added or
 * removed anywhere.
 */
export const FootnoteNumbers = Extension.create({
  name: 'footnoteNumbers',
  addProseMirrorPlugins: () => [
    new Plugin<NumbersState>({
      key: numbersKey,
      state: {
        init: (_, state) => numbersOf(state.doc),
        apply: (tr, old) => (tr.docChanged ? numbersOf(tr.doc, old) : old),
      },
      props: { decorations: (state) => numbersKey.getState(state)?.decorations },
    }),
  ],
});

const numberOf = (decorations: readonly PMDecoration[]) => {
  for (const d of decorations) {
    const n = (d.spec as { footnoteNumber?: number }).footnoteNumber;
    if (n) return n;
  }
  return null;
};

/**
 * A footnote in the text: its number, raised, as a button; its text as the tooltip. Clicking
 * it (or Enter on it) asks `onEdit` to open the footnote's text for editing.
 */
export function footnoteView(onEdit: (pos: number) => void, label: (n: number) => string) {
  return ({ node, decorations, getPos }: NodeViewRendererProps) => {
    const dom = document.createElement('sup');
    dom.className = 'footnote-ref';
    dom.contentEditable = 'false';
    dom.setAttribute('role', 'button');
    dom.tabIndex = 0;
    const render = (n: PMNode, decos: readonly PMDecoration[]) => {
      const number = numberOf(decos);
      dom.textContent = number ? String(number) : '*';
      dom.title = String(n.attrs.text ?? '');
      dom.setAttribute('aria-label', number ? label(number) : label(0));
    };
    const open = () => {
      const pos = getPos();
      if (typeof pos === 'number') onEdit(pos);
    };
    dom.addEventListener('click', open);
    dom.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      open();
    });
    render(node as PMNode, decorations as readonly PMDecoration[]);
    return {
      dom,
      update: (n: PMNode, decos: readonly PMDecoration[]) => {
        if (n.type.name !== NODE.footnote) return false;
        render(n, decos);
        return true;
      },
      ignoreMutation: () => true,
    };
  };
}

/** The shared Footnote node with the client's view on top (same schema, one list). */
export const FootnoteWithView = (onEdit: (pos: number) => void, label: (n: number) => string) =>
  Footnote.extend({ addNodeView: () => footnoteView(onEdit, label) });
