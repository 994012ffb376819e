import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { type EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { newId } from '../../../shared/ids.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { nodeType } from './nodeType.ts';
import { type TopLevelNode, topLevelAt, topLevelById, topLevelByIndex } from './topLevel.ts';

/** Nodes that can be moved among each other by keyboard or drag: Pasal and BAB headings. */
const MOVABLE = new Set<string>([NODE.clause, NODE.chapter]);

/** An empty Pasal: heading to type into, then one empty paragraph. */
export function emptyClause(schema: Schema): PMNode {
  return nodeType(schema, NODE.clause).create({ id: newId() }, [
    nodeType(schema, NODE.clauseHeading).create(),
    nodeType(schema, NODE.paragraph).create(),
  ]);
}

/**
 * Where new sections go: after the top-level node holding the cursor, but before the closing
 * formula when the cursor is in it.
 */
function insertionPoint(state: EditorState): number {
  const top = topLevelAt(state.doc, state.selection.from);
  if (!top) return 0;
  return top.node.type.name === NODE.closing ? top.from : top.to;
}

/** Insert an empty Pasal after the current one and put the cursor in its heading. */
export function insertClauseAfterCurrent(state: EditorState): Transaction {
  const at = insertionPoint(state);
  const tr = state.tr.insert(at, emptyClause(state.schema));
  return tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView();
}

/** Insert an empty BAB heading after the current node; the clauses below it belong to it. */
export function insertChapterAfterCurrent(state: EditorState): Transaction {
  const at = insertionPoint(state);
  const tr = state.tr.insert(at, nodeType(state.schema, NODE.chapter).create({ id: newId() }));
  return tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView();
}

/** Re-place a selection that was inside `moved` (now starting at `newFrom`). */
function keepSelection(
  tr: Transaction,
  state: EditorState,
  moved: TopLevelNode,
  newFrom: number,
): Transaction {
  const { from, to } = state.selection;
  if (from < moved.from || to > moved.to) return tr;
  const shift = newFrom - moved.from;
  try {
    return tr.setSelection(TextSelection.create(tr.doc, from + shift, to + shift));
  } catch {
    return tr;
  }
}

/**
 * A move of one Pasal or BAB among the document's top-level nodes. The editor makes it in the
 * Y.Doc when there is one (`applyClauseMove`), else through `tr`.
 */
export interface ClauseMove {
  /** The moved node's id. */
  id: string;
  /** Its index among the document's children now. */
  from: number;
  /** Index (in the document as it is now) of the node it will stand before; childCount: the end. */
  before: number;
  /** The same move as a ProseMirror transaction, the selection kept in the moved node. */
  tr: Transaction;
}

/** The move of `moved` to just before the top-level node at index `before`, or null when it is there already. */
function planMove(state: EditorState, moved: TopLevelNode, before: number): ClauseMove | null {
  if (before === moved.index || before === moved.index + 1) return null;
  const target =
    before < state.doc.childCount ? topLevelByIndex(state.doc, before)!.from : state.doc.content.size;
  const tr = state.tr.delete(moved.from, moved.to);
  const at = tr.mapping.map(target);
  tr.insert(at, moved.node);
  return {
    id: String(moved.node.attrs.id),
    from: moved.index,
    before,
    tr: keepSelection(tr, state, moved, at),
  };
}

/**
 * Move the Pasal (or BAB) holding the cursor one place up or down among its neighbours.
 * Returns null when there is nothing to move or no room to move it.
 */
export function moveCurrentClause(state: EditorState, direction: -1 | 1): ClauseMove | null {
  const current = topLevelAt(state.doc, state.selection.from);
  if (!current || !MOVABLE.has(current.node.type.name)) return null;
  const neighbour = topLevelByIndex(state.doc, current.index + direction);
  if (!neighbour || !MOVABLE.has(neighbour.node.type.name)) return null;
  const move = planMove(state, current, direction < 0 ? neighbour.index : neighbour.index + 1);
  if (move) move.tr.scrollIntoView();
  return move;
}

/**
 * Move the node with `id` so that it stands just before the node with `beforeId`, or after
 * the last Pasal when `beforeId` is null (drag and drop in the outline).
 */
export function moveClauseBefore(state: EditorState, id: string, beforeId: string | null): ClauseMove | null {
  const moved = topLevelById(state.doc, id);
  if (!moved || id === beforeId) return null;
  if (beforeId) {
    const before = topLevelById(state.doc, beforeId);
    return before ? planMove(state, moved, before.index) : null;
  }
  let afterLast = -1;
  state.doc.forEach((node, _offset, index) => {
    if (MOVABLE.has(node.type.name)) afterLast = index + 1;
  });
  return afterLast < 0 ? null : planMove(state, moved, afterLast);
}

/** "Pasal 5", "Pasal 12A", "PASAL IV": a line that announces a new clause. */
export const TYPED_PASAL = /^\s*pasal\s+(\d+[a-z]?|[ivxlc]+)\s*$/i;

/**
 * Enter after typing "Pasal 5" on its own line: the line becomes a new Pasal (its number is
 * derived, so the typed one is dropped) and the cursor goes to its heading. Inside a Pasal,
 * what follows the line moves into the new Pasal. Null when the rule does not apply.
 */
export function convertTypedPasal(state: EditorState): Transaction | null {
  const { $from, empty } = state.selection;
  const paragraph = $from.parent;
  if (!empty || paragraph.type.name !== NODE.paragraph || $from.parentOffset !== paragraph.content.size)
    return null;
  if (!TYPED_PASAL.test(paragraph.textContent)) return null;
  const schema = state.schema;
  const heading = nodeType(schema, NODE.clauseHeading).create();
  const paraFrom = $from.before();
  if ($from.depth === 1) {
    const clause = nodeType(schema, NODE.clause).create({ id: newId() }, [
      heading,
      nodeType(schema, NODE.paragraph).create(),
    ]);
    const tr = state.tr.replaceWith(paraFrom, $from.after(), clause);
    return tr.setSelection(TextSelection.create(tr.doc, paraFrom + 2)).scrollIntoView();
  }
  if ($from.depth === 2 && $from.node(1).type.name === NODE.clause) {
    const clauseNode = $from.node(1);
    const index = $from.index(1);
    if (index === 0) return null;
    const tail: PMNode[] = [];
    for (let i = index + 1; i < clauseNode.childCount; i++) tail.push(clauseNode.child(i));
    if (tail.length === 0) tail.push(nodeType(schema, NODE.paragraph).create());
    const clauseEnd = $from.after(1);
    // Cut the line and what follows out of this Pasal, then start the new Pasal after it.
    const tr = state.tr.delete(paraFrom, clauseEnd - 1);
    const at = tr.mapping.map(clauseEnd);
    tr.insert(at, nodeType(schema, NODE.clause).create({ id: newId() }, [heading, ...tail]));
    return tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView();
  }
  return null;
}
