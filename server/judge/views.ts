import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { MARK, NODE } from '../../shared/schema/names.ts';
import { rejectAll } from '../../shared/suggestions/decide.ts';
import {
  type BlockSuggestion,
  isSuggestionMark,
  type SuggestionStamp,
} from '../../shared/suggestions/stamp.ts';
import { yElementToJSON } from '../history/yjson.ts';
import { type AnyType, readIn } from './elements.ts';
import { stampKey } from './stamps.ts';

/** What the judge keeps of one block as last accepted: what rejecting its suggestions leaves, and their pieces. */
export interface BlockView {
  /** The block with every suggestion rejected, as canonical JSON ('' when rejecting removes it). */
  reject: string;
  /** That node, its own split or join kept (rejecting joins it onto the block before). */
  node: PMJSON | null;
  joins: boolean;
  /** The pieces of each suggestion in it, by id. */
  pieces: Map<string, Piece>;
}

/** What one suggestion holds in a stretch of the document: who made it, its stamps and its text. */
export interface Piece {
  authors: Set<string>;
  stamps: Map<string, SuggestionStamp>;
  /** Its stamps in full (a block's kind, a format change's `before`) and its text by kind. */
  full: Set<string>;
  inserted: string;
  deleted: string;
  formatted: string;
  blocks: string;
}

/** Who a stamp names, as one comparable string (party and user). */
export const authorOf = (s: { party?: unknown; user?: unknown }) =>
  `${String(s.party)}\u0000${String(s.user)}`;

const byType = (a: { type: string }, b: { type: string }) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

/** A text node's marks in a fixed order, so that the same text reads as the same JSON whatever order Yjs lists them in. */
const canonicalText = (node: PMJSON): PMJSON =>
  node.marks && node.marks.length > 1 ? { ...node, marks: [...node.marks].sort(byType) } : node;

/** `node` with the marks of every text in it in a fixed order. */
function canonical(node: PMJSON): PMJSON {
  const out = canonicalText(node);
  return node.content ? { ...out, content: node.content.map(canonical) } : out;
}

/** The canonical JSON of an element as it is now, read whole (once in `transaction`: see `readIn`). */
export const readElement = (el: Y.XmlElement, transaction?: Y.Transaction): PMJSON =>
  canonical(transaction ? readIn(transaction, el) : yElementToJSON(el));

/**
 * The canonical JSON of `el` as last accepted, from `cache` (every element under a cached one is
 * cached too): what is missing is read, reusing the JSON of the child elements kept.
 */
export function cachedElement(cache: WeakMap<Y.XmlElement, PMJSON>, el: Y.XmlElement): PMJSON {
  let json = cache.get(el);
  if (!json) {
    const read = yElementToJSON(el, (child) => cachedElement(cache, child));
    // Child elements come canonical from the cache; this element's own texts are sorted here.
    json = read.content
      ? { ...read, content: read.content.map((c) => (c.type === NODE.text ? canonicalText(c) : c)) }
      : read;
    cache.set(el, json);
  }
  return json;
}

/**
 * Drops from `cache` what a change to `type` made stale: the element (a text's element) and
 * every element it sits in.
 */
export function forgetChanged(cache: WeakMap<Y.XmlElement, PMJSON>, type: AnyType): void {
  let t: AnyType | null = type instanceof Y.XmlText ? (type.parent as AnyType | null) : type;
  for (; t instanceof Y.XmlElement; t = t.parent as AnyType | null) cache.delete(t);
}

export function textOf(node: PMJSON): string {
  if (node.type === NODE.text) return node.text ?? '';
  return (node.content ?? []).map(textOf).join('\n');
}

const strings = new WeakMap<object, { author: string; key: string; full: string }>();

/** A stamp's author, key and whole as strings, kept per attributes object (Yjs gives the same one on every read). */
function stampStrings(attrs: Record<string, unknown>) {
  let out = strings.get(attrs);
  if (!out) {
    const stamp = attrs as unknown as SuggestionStamp;
    out = { author: authorOf(stamp), key: stampKey(stamp), full: JSON.stringify(attrs) };
    strings.set(attrs, out);
  }
  return out;
}

/** The piece of the suggestion whose stamp is `attrs` in `into` (made if missing), with that stamp added. */
function pieceOf(into: Map<string, Piece>, attrs: Record<string, unknown>): Piece {
  const stamp = attrs as unknown as SuggestionStamp;
  let piece = into.get(stamp.id);
  if (!piece) {
    piece = {
      authors: new Set(),
      stamps: new Map(),
      full: new Set(),
      inserted: '',
      deleted: '',
      formatted: '',
      blocks: '',
    };
    into.set(stamp.id, piece);
  }
  const strings = stampStrings(attrs);
  piece.authors.add(strings.author);
  piece.stamps.set(strings.key, stamp);
  piece.full.add(strings.full);
  return piece;
}

