import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { RefusalReason, YDOC } from '../../shared/protocol.ts';
import type { SuggestionStamp } from '../../shared/suggestions/stamp.ts';
import { REFUSED_TRANSACTION } from '../collab/room.ts';
import type { CollabIdentity } from '../collab/types.ts';
import { type AnyType, Breach } from './elements.ts';
import { judgeLocally } from './local.ts';
import { collectStamps, isNew, newStamps, stampKey } from './stamps.ts';
import {
  authorOf,
  type BlockView,
  cachedElement,
  forgetChanged,
  merged,
  type Piece,
  readElement,
  samePiece,
  sameRejected,
  viewOfJSON,
} from './views.ts';

/** How far the time of a new suggestion may be from the server's clock. */
export const STAMP_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Key of `transaction.meta` holding the blocks the check read after the change (kept for the next one). */
const FRESH = 'judge.suggestions.fresh';

const refuse = (message: string) => new Breach(RefusalReason.suggestion, message);

/** What the judge keeps of one live document (the room's Y.Doc). */
interface DocState {
  /** The canonical JSON of each element as last accepted: built when a suggester first writes. */
  json: WeakMap<Y.XmlElement, PMJSON> | null;
  /** Every stamp the document has held: built when a suggester first writes, or a writer first carries another person's. */
  stamps: Set<string> | null;
  /** The authors of those stamps, by suggestion id (built with `stamps`). */
  owners: Map<string, Set<string>> | null;
  /** The user who sent the first change of each Yjs client, as the server received it. */
  clientUsers: Map<number, string>;
}

const states = new WeakMap<Y.Doc, DocState>();

/** The judge's state of a live document; it follows every accepted transaction, from any writer. */
export function stateOf(doc: Y.Doc): DocState {
  let state = states.get(doc);
  if (!state) {
    const created: DocState = { json: null, stamps: null, owners: null, clientUsers: new Map() };
    doc.on('afterTransaction', (transaction: Y.Transaction) => follow(created, transaction));
    states.set(doc, created);
    state = created;
  }
  return state;
}

function remember(state: DocState, stamp: SuggestionStamp): void {
  state.stamps?.add(stampKey(stamp));
  const author = authorOf(stamp);
  const owners = state.owners?.get(stamp.id);
  if (owners) owners.add(author);
  else state.owners?.set(stamp.id, new Set([author]));
}

/** Reads every stamp the document holds (without those `transaction` brought), once. */
function stampsOf(state: DocState, doc: Y.Doc, transaction: Y.Transaction | null): Set<string> {
  if (state.stamps) return state.stamps;
  const keys = new Set<string>();
  collectStamps(doc.getXmlFragment(YDOC.body) as AnyType, transaction, keys);
  state.stamps = new Set();
  state.owners = new Map();
  for (const key of keys) {
    const [id, party, user, ts] = JSON.parse(key) as string[];
    remember(state, { id, party, user, ts } as SuggestionStamp);
  }
  return state.stamps;
}

function follow(state: DocState, transaction: Y.Transaction): void {
  if (transaction.meta.has(REFUSED_TRANSACTION)) return;
  if (state.stamps) for (const stamp of newStamps(transaction)) remember(state, stamp);
  const { json } = state;
  if (!json || transaction.changed.size === 0) return;
  const fresh = transaction.meta.get(FRESH) as Map<Y.XmlElement, PMJSON> | undefined;
  const around = fresh?.size === 1 ? keptAround(json, transaction, fresh) : null;
  for (const type of transaction.changed.keys()) forgetChanged(json, type);
  // What the check read after the change stands for the next one, if every element in it is kept.
  for (const [el, read] of fresh ?? []) {
    if (!el.toArray().every((child) => !(child instanceof Y.XmlElement) || json.has(child))) continue;
    json.set(el, read);
    // The elements around it changed in that one child alone: their JSON takes its new one.
    let [from, to] = [around?.get(el), read];
    for (let up = el.parent; from && up instanceof Y.XmlElement; up = up.parent) {
      const was = around?.get(up);
      const at = was?.content?.indexOf(from) ?? -1;
      if (!was || at < 0) break;
      const now: PMJSON = { ...was, content: was.content!.map((c, i) => (i === at ? to : c)) };
      json.set(up, now);
      [from, to] = [was, now];
    }
  }
}

/**
 * The JSON, as last accepted, of the one element the check read after `transaction` and of the
 * elements it sits in, when everything the transaction changed lies inside that element: those
 * around it then differ only in that child. Null otherwise.
 */
