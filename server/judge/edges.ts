import * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import { MARK } from '../../shared/schema/names.ts';
import { isSuggestionMark, type SuggestionStamp } from '../../shared/suggestions/stamp.ts';
import type { CollabIdentity } from '../collab/types.ts';
import { deleted } from './body.ts';
import { type AnyType, markNameOf, rootOf } from './elements.ts';
import { newClients } from './stamps.ts';
import { stateOf } from './suggestions.ts';

/** Text that sits in a suggestion its author never put it in: its run, and the format key to clear there. */
interface Stray {
  text: Y.XmlText;
  index: number;
  length: number;
  key: string;
}

/** One item of a text as the walk reads it. */
interface Entry {
  item: Y.Item;
  /** Where its characters start (visible content), or -1 (a format, or a deleted item: an anchor only). */
  index: number;
  /** A suggestion format (a boundary of a range). */
  boundary: boolean;
  /** The suggestion formats in effect on it (content), or in effect just before it (a boundary). */
  marks: Map<string, SuggestionStamp>;
}

const NONE = new Map<string, SuggestionStamp>();

const contains = (item: Y.Item, id: Y.ID | null) =>
  !!id && item.id.client === id.client && item.id.clock <= id.clock && id.clock < item.id.clock + item.length;

const sameStamp = (a: SuggestionStamp | undefined, b: SuggestionStamp) =>
  !!a && a.id === b.id && a.user === b.user && a.party === b.party && a.ts === b.ts;

/**
 * The suggestion formats a text holds: none (nothing in it can stray, and it is not walked),
 * insertions alone (only the text under them is judged, without walking back from boundaries),
 * or ranges too (deletions, format changes).
 */
function suggestionFormats(text: Y.XmlText): 'none' | 'insertions' | 'ranges' {
  let found: 'none' | 'insertions' = 'none';
  for (let item = text._start; item; item = item.right) {
    const { content } = item;
    if (item.deleted || !(content instanceof Y.ContentFormat)) continue;
    const name = markNameOf(content.key);
    if (name === MARK.insertion) found = 'insertions';
    else if (isSuggestionMark(name)) return 'ranges';
  }
  return found;
}

/**
 * The runs of `text` under an insertion written by someone other than its author (see
 * {@link strayText}), in one walk of a text that holds no other suggestion format.
 */
function strayInsertions(text: Y.XmlText, clientUsers: Map<number, string>): Stray[] {
  const out: Stray[] = [];
  const marks = new Map<string, SuggestionStamp>();
  let index = 0;
  for (let item = text._start; item; item = item.right) {
    const { content } = item;
    if (item.deleted) continue;
    if (content instanceof Y.ContentFormat) {
      if (markNameOf(content.key) !== MARK.insertion) continue;
      if (content.value && typeof content.value === 'object')
        marks.set(content.key, content.value as SuggestionStamp);
      else marks.delete(content.key);
      continue;
    }
    if (!item.countable) continue;
    const writer = marks.size > 0 ? clientUsers.get(item.id.client) : undefined;
    for (const [key, stamp] of marks) {
      if (writer === undefined || writer === stamp.user) continue;
      const prev = out[out.length - 1];
      if (prev && prev.key === key && prev.index + prev.length === index) prev.length += item.length;
      else out.push({ text, index, length: item.length, key });
      break;
    }
    index += item.length;
  }
  return out;
}

/**
 * The items of a text in order, with their character index and the suggestion formats on them.
 * Items between two boundaries share one map of formats: a boundary makes a new one.
 */
function entries(text: Y.XmlText): Entry[] {
  const out: Entry[] = [];
  let marks = NONE;
  let index = 0;
  for (let item = text._start; item; item = item.right) {
    const { content } = item;
    if (item.deleted) out.push({ item, index: -1, boundary: false, marks: NONE });
    else if (content instanceof Y.ContentFormat) {
      const boundary = isSuggestionMark(markNameOf(content.key));
      out.push({ item, index: -1, boundary, marks: boundary ? marks : NONE });
      if (!boundary) continue;
      marks = new Map(marks);
      if (content.value && typeof content.value === 'object')
        marks.set(content.key, content.value as SuggestionStamp);
      else marks.delete(content.key);
    } else if (item.countable) {
      out.push({ item, index, boundary: false, marks: marks.size ? marks : NONE });
      index += item.length;
    } else out.push({ item, index: -1, boundary: false, marks: NONE });
  }
  return out;
}

