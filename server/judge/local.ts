import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { MARK } from '../../shared/schema/names.ts';
import {
  type BlockSuggestion,
  isSuggestionMark,
  type SuggestionStamp,
} from '../../shared/suggestions/stamp.ts';
import { deleted } from './body.ts';
import { type AnyType, markNameOf, nodeTypeOf } from './elements.ts';
import { newItems, SUGGESTION_ATTRIBUTE } from './stamps.ts';
import { authorOf, type Piece, readElement, samePiece, textOf, viewOfJSON } from './views.ts';

/** What the local check reads of a document as last accepted. */
export interface AcceptedState {
  /** The canonical JSON of every element (see `cachedElement`). */
  json: WeakMap<Y.XmlElement, PMJSON>;
  /** The authors (`authorOf`) of every stamp the document has held, by suggestion id. */
  owners: Map<string, Set<string>>;
}

/**
 * The outermost blocks holding everything `transaction` changed, each with its own attributes
 * unchanged; null when it changed the body's list of blocks, a deleted part, or anything else
 * the blocks alone cannot tell.
 */
function changedBlocks(transaction: Y.Transaction, body: Y.XmlFragment): Set<Y.XmlElement> | null {
  const blocks = new Set<Y.XmlElement>();
  for (const [type, keys] of transaction.changed) {
    if (type === (body as AnyType) || deleted(type)) return null;
    // A block whose attributes changed is decided by the block it sits in.
    let block: AnyType | null =
      type instanceof Y.XmlText || [...keys].some((k) => k !== null) ? (type.parent as AnyType | null) : type;
    // An inline node's content is decided with its block's.
    while (block instanceof Y.XmlElement && nodeTypeOf(block)?.isInline)
      block = block.parent as AnyType | null;
    if (!(block instanceof Y.XmlElement)) return null;
    blocks.add(block);
  }
  for (const block of blocks) {
    for (let up = block.parent; up instanceof Y.XmlElement; up = up.parent) {
      if (blocks.has(up)) {
        blocks.delete(block);
        break;
      }
    }
  }
  return blocks;
}

/** The suggestions of the blocks `block` sits in that propose them whole (rejecting removes them). */
function insertedAround(block: Y.XmlElement): BlockSuggestion[] {
  const out: BlockSuggestion[] = [];
  for (let up = block.parent; up instanceof Y.XmlElement; up = up.parent) {
    const suggestion = up.getAttribute(SUGGESTION_ATTRIBUTE) as unknown as BlockSuggestion | undefined;
    if (suggestion && typeof suggestion === 'object' && suggestion.kind === 'insert') out.push(suggestion);
  }
  return out;
}

/**
 * The check of a suggester's transaction over only the blocks it changed (a keystroke: its
 * paragraph), so that it costs what the change touched whatever the Pasal holds. It only ever
 * accepts what the whole check (over each changed top-level block) accepts: rejecting every
 * suggestion leaves each changed block as it was, hence the whole document; every suggestion
 * whose pieces there changed has only ever been the sender's (`me`) in the whole document, and
 * its new stamps pass `stampOk`. Returns the changed blocks as read now, or null when it cannot
 * tell (the whole check then decides).
 */
