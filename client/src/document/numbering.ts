import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
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

/** Lookups of one outline: its Pasal and BAB by their index among the top-level nodes. */
interface Numbers {
  outline: DocumentOutline;
  clauseByIndex: Map<number, DocumentOutline['clauses'][number]>;
  chapterByIndex: Map<number, DocumentOutline['chapters'][number]>;
}

const numbersOf = (outline: DocumentOutline): Numbers => ({
  outline,
  clauseByIndex: new Map(outline.clauses.map((c) => [c.index, c])),
  chapterByIndex: new Map(outline.chapters.map((c) => [c.index, c])),
});

/** The decorations of one top-level node (the `index`th, at `pos`): they depend on it and the outline alone. */
function decorateTop(node: PMNode, pos: number, index: number, numbers: Numbers, out: Decoration[]) {
  const clause = numbers.clauseByIndex.get(index);
  const chapter = numbers.chapterByIndex.get(index);
  const ayatNumbers = new Map<PMNode, number>();
  if (clause) {
    out.push(
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
    out.push(Decoration.node(pos, pos + node.nodeSize, { 'data-bab': `BAB ${chapter.roman}` }));
  }
  decorateLists(node, pos, out, ayatNumbers);

  // A reference reads "ayat (1)" inside its own Pasal, so each is read with the Pasal it sits in.
  const from = node.type.name === NODE.clause ? String(node.attrs.id ?? '') : null;
  node.descendants((child, offset) => {
    if (child.type.name !== NODE.clauseRef) return !child.isInline;
    const refText = referenceText(
      numbers.outline,
      String(child.attrs.clauseId ?? ''),
      child.attrs.ayat ?? null,
      from,
    );
    const spec: ClauseRefSpec = { refText };
    const at = pos + 1 + offset;
    out.push(Decoration.node(at, at + child.nodeSize, refText ? {} : { class: 'clause-ref-broken' }, spec));
    return false;
  });
}

/**
 * Each top-level node's JSON, kept while the node is the same object: a change from Yjs or a
 * keystroke builds one Pasal anew and leaves the others as they were, so reading the outline
 * after it writes out only that Pasal.
 */
const topJson = new WeakMap<PMNode, PMJSON>();

/** The document as JSON for `outlineOf`, from the top-level nodes' kept JSON. */
function docJson(doc: PMNode): PMJSON {
  const content: PMJSON[] = [];
  doc.forEach((node) => {
    let json = topJson.get(node);
    if (!json) {
      json = node.toJSON() as PMJSON;
      topJson.set(node, json);
    }
    content.push(json);
  });
  return { type: doc.type.name, content };
}

/**
 * The ranges of `tr`'s document that its steps wrote, widened to whole top-level nodes, as
 * [from, to, index of the first node]: what must be decorated again after the rest is mapped.
 */
function touchedTopLevel(tr: Transaction): [number, number, number][] {
  const ranges: [number, number][] = [];
  tr.mapping.maps.forEach((map, i) => {
    const after = tr.mapping.slice(i + 1);
    map.forEach((_from, _to, start, end) => {
      ranges.push([after.map(start, -1), after.map(end, 1)]);
    });
  });
  const touched: [number, number, number][] = [];
  tr.doc.forEach((node, start, index) => {
    const end = start + node.nodeSize;
    if (ranges.some(([from, to]) => from <= end && to >= start)) touched.push([start, end, index]);
  });
  return touched;
}

/**
 * Numbers shown in the editor — "Pasal 3", "BAB II", "(1)", "a." and cross-reference text —
 * as decorations computed from `outlineOf`, the one numbering the API and the export use.
 * They are never part of the document, so nobody can type over them.
 *
 * With `previous` and the transaction `tr` that led to `doc`: while the outline stays as it
 * was (typing in a paragraph), the previous decorations are mapped through `tr` and only the
 * top-level nodes it wrote are decorated again, so a keystroke costs one Pasal, not the document.
 */
export function computeNumbering(doc: PMNode, previous?: NumberingState, tr?: Transaction): NumberingState {
  const fresh = outlineOf(docJson(doc));
  // Typing in a paragraph leaves the outline as it was: the same object then, so that the
  // outline, the approval marks and every panel reading it do not render again per keystroke.
  const same = previous !== undefined && sameOutline(previous.outline, fresh);
  const outline = same ? previous.outline : fresh;
  const numbers = numbersOf(outline);
  if (same && tr) {
    const touched = touchedTopLevel(tr);
    let decorations = previous.decorations.map(tr.mapping, doc);
    const stale: Decoration[] = [];
    const added: Decoration[] = [];
    for (const [from, to, index] of touched) {
      for (const d of decorations.find(from, to)) if (d.from >= from && d.to <= to) stale.push(d);
      decorateTop(doc.child(index), from, index, numbers, added);
    }
    decorations = decorations.remove(stale).add(doc, added);
    return { outline, decorations };
  }
  const decorations: Decoration[] = [];
  doc.forEach((node, pos, index) => {
    decorateTop(node, pos, index, numbers, decorations);
  });
  return { outline, decorations: DecorationSet.create(doc, decorations) };
}

function sameOutline(a: DocumentOutline, b: DocumentOutline): boolean {
  if (a.clauses.length !== b.clauses.length || a.chapters.length !== b.chapters.length) return false;
  for (let i = 0; i < a.chapters.length; i++) {
    const [x, y] = [a.chapters[i]!, b.chapters[i]!];
    if (x.id !== y.id || x.title !== y.title || x.index !== y.index) return false;
  }
  for (let i = 0; i < a.clauses.length; i++) {
    const [x, y] = [a.clauses[i]!, b.clauses[i]!];
    if (x.id !== y.id || x.heading !== y.heading || x.index !== y.index || x.chapterId !== y.chapterId)
      return false;
    if (x.ayat.length !== y.ayat.length) return false;
    for (let k = 0; k < x.ayat.length; k++) if (x.ayat[k]!.id !== y.ayat[k]!.id) return false;
  }
  return true;
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
            tr.docChanged ? computeNumbering(state.doc, previous, tr) : previous,
        },
        props: {
          decorations: (state) => numberingKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
