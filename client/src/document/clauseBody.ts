import type { Node as PMNode } from '@tiptap/pm/model';
import { type EditorState, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import { NODE } from '../../../shared/schema/names.ts';
import { nodeType } from './nodeType.ts';
import { topLevelById } from './topLevel.ts';

/**
 * Where the caret goes on a jump to the top-level node with `id`: the start of a Pasal's body
 * (its first ayat or paragraph), the end of its heading when it has no body yet, or the start
 * of a BAB heading.
 */
export function jumpSelection(doc: PMNode, id: string): Selection | null {
  const target = topLevelById(doc, id);
  if (!target) return null;
  const { node, from } = target;
  if (node.type.name !== NODE.clause || node.childCount === 0) {
    return TextSelection.create(doc, Math.min(from + 1, doc.content.size));
  }
  const heading = node.child(0);
  const headingEnd = from + 1 + heading.nodeSize - 1;
  if (node.childCount === 1) return TextSelection.create(doc, headingEnd);
  return Selection.findFrom(doc.resolve(headingEnd + 1), 1, true) ?? TextSelection.create(doc, headingEnd);
}

/**
 * Enter at the very start of a Pasal heading: an empty paragraph opens after the heading with
 * the caret in it. The editor's own Enter would split the heading there and turn its words into
 * body text, leaving the Pasal without its title.
 */
export function enterAtHeadingStart(state: EditorState): Transaction | null {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type.name !== NODE.clauseHeading || $from.parentOffset !== 0) return null;
  // An empty heading is also at its end, where Enter already opens the body below it.
  if ($from.parent.content.size === 0) return null;
  const after = $from.after();
  const paragraph = nodeType(state.schema, NODE.paragraph).create();
  const tr = state.tr.insert(after, paragraph);
  return tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
}

/**
 * Enter at the end of a Pasal heading whose body starts with an empty paragraph (a new Pasal
 * from "Pasal baru"): the caret moves into that paragraph. The editor's own Enter would open a
 * second one above it and leave the first empty at the end of the Pasal.
 */
export function enterAtHeadingEnd(state: EditorState): Transaction | null {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type.name !== NODE.clauseHeading) return null;
  if ($from.parentOffset !== $from.parent.content.size) return null;
  const next = $from.node(-1).maybeChild($from.index(-1) + 1);
  if (next?.type.name !== NODE.paragraph || next.content.size > 0) return null;
  return state.tr.setSelection(TextSelection.create(state.doc, $from.after() + 1)).scrollIntoView();
}

/**
 * Scrolls the document column so `element` starts at its top, just under the toolbar (the
 * column scrolls, not the page). The caret's own scroll would leave a Pasal at the bottom.
 */
export function scrollToTop(element: HTMLElement | null): void {
  const scroller = element?.closest<HTMLElement>('.sheet-scroller');
  if (!element || !scroller) {
    element?.scrollIntoView({ block: 'start' });
    return;
  }
  // After the frame in which the editor brings its caret into view, which would undo this.
  requestAnimationFrame(() => {
    const gap = 12;
    const top =
      scroller.scrollTop + element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTo({ top: Math.max(0, top - gap) });
  });
}
