import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { RefusalReason, YDOC } from '../../shared/protocol.ts';
import { MARK, NODE } from '../../shared/schema/names.ts';
import { rejectAll } from '../../shared/suggestions/decide.ts';
import {
  type BlockSuggestion,
  isSuggestionMark,
  type SuggestionStamp,
} from '../../shared/suggestions/stamp.ts';
import { REFUSED_TRANSACTION } from '../collab/room.ts';
import type { CollabIdentity } from '../collab/types.ts';
import { yElementToJSON } from '../history/yjson.ts';
import { type AnyType, Breach } from './elements.ts';
import { collectStamps, isNew, newStamps, stampKey } from './stamps.ts';

/** How far the time of a new suggestion may be from the server's clock. */
export const STAMP_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Key of `transaction.meta` holding the blocks the check read after the change (kept for the next one). */
const FRESH = 'judge.suggestions.fresh';

const refuse = (message: string) => new Breach(RefusalReason.suggestion, message);

/** What the judge keeps of one top-level block as last accepted. */
interface BlockView {
  /** The block with every suggestion rejected, as canonical JSON ('' when rejecting removes it). */
  reject: string;
  /** That node, its own split or join kept (rejecting joins it onto the block before). */
  node: PMJSON | null;
  joins: boolean;
  /** The pieces of each suggestion in it, by id. */
  pieces: Map<string, Piece>;
}

/** What one suggestion holds in a stretch of the document: who made it, its stamps and its text. */
interface Piece {
  authors: Set<string>;
  stamps: Map<string, SuggestionStamp>;
  /** Its stamps in full (a block's kind, a format change's `before`) and its text by kind. */
  full: Set<string>;
  inserted: string;
  deleted: string;
  formatted: string;
  blocks: string;
}

/** What the judge keeps of one live document (the room's Y.Doc). */
interface DocState {
  /** Each top-level block's view as last accepted: built when a suggester first writes. */
  views: WeakMap<Y.XmlElement, BlockView> | null;
  /** Every stamp the document has held: built when a writer first carries another person's. */
  stamps: Set<string> | null;
  /** The user who sent the first change of each Yjs client, as the server received it. */
  clientUsers: Map<number, string>;
}

const states = new WeakMap<Y.Doc, DocState>();

/** The judge's state of a live document; it follows every accepted transaction, from any writer. */
export function stateOf(doc: Y.Doc): DocState {
  let state = states.get(doc);
  if (!state) {
    const created: DocState = { views: null, stamps: null, clientUsers: new Map() };
    doc.on('afterTransaction', (transaction: Y.Transaction) => follow(created, transaction));
    states.set(doc, created);
    state = created;
  }
  return state;
}

function follow(state: DocState, transaction: Y.Transaction): void {
  if (transaction.meta.has(REFUSED_TRANSACTION)) return;
  if (state.stamps) for (const stamp of newStamps(transaction)) state.stamps.add(stampKey(stamp));
  const { views } = state;
  if (!views || transaction.changed.size === 0) return;
  const fresh = transaction.meta.get(FRESH) as Map<Y.XmlElement, BlockView> | undefined;
  for (const el of touchedBlocks(transaction, transaction.doc.getXmlFragment(YDOC.body)).elements) {
    const view = fresh?.get(el);
    if (view) views.set(el, view);
    else views.delete(el); // read again before the next suggester's change
  }
}

/** The top-level blocks a transaction changed something in, and whether it changed the body's list of them. */
function touchedBlocks(
  transaction: Y.Transaction,
  body: Y.XmlFragment,
): { list: boolean; elements: Set<Y.XmlElement> } {
  let list = false;
  const elements = new Set<Y.XmlElement>();
  for (const type of transaction.changed.keys()) {
    if (type === (body as AnyType)) {
      list = true;
      continue;
    }
    let t: AnyType = type;
    while (t._item && t._item.parent !== body) t = t._item.parent as AnyType;
    if (t._item?.parent === body && t instanceof Y.XmlElement) elements.add(t);
  }
  return { list, elements };
}

/** Whether `transaction` deleted the struct with `id`. */
function deletedIn(transaction: Y.Transaction, id: Y.ID): boolean {
  const ranges = transaction.deleteSet.clients.get(id.client) ?? [];
  return ranges.some((r) => r.clock <= id.clock && id.clock < r.clock + r.len);
}