function keptAround(
  json: WeakMap<Y.XmlElement, PMJSON>,
  transaction: Y.Transaction,
  fresh: Map<Y.XmlElement, PMJSON>,
): Map<Y.XmlElement, PMJSON> | null {
  const [el] = fresh.keys();
  if (!el) return null;
  for (const type of transaction.changed.keys()) {
    let t: AnyType | null = type;
    while (t && t !== el) t = t._item ? (t._item.parent as AnyType) : null;
    if (!t) return null;
  }
  const out = new Map<Y.XmlElement, PMJSON>();
  for (let up: AnyType | null = el; up instanceof Y.XmlElement; up = up.parent as AnyType | null) {
    const was = json.get(up);
    if (!was) break;
    out.set(up, was);
  }
  return out;
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

/** Whether the time of a new stamp is one the server takes (see {@link judgeSuggester}). */
function stampTimeOk(stamp: SuggestionStamp, identity: CollabIdentity, now: number): boolean {
  const at = Date.parse(stamp.ts);
  const earliest = Math.min(identity.suggestSince ?? now, now) - STAMP_CLOCK_SKEW_MS;
  return at >= earliest && at <= now + STAMP_CLOCK_SKEW_MS;
}

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
    if (was && samePiece(was, piece)) continue;
    if ([...piece.authors, ...(was?.authors ?? [])].some((a) => a !== me))
      throw refuse(`changes suggestion ${id.slice(0, 64)} of another author, or names another author`);
    for (const [key, stamp] of piece.stamps) {
      if (!was?.stamps.has(key) && !stampTimeOk(stamp, identity, now))
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
 * Before a suggester's update is applied: reads every element not read since it last changed
 * (the first time, all of them; then a keystroke's paragraph and the elements it sits in, which
 * reuse the JSON of their other children), and the stamps the document holds, so the check
 * compares with the last accepted state.
 */
export function prepareSuggestions(doc: Y.Doc, identity: CollabIdentity): void {
  if (!identity.suggestOnly) return;
  const state = stateOf(doc);
  state.json ??= new WeakMap();
  const { json } = state;
  stampsOf(state, doc, null);
  for (let item = doc.getXmlFragment(YDOC.body)._start; item; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement)
      cachedElement(json, item.content.type);
  }
}

/**
 * Checks a suggester's transaction (see {@link prepareSuggestions}): over the top-level blocks it
 * touched, rejecting every suggestion gives the text as before; each suggestion it adds or
 * changes is the sender's (party and user), new stamps no later than the server's clock and no
 * earlier than the connection's session began (`suggestSince`: offline work merges), give or take
 * {@link STAMP_CLOCK_SKEW_MS}; every other author's suggestion keeps its stamp and text (a deletion may
 * be laid over another author's insertion: that insertion's text stays); the metadata and the
 * moves are not touched. Most changes (typing) are settled over the blocks they changed alone
 * (local.ts); the rest over their top-level blocks. Throws a {@link Breach} (`suggestion`).
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
  const state = stateOf(doc);
  const { json, owners } = state;
  if (!json || !owners) throw refuse('no accepted state to compare with');
  const body = doc.getXmlFragment(YDOC.body);
  const me = authorOf({ party: identity.partyId, user: identity.userId });
  const local = judgeLocally({ json, owners }, transaction, body, me, (s) => stampTimeOk(s, identity, now));
  if (local) transaction.meta.set(FRESH, local);
  else judgeWhole(doc, transaction, identity, now);
}

/**
 * The check of {@link judgeSuggester} over every top-level block the transaction touched, read
 * whole: what decides whenever the local check (local.ts) cannot. Throws a {@link Breach}.
 */
export function judgeWhole(
  doc: Y.Doc,
  transaction: Y.Transaction,
  identity: CollabIdentity,
  now: number,
): void {
  const { json } = stateOf(doc);
  if (!json) throw refuse('no accepted state to compare with');
  const body = doc.getXmlFragment(YDOC.body);
  const { list, elements } = touchedBlocks(transaction, body);
  if (!list && elements.size === 0) return;
  const fresh = new Map<Y.XmlElement, BlockView>();
  const after = (el: Y.XmlElement) => {
    let view = fresh.get(el);
    if (!view) {
      view = viewOfJSON(readElement(el, transaction));
      fresh.set(el, view);
    }
    return view;
  };
  const before = (el: Y.XmlElement) => {
    const read = json.get(el);
    if (!read) throw refuse('a block without an accepted state');
    return viewOfJSON(read);
  };
  let beforeList: BlockView[];
  let afterList: BlockView[];
  let beforeTouched: BlockView[];
  let afterTouched: BlockView[];
  if (list) {
    const old = blocksBefore(body, transaction);
    const current = body.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
    const oldSet = new Set(old);
    const currentSet = new Set(current);
    const changedNow = (el: Y.XmlElement) => elements.has(el) || !oldSet.has(el);
    beforeList = old.map(before);
    afterList = current.map((el) => (changedNow(el) ? after(el) : before(el)));
    beforeTouched = old.filter((el) => elements.has(el) || !currentSet.has(el)).map(before);
    afterTouched = current.filter(changedNow).map(after);
  } else {
    const els = [...elements];
    beforeList = beforeTouched = els.map(before);
    afterList = afterTouched = els.map(after);
  }
  if (!sameRejected(beforeList, afterList)) throw refuse('a suggester changes the accepted text');
  checkPieces(merged(beforeTouched), merged(afterTouched), identity, now);
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
    if (!stampsOf(state, doc, transaction).has(stampKey(stamp)))
      throw refuse('a suggestion in another person’s or party’s name');
  }
}
