import { diffWordsWithSpace } from 'diff';
import {
  type DocumentOutline,
  formatReference,
  type PMJSON,
  referenceParts,
} from '../../../shared/clauses.ts';
import { MARK, NODE } from '../../../shared/schema/names.ts';
import { FORMAT_MARKS, isSuggestionMark, type SuggestionStamp } from '../../../shared/suggestions/index.ts';
import { FOOTNOTE_CHAR, REFERENCE_CHAR } from './suggestionsReply.ts';

/**
 * A paragraph's inline content as the Word export prints it, and the other party's text
 * written back into it as suggestion marks: a word-level diff between the two texts, each run
 * of changed words one suggestion (a replacement's deletion and insertion share its id).
 */

/** What the export prints where the target of a cross-reference is gone. */
const MISSING_REFERENCE = 'Pasal [rujukan hilang]';

/** One piece of a paragraph: a character of a text node, or a whole inline atom. */
interface Unit {
  text: string;
  node: PMJSON;
}

/** A paragraph's text as the export prints it: a cross-reference's numbers and a footnote's mark as private characters. */
export function inlineUnits(block: PMJSON, outline: DocumentOutline, clauseId: string): Unit[] {
  const units: Unit[] = [];
  for (const node of block.content ?? []) {
    if (node.type === NODE.text) {
      for (const ch of node.text ?? '') units.push({ text: ch, node: { ...node, text: ch } });
    } else if (node.type === NODE.clauseRef) {
      units.push({ text: referenceChars(node, outline, clauseId), node });
    } else if (node.type === NODE.footnote) {
      units.push({ text: FOOTNOTE_CHAR, node });
    } else if (node.type === NODE.hardBreak) {
      units.push({ text: '\n', node });
    } else {
      units.push({ text: '', node });
    }
  }
  return units;
}

function referenceChars(node: PMJSON, outline: DocumentOutline, clauseId: string): string {
  const ayat = (node.attrs?.ayat as string | null) ?? null;
  const parts = referenceParts(outline, String(node.attrs?.clauseId ?? ''), ayat, clauseId);
  if (!parts) return MISSING_REFERENCE;
  return formatReference({ ...parts, pasal: -1, ayat: parts.ayat === null ? null : -2 })
    .replace('(-2)', REFERENCE_CHAR)
    .replace('-1', REFERENCE_CHAR);
}

export const unitsText = (units: Unit[]) => units.map((u) => u.text).join('');

/** Whitespace-insensitive form of a paragraph's text, for telling whether it changed at all. */
export const normalText = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What {@link suggestDifference} made, or why it could not. */
export type InlineResult =
  | { ok: true; content: PMJSON[]; stamps: string[]; changes: { removed: string; added: string }[] }
  | { ok: false; reason: 'reference' };

interface Hunk {
  removed: string;
  added: string;
}

/**
 * The paragraph's content with `theirs` proposed over it: removed words carry a deletion mark,
 * added words are inserted with an insertion mark (and the formatting of the text before
 * them), each stamped by `stamp(id)`. Changes of whitespace alone are left out. A change that
 * cuts into a cross-reference or types one is refused (`reference`).
 */
export function suggestDifference(
  units: Unit[],
  theirs: string,
  newStamp: () => SuggestionStamp,
): InlineResult {
  const base = unitsText(units);
  const deleted: (SuggestionStamp | null)[] = new Array(base.length).fill(null);
  const inserted = new Map<number, { text: string; stamp: SuggestionStamp }>();
  const stamps: string[] = [];
  const changes: { removed: string; added: string }[] = [];
  let pos = 0;
  let hunk: Hunk & { at: number } = { removed: '', added: '', at: 0 };
  const close = () => {
    const { removed, added, at } = hunk;
    hunk = { removed: '', added: '', at: pos };
    if (!removed && !added) return true;
    if (!removed.trim() && !added.trim()) return true;
    if (added.includes(REFERENCE_CHAR) || added.includes(FOOTNOTE_CHAR)) return false;
    const stamp = newStamp();
    stamps.push(stamp.id);
    changes.push({ removed, added });
    for (let i = at; i < at + removed.length; i++) deleted[i] = stamp;
    if (added) inserted.set(at + removed.length, { text: added, stamp });
    return true;
  };
  for (const part of diffWordsWithSpace(base, theirs)) {
    if (part.added) hunk.added += part.value;
    else if (part.removed) {
      // An insertion before a deletion in one hunk goes after it: a replacement reads old, new.
      hunk.removed += part.value;
      pos += part.value.length;
    } else {
      if (!close()) return { ok: false, reason: 'reference' };
      pos += part.value.length;
      hunk.at = pos;
    }
  }
  if (!close()) return { ok: false, reason: 'reference' };

  const out: PMJSON[] = [];
  let at = 0;
  let previous: PMJSON | null = null;
  const insertAt = (i: number) => {
    const ins = inserted.get(i);
    if (ins) out.push(insertedText(ins.text, ins.stamp, previous));
  };
  for (const unit of units) {
    const end = at + unit.text.length;
    for (let i = at + 1; i < end; i++) if (inserted.has(i)) return { ok: false, reason: 'reference' };
    insertAt(at);
    const marks = deleted.slice(at, end);
    const stamp = marks[0] ?? null;
    if (marks.some((m) => m !== stamp)) return { ok: false, reason: 'reference' };
    out.push(stamp ? withMark(unit.node, { type: MARK.deletion, attrs: { ...stamp } }) : unit.node);
    if (unit.node.type === NODE.text) previous = unit.node;
    at = end;
  }
  insertAt(at);
  return { ok: true, content: mergeText(out), stamps, changes };
}

function withMark(node: PMJSON, mark: { type: string; attrs: Record<string, unknown> }): PMJSON {
  return { ...node, marks: [...(node.marks ?? []), mark] };
}

function insertedText(text: string, stamp: SuggestionStamp, before: PMJSON | null): PMJSON {
  const formatting = (before?.marks ?? []).filter(
    (m) => FORMAT_MARKS.includes(m.type) && !isSuggestionMark(m.type),
  );
  return { type: NODE.text, text, marks: [...formatting, { type: MARK.insertion, attrs: { ...stamp } }] };
}

/** Adjacent text nodes with the same marks become one again. */
function mergeText(nodes: PMJSON[]): PMJSON[] {
  const out: PMJSON[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (
      node.type === NODE.text &&
      last?.type === NODE.text &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])
    ) {
      out[out.length - 1] = { ...last, text: (last.text ?? '') + (node.text ?? '') };
    } else if (node.type !== NODE.text || node.text) {
      out.push(
        node.type === NODE.text && node.marks?.length === 0 ? { type: node.type, text: node.text } : node,
      );
    }
  }
  return out;
}