/** The body's top-level elements as they were before `transaction`, in order. */
function blocksBefore(body: Y.XmlFragment, transaction: Y.Transaction): Y.XmlElement[] {
  const out: Y.XmlElement[] = [];
  for (let item = body._start; item; item = item.right) {
    if (isNew(item, transaction)) continue;
    if (item.deleted && !deletedIn(transaction, item.id)) continue;
    if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement)
      out.push(item.content.type);
  }
  return out;
}

/** Marks in a fixed order, so that the same text reads as the same JSON whatever order Yjs lists them in. */
function canonical(node: PMJSON): PMJSON {
  const out: PMJSON = { ...node };
  if (node.marks && node.marks.length > 1)
    out.marks = [...node.marks].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  if (node.content) out.content = node.content.map(canonical);
  return out;
}

const authorOf = (s: { party?: unknown; user?: unknown }) => `${String(s.party)}\u0000${String(s.user)}`;

function textOf(node: PMJSON): string {
  if (node.type === NODE.text) return node.text ?? '';
  return (node.content ?? []).map(textOf).join('\n');
}

/**
 * Gathers the suggestions' pieces of `node`. A run of a suggestion's text that does not follow
 * on from the one before it (`prev`, the sibling before) starts with a separator, so text put
 * inside another author's insertion changes that insertion even though its letters stay.
 */
function piecesOf(node: PMJSON, into: Map<string, Piece>, prev?: PMJSON): void {
  const add = (attrs: Record<string, unknown>) => {
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
    piece.authors.add(authorOf(stamp));
    piece.stamps.set(stampKey(stamp), stamp);
    piece.full.add(JSON.stringify(attrs));
    return piece;
  };
  const block = node.attrs?.suggestion as BlockSuggestion | null | undefined;
  if (block) {
    // A proposed block is its author's text; a split, join or deletion proposes its boundary or its removal.
    const text = block.kind === 'insert' ? textOf(node) : '';
    add(block as unknown as Record<string, unknown>).blocks += `${block.kind}:${node.type}:${text}\n`;
  }
  for (const mark of node.marks ?? []) {
    if (!isSuggestionMark(mark.type) || !mark.attrs) continue;
    const piece = add(mark.attrs);
    const follows = prev?.marks?.some((m) => m.type === mark.type && m.attrs?.id === mark.attrs?.id);
    const text = `${follows ? '' : '\u0001'}${node.text ?? ''}`;
    if (mark.type === MARK.insertion) piece.inserted += text;
    else if (mark.type === MARK.deletion) piece.deleted += text;
    else piece.formatted += text;
  }
  const content = node.content ?? [];
  for (let i = 0; i < content.length; i++) piecesOf(content[i] as PMJSON, into, content[i - 1]);
}

/** The view of a top-level block as it is now. */
function viewOf(el: Y.XmlElement): BlockView {
  const json = canonical(yElementToJSON(el));
  const decided = rejectAll({ type: NODE.doc, content: [json] }).content?.[0] ?? null;
  const own = json.attrs?.suggestion as BlockSuggestion | null | undefined;
  const joins = own?.kind === 'split' || own?.kind === 'join';
  const node = decided && joins ? { ...decided, attrs: { ...decided.attrs, suggestion: own } } : decided;
  const pieces = new Map<string, Piece>();
  piecesOf(json, pieces);
  return { reject: node ? JSON.stringify(node) : '', node, joins, pieces };
}