/**
 * The runs of `text` that lie inside another person's suggestion without having been put
 * there by its author. Yjs places a new item right of its `origin` and left of its
 * `rightOrigin`; when two people insert at the same place at once, client ids decide the
 * order, so text typed directly at the edge of a deletion or format change made at the same
 * moment can land between the suggestion's boundary format and the boundary's own anchor:
 * text its author never saw, now inside the range (accepting the deletion would delete it).
 * Text under an insertion must be its author's: anything else there is taken out of it.
 * Only text whose writer the server knows (`clientUsers`) is judged.
 */
export function strayText(text: Y.XmlText, clientUsers: Map<number, string>): Stray[] {
  const formats = suggestionFormats(text);
  if (formats === 'none') return [];
  if (formats === 'insertions') return strayInsertions(text, clientUsers);
  const list = entries(text);
  const out: Stray[] = [];
  const take = (e: Entry, key: string) => {
    const prev = out[out.length - 1];
    if (prev && prev.key === key && prev.index + prev.length === e.index) prev.length += e.item.length;
    else out.push({ text, index: e.index, length: e.item.length, key });
  };
  /** Whether content `e` is under `stamp` (at `key`) and was written by someone else. */
  const foreign = (e: Entry, key: string, stamp: SuggestionStamp) => {
    if (e.index < 0 || !sameStamp(e.marks.get(key), stamp)) return false;
    const writer = clientUsers.get(e.item.id.client);
    return writer !== undefined && writer !== stamp.user;
  };
  const found = new Set<Entry>();
  list.forEach((e, at) => {
    if (!e.boundary) {
      for (const [key, stamp] of e.marks) {
        if (markNameOf(key) === MARK.insertion && foreign(e, key, stamp) && !found.has(e)) {
          found.add(e);
          take(e, key);
        }
      }
      return;
    }
    const { key, value } = e.item.content as Y.ContentFormat;
    if (markNameOf(key) === MARK.insertion) return;
    const opened = value && typeof value === 'object' ? (value as SuggestionStamp) : null;
    const closed = e.marks.get(key);
    // Right of a boundary that opens a range, up to the item it was placed left of.
    if (opened) {
      for (let i = at + 1; i < list.length && !contains(list[i]!.item, e.item.rightOrigin); i++) {
        const c = list[i]!;
        if (foreign(c, key, opened) && !found.has(c)) {
          found.add(c);
          take(c, key);
        }
      }
    }
    // Left of a boundary that closes one, back to the item it was placed right of.
    if (closed) {
      for (let i = at - 1; i >= 0 && !contains(list[i]!.item, e.item.origin); i--) {
        const c = list[i]!;
        if (foreign(c, key, closed) && !found.has(c)) {
          found.add(c);
          take(c, key);
        }
      }
    }
  });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * After a client transaction was accepted: records which user writes with the Yjs clients it
 * brought, and takes any stray text out of the suggestions around it (see {@link strayText})
 * in the texts it changed. Returns the server's change, or null.
 */
export function guardEdges(
  doc: Y.Doc,
  transaction: Y.Transaction,
  identity: CollabIdentity,
): ((doc: Y.Doc) => void) | null {
  const { clientUsers } = stateOf(doc);
  for (const client of newClients(transaction))
    if (!clientUsers.has(client)) clientUsers.set(client, identity.userId);
  const body = doc.getXmlFragment(YDOC.body) as AnyType;
  const strays: Stray[] = [];
  for (const type of transaction.changed.keys()) {
    if (!(type instanceof Y.XmlText) || deleted(type) || rootOf(type) !== body) continue;
    strays.push(...strayText(type, clientUsers));
  }
  if (strays.length === 0) return null;
  return () => {
    for (const s of strays) s.text.format(s.index, s.length, { [s.key]: null });
  };
}
