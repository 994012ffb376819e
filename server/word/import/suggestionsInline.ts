import {
  type DocumentOutline,
  formatReference,
  type PMJSON,
  referenceParts,
} from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { FOOTNOTE_CHAR, REFERENCE_CHAR } from './suggestionsReply.ts';

/**
 * A paragraph's inline content as the Word export prints it, one unit a character or inline
 * atom, so that the text read back from Word maps onto positions of the paragraph.
 */

/** What the export prints where the target of a cross-reference is gone. */
const MISSING_REFERENCE = 'Pasal [rujukan hilang]';

/** One piece of a paragraph: a character of a text node, or a whole inline atom. */
export interface Unit {
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
