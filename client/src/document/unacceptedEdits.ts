import { type DocumentOutline, outlineOf, type PMJSON, textOf, toRoman } from '../../../shared/clauses.ts';
import { clauseText } from '../../../shared/clauseText.ts';
import { NODE } from '../../../shared/schema/names.ts';
import type { DocumentSnapshot } from './snapshot.ts';

/**
 * One part of a local copy whose text the server does not hold (it refused the change): what
 * the user may want to copy out before it is gone. `text` is as the local copy reads, with
 * numbers and cross-references as the local copy numbered them.
 */
export type UnacceptedEdit =
  | { kind: 'clause'; key: string; number: number; text: string }
  | { kind: 'chapter'; key: string; roman: string; text: string }
  | { kind: 'preamble' | 'closing' | 'outside'; key: string; text: string }
  | { kind: 'meta'; key: string; field: string; text: string };

interface Part {
  edit: UnacceptedEdit;
  /** The text compared: cross-references without their numbers, so a renumbering elsewhere is no change. */
  compared: string;
}

/** The parts of a document by key: each Pasal, each BAB, the opening, the closing, and the rest outside any Pasal. */
function partsOf(body: PMJSON, outline: DocumentOutline): Map<string, Part> {
  const parts = new Map<string, Part>();
  const loose: PMJSON[] = [];
  const counts = { preamble: 0, closing: 0 };
  let clauseIndex = 0;
  let chapterIndex = 0;
  for (const node of body.content ?? []) {
    if (node.type === NODE.clause) {
      const number = ++clauseIndex;
      const key = `clause:${String(node.attrs?.id ?? number)}`;
      const text = clauseText(node, outline);
      const edit: UnacceptedEdit = { kind: 'clause', key, number, text };
      parts.set(key, { edit, compared: clauseText(node) });
    } else if (node.type === NODE.chapter) {
      const roman = toRoman(++chapterIndex);
      const key = `chapter:${String(node.attrs?.id ?? chapterIndex)}`;
      const text = textOf(node);
      parts.set(key, { edit: { kind: 'chapter', key, roman, text }, compared: text });
    } else if (node.type === NODE.preamble || node.type === NODE.closing) {
      const kind = node.type;
      const key = `${kind}:${++counts[kind]}`;
      parts.set(key, { edit: { kind, key, text: clauseText(node, outline) }, compared: clauseText(node) });
    } else {
      loose.push(node);
    }
  }
  if (loose.length) {
    const rest: PMJSON = { type: NODE.doc, content: loose };
    const edit: UnacceptedEdit = { kind: 'outside', key: 'outside', text: clauseText(rest, outline) };
    parts.set('outside', { edit, compared: clauseText(rest) });
  }
  return parts;
}

/**
 * What the local copy holds that the server's copy does not: each Pasal (by id), BAB, opening,
 * closing, the text outside any Pasal and each metadata field whose local text differs, in the
 * local copy's order. Deletions and moves are not listed: there is nothing in them to copy out.
 */
export function unacceptedEdits(local: DocumentSnapshot, server: DocumentSnapshot): UnacceptedEdit[] {
  const mine = partsOf(local.body, outlineOf(local.body));
  const theirs = partsOf(server.body, outlineOf(server.body));
  const edits: UnacceptedEdit[] = [];
  for (const [key, part] of mine) {
    if (!part.compared.trim()) continue;
    if (theirs.get(key)?.compared !== part.compared) edits.push(part.edit);
  }
  for (const [field, value] of Object.entries(local.meta)) {
    if (value.trim() && value !== (server.meta[field] ?? '')) {
      edits.push({ kind: 'meta', key: `meta:${field}`, field, text: value });
    }
  }
  return edits;
}