export function judgeLocally(
  state: AcceptedState,
  transaction: Y.Transaction,
  body: Y.XmlFragment,
  me: string,
  stampOk: (stamp: SuggestionStamp) => boolean,
): Map<Y.XmlElement, PMJSON> | null {
  if (typedInOwnInsertion(state, transaction, me)) return new Map();
  const blocks = changedBlocks(transaction, body);
  if (!blocks) return null;
  const fresh = new Map<Y.XmlElement, PMJSON>();
  /** Suggestions whose pieces changed, with the authors their pieces name now. */
  const touched = new Map<string, Set<string>>();
  const touch = (id: string, authors: Iterable<string>) => {
    const into = touched.get(id) ?? new Set<string>();
    for (const a of authors) into.add(a);
    touched.set(id, into);
  };
  for (const block of blocks) {
    const beforeJSON = state.json.get(block);
    if (!beforeJSON) return null;
    const afterJSON = readElement(block, transaction);
    fresh.set(block, afterJSON);
    const before = viewOfJSON(beforeJSON);
    const after = viewOfJSON(afterJSON);
    const around = insertedAround(block);
    if (around.length === 0 && before.reject !== after.reject) return null;
    for (const [id, piece] of after.pieces) {
      const was = before.pieces.get(id);
      if (was && samePiece(was, piece)) continue;
      touch(id, piece.authors);
      if (!newStampsOk(piece, was, stampOk)) return null;
    }
    for (const id of before.pieces.keys()) if (!after.pieces.has(id)) touch(id, []);
    // A block proposed whole holds its text: what changed in it changes that suggestion.
    if (around.length > 0 && textOf(beforeJSON) !== textOf(afterJSON))
      for (const s of around) touch(s.id, [authorOf(s)]);
  }
  for (const [id, authors] of touched) {
    for (const a of authors) if (a !== me) return null;
    for (const a of state.owners.get(id) ?? []) if (a !== me) return null;
  }
  return fresh;
}

function newStampsOk(piece: Piece, was: Piece | undefined, stampOk: (stamp: SuggestionStamp) => boolean) {
  for (const [key, stamp] of piece.stamps) if (!was?.stamps.has(key) && !stampOk(stamp)) return false;
  return true;
}

/**
 * Whether the transaction is a keystroke that extends the sender's own insertion: it deletes
 * nothing, changes no attribute, and adds only characters, each inside insertion formats that
 * are all the sender's (and only ever were) and no other suggestion's range, in blocks nobody
 * else proposed. Rejecting every suggestion removes exactly those characters, so the check
 * holds without reading a block: most of a suggester's typing is settled this way.
 */
function typedInOwnInsertion(state: AcceptedState, transaction: Y.Transaction, me: string): boolean {
  if (transaction.deleteSet.clients.size > 0) return false;
  for (const [type, keys] of transaction.changed) {
    if (!(type instanceof Y.XmlText)) return false;
    for (const key of keys) if (key !== null) return false;
  }
  const items = newItems(transaction);
  if (items.length === 0) return false;
  for (const item of items) {
    const text = item.parent;
    if (item.deleted || !(item.content instanceof Y.ContentString) || !(text instanceof Y.XmlText))
      return false;
    if (!ownInsertionAt(item, state, me) || !ownBlocksAround(text, me)) return false;
  }
  return true;
}

/**
 * Whether the suggestion formats in effect at `item` (each key's nearest live format to its
 * left) are insertions alone, at least one, all the sender's.
 */
function ownInsertionAt(item: Y.Item, state: AcceptedState, me: string): boolean {
  const seen = new Set<string>();
  let open = 0;
  for (let at = item.left; at; at = at.left) {
    const { content } = at;
    if (at.deleted || !(content instanceof Y.ContentFormat) || seen.has(content.key)) continue;
    const name = markNameOf(content.key);
    if (!isSuggestionMark(name)) continue;
    seen.add(content.key);
    const stamp = content.value as SuggestionStamp | null;
    if (!stamp || typeof stamp !== 'object') continue;
    if (name !== MARK.insertion || authorOf(stamp) !== me) return false;
    const owners = state.owners.get(stamp.id);
    if (!owners || [...owners].some((a) => a !== me)) return false;
    open += 1;
  }
  return open > 0;
}

/** Whether every block around `text` is either no suggestion or one of the sender's, and none is inline. */
function ownBlocksAround(text: Y.XmlText, me: string): boolean {
  const parent = text.parent;
  if (!(parent instanceof Y.XmlElement) || nodeTypeOf(parent)?.isInline !== false) return false;
  for (let up: AnyType | null = parent; up instanceof Y.XmlElement; up = up.parent as AnyType | null) {
    const suggestion = up.getAttribute(SUGGESTION_ATTRIBUTE) as unknown as BlockSuggestion | null | undefined;
    if (suggestion && (typeof suggestion !== 'object' || authorOf(suggestion) !== me)) return false;
  }
  return true;
}
