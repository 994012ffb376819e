import type { Node as PMNode } from '@tiptap/pm/model';
import { type EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { PMJSON } from '../../../../shared/clauses.ts';
import { NODE } from '../../../../shared/schema/names.ts';
import { topLevelAt } from '../../document/topLevel.ts';

/** Pasal and BAB headings: the sections a library clause is placed among. */
const SECTION = new Set<string>([NODE.clause, NODE.chapter]);

/** The heading of an agreement's closing Pasal or BAB: "PENUTUP", "KETENTUAN PENUTUP". */
const CLOSING_HEADING = /\bPENUTUP\b/i;

const headingOf = (node: PMNode) =>
  node.type.name === NODE.clause ? (node.firstChild?.textContent ?? '') : node.textContent;

/**
 * Where a clause from the library goes: right after the Pasal (or BAB heading) holding the
 * cursor; from the opening, the closing or anywhere else, before the agreement's closing
 * provisions (a BAB PENUTUP, else a last Pasal PENUTUP), which end every agreement, or after
 * the last Pasal when there are none; so it never lands inside the opening formula, after the
 * closing provisions or after the signatures' closing.
 */
export function libraryInsertionPoint(state: EditorState): number {
  const top = topLevelAt(state.doc, state.selection.from);
  if (top && SECTION.has(top.node.type.name)) return top.to;
  const sections: { node: PMNode; from: number; to: number }[] = [];
  let closing = -1;
  state.doc.forEach((node, offset) => {
    if (SECTION.has(node.type.name)) sections.push({ node, from: offset, to: offset + node.nodeSize });
    if (node.type.name === NODE.closing && closing < 0) closing = offset;
  });
  const closingBab = sections.findLast(
    (s) => s.node.type.name === NODE.chapter && CLOSING_HEADING.test(headingOf(s.node)),
  );
  // A BAB PENUTUP counts when only Pasal follow it: the last BAB of the agreement.
  if (closingBab && !sections.some((s) => s.from > closingBab.from && s.node.type.name === NODE.chapter)) {
    return closingBab.from;
  }
  const last = sections.at(-1);
  if (last?.node.type.name === NODE.clause && CLOSING_HEADING.test(headingOf(last.node))) return last.from;
  if (last) return last.to;
  return closing >= 0 ? closing : state.doc.content.size;
}

/**
 * Inserts a library clause (ProseMirror JSON of a `clause`, ids fresh from the server) and puts
 * the cursor in its heading. Throws when the JSON does not fit the schema.
 */
export function insertLibraryClause(state: EditorState, clause: PMJSON): Transaction {
  const node: PMNode = state.schema.nodeFromJSON(clause);
  if (node.type.name !== NODE.clause) throw new Error(`expected a clause, got ${node.type.name}`);
  node.check();
  const at = libraryInsertionPoint(state);
  const tr = state.tr.insert(at, node);
  return tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView();
}