/** Whether `node` carries a mark of type `type` with the suggestion id `id`. */
function hasMark(node: PMJSON | undefined, type: string, id: unknown): boolean {
  for (const m of node?.marks ?? []) if (m.type === type && m.attrs?.id === id) return true;
  return false;
}

/**
 * Gathers the suggestions' pieces of `node`. A run of a suggestion's text that does not follow
 * on from the one before it (`prev`, the sibling before) starts with a separator, so text put
 * inside another author's insertion changes that insertion even though its letters stay.
 */
export function piecesOf(node: PMJSON, into: Map<string, Piece>, prev?: PMJSON): void {
  const block = node.attrs?.suggestion as BlockSuggestion | null | undefined;
  if (block) {
    // A proposed block is its author's text; a split, join or deletion proposes its boundary or its removal.
    const text = block.kind === 'insert' ? textOf(node) : '';
    pieceOf(into, block as unknown as Record<string, unknown>).blocks +=
      `${block.kind}:${node.type}:${text}\n`;
  }
  for (const mark of node.marks ?? []) {
    if (!isSuggestionMark(mark.type) || !mark.attrs) continue;
    const piece = pieceOf(into, mark.attrs);
    const text = `${hasMark(prev, mark.type, mark.attrs.id) ? '' : '\u0001'}${node.text ?? ''}`;
    if (mark.type === MARK.insertion) piece.inserted += text;
    else if (mark.type === MARK.deletion) piece.deleted += text;
    else piece.formatted += text;
  }
  const content = node.content;
  if (content) for (let i = 0; i < content.length; i++) piecesOf(content[i] as PMJSON, into, content[i - 1]);
}

const views = new WeakMap<PMJSON, BlockView>();

/** The view of a block from its canonical JSON (kept while that JSON is: the JSON of a block as accepted is). */
export function viewOfJSON(json: PMJSON): BlockView {
  let view = views.get(json);
  if (view) return view;
  const decided = rejectAll({ type: NODE.doc, content: [json] }).content?.[0] ?? null;
  const own = json.attrs?.suggestion as BlockSuggestion | null | undefined;
  const joins = own?.kind === 'split' || own?.kind === 'join';
  const node = decided && joins ? { ...decided, attrs: { ...decided.attrs, suggestion: own } } : decided;
  const pieces = new Map<string, Piece>();
  piecesOf(json, pieces);
  view = { reject: node ? JSON.stringify(node) : '', node, joins, pieces };
  views.set(json, view);
  return view;
}

/** Whether rejecting every suggestion gives the same text for both lists of blocks. */
export function sameRejected(before: BlockView[], after: BlockView[]): boolean {
  if (!before.some((v) => v.joins) && !after.some((v) => v.joins)) {
    const a = before.filter((v) => v.reject);
    const b = after.filter((v) => v.reject);
    return a.length === b.length && a.every((v, i) => v.reject === b[i]?.reject);
  }
  // A block split from (or joined to) the one before: reject across the blocks, as the document would.
  const fold = (views: BlockView[]) =>
    JSON.stringify(
      rejectAll({
        type: NODE.doc,
        content: views.flatMap((v) => (v.node ? [v.node] : [])),
      }),
    );
  return fold(before) === fold(after);
}

/** The pieces of each suggestion over several blocks, in their order. */
export function merged(views: BlockView[]): Map<string, Piece> {
  const out = new Map<string, Piece>();
  for (const view of views) {
    for (const [id, piece] of view.pieces) {
      const into = out.get(id);
      if (!into) {
        out.set(id, {
          ...piece,
          authors: new Set(piece.authors),
          stamps: new Map(piece.stamps),
          full: new Set(piece.full),
        });
        continue;
      }
      for (const a of piece.authors) into.authors.add(a);
      for (const [k, s] of piece.stamps) into.stamps.set(k, s);
      for (const f of piece.full) into.full.add(f);
      into.inserted += piece.inserted;
      into.deleted += piece.deleted;
      into.formatted += piece.formatted;
      into.blocks += piece.blocks;
    }
  }
  return out;
}

/** Whether two pieces hold the same: the same stamps in full and the same text of each kind. */
export function samePiece(a: Piece, b: Piece): boolean {
  if (
    a.inserted !== b.inserted ||
    a.deleted !== b.deleted ||
    a.formatted !== b.formatted ||
    a.blocks !== b.blocks ||
    a.full.size !== b.full.size
  )
    return false;
  for (const f of a.full) if (!b.full.has(f)) return false;
  return true;
}
