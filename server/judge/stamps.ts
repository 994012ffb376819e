import * as Y from 'yjs';
import { isSuggestionMark, type SuggestionStamp } from '../../shared/suggestions/stamp.ts';
import { type AnyType, markNameOf } from './elements.ts';

/** The block attribute that holds a block's suggestion (shared/schema/nodes/suggestion.ts). */
export const SUGGESTION_ATTRIBUTE = 'suggestion';

/** A stamp as one comparable string: who, which suggestion, when. */
export const stampKey = (s: SuggestionStamp) => JSON.stringify([s.id, s.party, s.user, s.ts]);

/** Whether an item was integrated by the transaction (it is new). */
export const isNew = (item: Y.Item, transaction: Y.Transaction) =>
  item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);

/** The stamp an item writes, if it writes a suggestion: a suggestion mark's start or a block's attribute. */
export function stampOfItem(item: Y.Item): SuggestionStamp | null {
  const { content } = item;
  let value: unknown = null;
  if (content instanceof Y.ContentFormat) {
    if (isSuggestionMark(markNameOf(content.key))) value = content.value;
  } else if (item.parentSub === SUGGESTION_ATTRIBUTE && content instanceof Y.ContentAny) {
    value = content.getContent()[0];
  }
  return value && typeof value === 'object' ? (value as SuggestionStamp) : null;
}

/**
 * The Yjs clients a transaction brought structs of (also while it runs, before Yjs records its
 * `afterState`).
 */
export function newClients(transaction: Y.Transaction): number[] {
  const out: number[] = [];
  const { beforeState, afterState } = transaction;
  if (afterState.size > 0) {
    for (const [client, clock] of afterState) if (clock > (beforeState.get(client) ?? 0)) out.push(client);
    return out;
  }
  for (const [client, structs] of transaction.doc.store.clients) {
    const last = structs[structs.length - 1];
    const end = last ? last.id.clock + last.length : 0;
    if (end > (beforeState.get(client) ?? 0)) out.push(client);
  }
  return out;
}

/** The new items of each transaction that has ended (nothing is integrated in it any more). */
const ended = new WeakMap<Y.Transaction, Y.Item[]>();

/** Every struct a transaction integrated (new ids), in client and clock order. */
export function newItems(transaction: Y.Transaction): Y.Item[] {
  const done = transaction.afterState.size > 0;
  const kept = done ? ended.get(transaction) : undefined;
  if (kept) return kept;
  const { store } = transaction.doc;
  const out: Y.Item[] = [];
  for (const client of newClients(transaction)) {
    const structs = store.clients.get(client) ?? [];
    const before = transaction.beforeState.get(client) ?? 0;
    for (let i = before > 0 ? Y.findIndexSS(structs, before) : 0; i < structs.length; i++) {
      const struct = structs[i];
      if (struct instanceof Y.Item) out.push(struct);
    }
  }
  if (done) ended.set(transaction, out);
  return out;
}

/** Stamps written by the items a transaction integrated and kept (not deleted in it). */
export function newStamps(transaction: Y.Transaction): SuggestionStamp[] {
  const out: SuggestionStamp[] = [];
  for (const item of newItems(transaction)) {
    if (item.deleted) continue;
    const stamp = stampOfItem(item);
    if (stamp) out.push(stamp);
  }
  return out;
}

/**
 * Every stamp held anywhere under `type` by items older than `transaction` (deleted ones
 * included while Yjs still keeps their content): what a writer may carry on without being its
 * author (moving or restoring text that holds another person's suggestion).
 */
export function collectStamps(type: AnyType, transaction: Y.Transaction | null, into: Set<string>): void {
  for (let item = type._start; item; item = item.right) {
    if (transaction && isNew(item, transaction)) continue;
    const stamp = stampOfItem(item);
    if (stamp) into.add(stampKey(stamp));
    if (item.content instanceof Y.ContentType) {
      const child = item.content.type as AnyType;
      collectStamps(child, transaction, into);
      // A block's attributes: each key's latest value, and the older ones still kept.
      for (const last of child._map.values()) {
        for (let at: Y.Item | null = last; at; at = at.left) {
          if (transaction && isNew(at, transaction)) continue;
          const s = stampOfItem(at);
          if (s) into.add(stampKey(s));
        }
      }
    }
  }
}