/** Whether rejecting every suggestion gives the same text for both lists of blocks. */
function sameRejected(before: BlockView[], after: BlockView[]): boolean {
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

function merged(views: BlockView[]): Map<string, Piece> {
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

const signature = (p: Piece) =>
  JSON.stringify([[...p.full].sort(), p.inserted, p.deleted, p.formatted, p.blocks]);

/** Checks the suggestions a suggester's change added, changed or removed. Throws a {@link Breach}. */
function checkPieces(
  before: Map<string, Piece>,
  after: Map<string, Piece>,
  identity: CollabIdentity,
  now: number,
): void {
  const me = authorOf({ party: identity.partyId, user: identity.userId });
  for (const [id, piece] of after) {
    const was = before.get(id);
    if (was && signature(was) === signature(piece)) continue;
    if ([...piece.authors, ...(was?.authors ?? [])].some((a) => a !== me))
      throw refuse(`changes suggestion ${id.slice(0, 64)} of another author, or names another author`);
    for (const [key, stamp] of piece.stamps) {
      if (was?.stamps.has(key)) continue;
      const at = Date.parse(stamp.ts);
      const earliest = Math.min(identity.suggestSince ?? now, now) - STAMP_CLOCK_SKEW_MS;
      if (!(at >= earliest && at <= now + STAMP_CLOCK_SKEW_MS))
        throw refuse(
          `a new suggestion stamped ${String(stamp.ts).slice(0, 40)}, far from the server's clock`,
        );
    }
  }
  for (const [id, piece] of before) {
    if (!after.has(id) && [...piece.authors].some((a) => a !== me))
      throw refuse(`removes suggestion ${id.slice(0, 64)} of another author`);
  }
}

/**
 * Before a suggester's update is applied: reads every top-level block not read since it last
 * changed (the first time, all of them), so the check compares with the last accepted state.
 */
export function prepareSuggestions(doc: Y.Doc, identity: CollabIdentity): void {
  if (!identity.suggestOnly) return;
  const state = stateOf(doc);
  state.views ??= new WeakMap();
  for (const child of doc.getXmlFragment(YDOC.body).toArray()) {
    if (child instanceof Y.XmlElement && !state.views.has(child)) state.views.set(child, viewOf(child));
  }
}

/**
 * Checks a suggester's transaction (see {@link prepareSuggestions}): over the top-level blocks it
 * touched, rejecting every suggestion gives the text as before; each suggestion it adds or
 * changes is the sender's (party and user), new stamps no later than the server's clock and no
 * earlier than the connection's session began (`suggestSince`: offline work merges), give or take
 * {@link STAMP_CLOCK_SKEW_MS}; every other author's suggestion keeps its stamp and text (a deletion may
 * be laid over another author's insertion: that insertion's text stays); the metadata and the
 * moves are not touched. Throws a {@link Breach} (`suggestion`).
 */
export function judgeSuggester(
  doc: Y.Doc,
  transaction: Y.Transaction,
  identity: CollabIdentity,
  now = Date.now(),
): void {
  if (
    transaction.changed.has(doc.getMap(YDOC.meta) as AnyType) ||
    transaction.changed.has(doc.getMap(YDOC.moves) as AnyType)
  )
    throw refuse('a suggester changes the document settings or moves');
  const views = stateOf(doc).views;
  if (!views) throw refuse('no accepted state to compare with');
  const body = doc.getXmlFragment(YDOC.body);
  const { list, elements } = touchedBlocks(transaction, body);
  if (!list && elements.size === 0) return;
  const fresh = new Map<Y.XmlElement, BlockView>();
  const after = (el: Y.XmlElement) => {
    let view = fresh.get(el);
    if (!view) {
      view = viewOf(el);
      fresh.set(el, view);
    }
    return view;
  };
  const before = (el: Y.XmlElement) => {
    const view = views.get(el);
    if (!view) throw refuse('a block without an accepted state');
    return view;
  };
  let beforeList: BlockView[];
  let afterList: BlockView[];
  let beforeTouched: BlockView[];
  let afterTouched: BlockView[];
  if (list) {
    const old = blocksBefore(body, transaction);
    const now = body.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
    const oldSet = new Set(old);
    const nowSet = new Set(now);
    const changedNow = (el: Y.XmlElement) => elements.has(el) || !oldSet.has(el);
    beforeList = old.map(before);
    afterList = now.map((el) => (changedNow(el) ? after(el) : before(el)));
    beforeTouched = old.filter((el) => elements.has(el) || !nowSet.has(el)).map(before);
    afterTouched = now.filter(changedNow).map(after);
  } else {
    const els = [...elements];
    beforeList = beforeTouched = els.map(before);
    afterList = afterTouched = els.map(after);
  }
  if (!sameRejected(beforeList, afterList)) throw refuse('a suggester changes the accepted text');
  checkPieces(merged(beforeTouched), merged(afterTouched), identity, now);
  transaction.meta.set(FRESH, fresh);
}

/**
 * From every writer: a suggestion the transaction writes in another person's or party's name
 * is refused, unless the document already held that very stamp (text with someone's
 * suggestion moved or restored). Throws a {@link Breach} (`suggestion`).
 */
export function judgeStamps(doc: Y.Doc, transaction: Y.Transaction, identity: CollabIdentity): void {
  const state = stateOf(doc);
  for (const stamp of newStamps(transaction)) {
    const ownParty =
      identity.partyId === undefined ? !identity.suggestOnly : stamp.party === identity.partyId;
    if (stamp.user === identity.userId && ownParty) continue;
    if (!state.stamps) {
      state.stamps = new Set();
      collectStamps(doc.getXmlFragment(YDOC.body) as AnyType, transaction, state.stamps);
    }
    if (!state.stamps.has(stampKey(stamp))) throw refuse('a suggestion in another person’s or party’s name');
  }
}
