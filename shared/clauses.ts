import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { referenceParts } from './references.ts';
import { ID_NODES, MARK, NODE } from './schema/names.ts';

// How a cross-reference reads ("Pasal 7 ayat (1)", "ayat (1)" inside Pasal 7) and how typed
// references are found and resolved: every consumer reaches them through this module.
export {
  formatReference,
  OWN_PASAL,
  type ReferenceParts,
  type ReferenceTarget,
  referenceParts,
  referenceText,
  resolveReference,
} from './references.ts';
export { type TypedReference, typedReferences } from './typedReferences.ts';

/** ProseMirror JSON, as `node.toJSON()` and `editor.getJSON()` give it. */
export interface PMJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export interface AyatNumber {
  id: string | null;
  /** 1-based number shown as "(1)". */
  number: number;
}

export interface ClauseOutline {
  id: string;
  /** 1-based Pasal number, derived from position. */
  number: number;
  heading: string;
  /** Id of the BAB this clause falls under, if any. */
  chapterId: string | null;
  /** Ayat of the clause's first-level ayat list(s), numbered in order. */
  ayat: AyatNumber[];
  /** Index of the clause among the top-level nodes of the document. */
  index: number;
}

export interface ChapterOutline {
  id: string;
  number: number;
  roman: string;
  title: string;
  index: number;
}

export interface DocumentOutline {
  clauses: ClauseOutline[];
  chapters: ChapterOutline[];
}

/** Plain text of a node and its descendants (cross-references are left out). */
export function textOf(node: PMJSON): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(textOf).join('');
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 4 → "IV"; BAB numbers are Roman numerals. */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** 0 → "a", 25 → "z", 26 → "aa": letter-list labels. */
export function toLetter(index: number): string {
  let n = index;
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/**
 * Numbers every Pasal, BAB and ayat of a document from its position: the one numbering
 * used by the editor, the API, the export and the completeness check.
 */
export function outlineOf(doc: PMJSON): DocumentOutline {
  const clauses: ClauseOutline[] = [];
  const chapters: ChapterOutline[] = [];
  let chapterId: string | null = null;
  (doc.content ?? []).forEach((node, index) => {
    if (node.type === NODE.chapter) {
      const number = chapters.length + 1;
      chapterId = String(node.attrs?.id ?? '');
      chapters.push({ id: chapterId, number, roman: toRoman(number), title: textOf(node), index });
    } else if (node.type === NODE.clause) {
      const [heading, ...body] = node.content ?? [];
      const ayat: AyatNumber[] = [];
      for (const block of body) {
        if (block.type !== NODE.ayatList) continue;
        for (const item of block.content ?? []) {
          ayat.push({ id: (item.attrs?.id as string | null) ?? null, number: ayat.length + 1 });
        }
      }
      clauses.push({
        id: String(node.attrs?.id ?? ''),
        number: clauses.length + 1,
        heading: heading?.type === NODE.clauseHeading ? textOf(heading).trim() : '',
        chapterId,
        ayat,
        index,
      });
    }
  });
  return { clauses, chapters };
}

/** Every cross-reference in the document whose target is gone. */
export function brokenReferences(
  doc: PMJSON,
  outline = outlineOf(doc),
): { clauseId: string; ayat: string | null }[] {
  const broken: { clauseId: string; ayat: string | null }[] = [];
  const walk = (node: PMJSON) => {
    if (node.type === NODE.clauseRef) {
      const clauseId = String(node.attrs?.clauseId ?? '');
      const ayat = (node.attrs?.ayat as string | null) ?? null;
      if (referenceParts(outline, clauseId, ayat) === null) broken.push({ clauseId, ayat });
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return broken;
}

/**
 * Ids of Pasal, BAB and ayat that occur more than once (two people moved one Pasal at once and
 * the copies are not merged yet, or an older document): such a document is not finalised.
 */
export function duplicateIds(doc: PMJSON): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  const walk = (node: PMJSON) => {
    const id = ID_NODES.includes(node.type) ? node.attrs?.id : null;
    if (typeof id === 'string') {
      if (seen.has(id)) twice.add(id);
      else seen.add(id);
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return [...twice];
}

/**
 * The canonical form of a clause for hashing: discussion anchors removed (commenting must
 * not make an approval stale), adjacent text runs with equal marks merged, keys sorted.
 */
export function canonicalClause(node: PMJSON): unknown {
  const marksOf = (n: PMJSON) =>
    (n.marks ?? [])
      .filter((m) => m.type !== MARK.pointAnchor)
      .map((m) =>
        m.attrs && Object.keys(m.attrs).length
          ? { type: m.type, attrs: sortKeys(m.attrs) }
          : { type: m.type },
      )
      .sort((a, b) => a.type.localeCompare(b.type));
  const visit = (n: PMJSON): unknown => {
    if (n.type === NODE.text) {
      const marks = marksOf(n);
      return marks.length
        ? { type: 'text', text: n.text ?? '', marks }
        : { type: 'text', text: n.text ?? '' };
    }
    const out: Record<string, unknown> = { type: n.type };
    const attrs = withoutNoSuggestion(n.attrs);
    if (attrs && Object.keys(attrs).length) out.attrs = sortKeys(attrs);
    const children: Record<string, unknown>[] = [];
    for (const child of n.content ?? []) {
      const c = visit(child) as Record<string, unknown>;
      const prev = children[children.length - 1];
      if (
        c.type === 'text' &&
        prev?.type === 'text' &&
        JSON.stringify(prev.marks) === JSON.stringify(c.marks)
      ) {
        prev.text = String(prev.text) + String(c.text);
      } else if (!(c.type === 'text' && c.text === '')) {
        children.push(c);
      }
    }
    if (children.length) out.content = children;
    return out;
  };
  return visit(node);
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/**
 * A block's attributes without a `suggestion` that is null: blocks carry that attribute since
 * suggestions exist, and a clause without any must hash as it always did, so that no approval
 * goes stale by itself.
 */
function withoutNoSuggestion(attrs: Record<string, unknown> | undefined) {
  if (!attrs || !('suggestion' in attrs) || attrs.suggestion != null) return attrs;
  const { suggestion: _none, ...rest } = attrs;
  return rest;
}

/** The text a clause's hash is taken of: its canonical JSON. */
export function clauseHashInput(node: PMJSON): string {
  return JSON.stringify(canonicalClause(node));
}

/**
 * SHA-256 (hex) of a clause's canonical JSON: what a party approves. The server computes the
 * same value with Node's native SHA-256 (`server/clauseHash.ts`), ten times faster on its hot path.
 */
export function clauseHash(node: PMJSON): string {
  return bytesToHex(sha256(utf8ToBytes(clauseHashInput(node))));
}

/** The clause nodes of a document by id. */
export function clauseNodes(doc: PMJSON): Map<string, PMJSON> {
  const map = new Map<string, PMJSON>();
  for (const node of doc.content ?? []) {
    if (node.type === NODE.clause && node.attrs?.id) map.set(String(node.attrs.id), node);
  }
  return map;
}
