import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  type DocumentOutline,
  outlineOf,
  type PMJSON,
  referenceText,
  toLetter,
} from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';

/** What the numbering plugin knows about the current document. */
export interface NumberingState {
  outline: DocumentOutline;
  decorations: DecorationSet;
}

/** Read the outline and decorations with `numberingKey.getState(editor.state)`. */
export const numberingKey = new PluginKey<NumberingState>('numbering');

/** Decoration spec of a cross-reference: the text to show, or null when its target is gone. */
export interface ClauseRefSpec {
  refText: string | null;
}

/**
 * Labels of list items: letters of a letter list by position ("a.", "b."), ayat by the
 * clause's numbering when they belong to it, else by position within their own list.
 */
function decorateLists(node: PMNode, pos: number, out: Decoration[], ayatNumbers: Map<PMNode, number>) {
  const visit = (list: PMNode, at: number) => {
    if (list.type.name !== NODE.letterList && list.type.name !== NODE.ayatList) return;
    list.forEach((item, itemOffset, index) => {
      const itemPos = at + 1 + itemOffset;
      const label =
        item.type.name === NODE.letterItem
          ? `${toLetter(index)}.`
          : `(${ayatNumbers.get(item) ?? index + 1})`;
      out.push(Decoration.node(itemPos, itemPos + item.nodeSize, { 'data-label': label }));
    });
  };
  visit(node, pos);
  node.descendants((child, offset) => {
    visit(child, pos + 1 + offset);
    return !child.isTextblock;
  });
}

/**
 * Numbers shown in the editor — "Pasal 3", "BAB II", "(1)", "a." and cross-reference text —
 * as decorations computed from `outlineOf`, the one numbering the API and the export use.
 * They are never part of the document, so nobody can type over them.
 */
export function computeNumbering(doc: PMNode, previous?: NumberingState): NumberingState {
  const fresh = outlineOf(doc.toJSON() as PMJSON);
  // Typing in a paragraph leaves the outline as it was: the same object then, so that the
  // outline, the approval marks and every panel reading it do not render again per keystroke.
  const outline = previous && sameOutline(previous.outline, fresh) ? previous.outline : fresh;
  const decorations: Decoration[] = [];
  const clauseByIndex = new Map(outline.clauses.map((c) => [c.index, c]));
  const chapterByIndex = new Map(outline.chapters.map((c) => [c.index, c]));
  const ayatNumbers = new Map<PMNode, number>();

  doc.forEach((node, pos, index) => {
    const clause = clauseByIndex.get(index);
    const chapter = chapterByIndex.get(index);
    if (clause) {
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, {
          'data-pasal': `Pasal ${clause.number}`,
          'data-clause-id': clause.id,
        }),
      );
      // The clause's first-level ayat, in the order outlineOf numbered them.
      let k = 0;
      node.forEach((block) => {
        if (block.type.name !== NODE.ayatList) return;
        block.forEach((item) => {
          ayatNumbers.set(item, clause.ayat[k++]?.number ?? k);
        });
      });
    } else if (chapter) {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-bab': `BAB ${chapter.roman}` }));
    }
    decorateLists(node, pos, decorations, ayatNumbers);
  });

  // A reference reads "ayat (1)" inside its own Pasal, so each is read with the Pasal it sits in.
  doc.forEach((top, topPos) => {
    const from = top.type.name === NODE.clause ? String(top.attrs.id ?? '') : null;
    top.descendants((node, offset) => {
      if (node.type.name !== NODE.clauseRef) return !node.isInline;
      const refText = referenceText(
        outline,
        String(node.attrs.clauseId ?? ''),
        node.attrs.ayat ?? null,
        from,
      );
      const spec: ClauseRefSpec = { refText };
      const pos = topPos + 1 + offset;
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, refText ? {} : { class: 'clause-ref-broken' }, spec),
      );
      return false;
    });
  });

  return { outline, decorations: DecorationSet.create(doc, decorations) };
}

function sameOutline(a: DocumentOutline, b: DocumentOutline): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The outline of the editor's document (numbers derived from position). */
export function outlineFromState(state: EditorState): DocumentOutline {
  return numberingKey.getState(state)?.outline ?? { clauses: [], chapters: [] };
}

/** Tiptap extension that keeps the numbering decorations current. */
export const Numbering = Extension.create({
  name: 'numbering',
  addProseMirrorPlugins() {
    return [
      new Plugin<NumberingState>({
        key: numberingKey,
        state: {
          init: (_config, state) => computeNumbering(state.doc),
          apply: (tr, previous, _old, state) =>
            tr.docChanged ? computeNumbering(state.doc, previous) : previous,
        },
        props: {
          decorations: (state) => numberingKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
