import * as Y from 'yjs';

/**
 * What the room reads of a Y.Doc's struct store. `pendingStructs`/`pendingDs` and `clients`
 * are internal to Yjs (stable through the 13.x line): Yjs keeps there the parts of updates
 * whose dependencies have not arrived, and every client's structs.
 */
interface StructStore {
  clients: Map<number, { id: { clock: number }; length: number }[]>;
  pendingStructs: unknown;
  pendingDs: unknown;
}

const storeOf = (doc: Y.Doc) => doc.store as unknown as StructStore;

/** Whether the document holds structs or deletions waiting for dependencies it does not have. */
export function hasPending(doc: Y.Doc): boolean {
  const store = storeOf(doc);
  return store.pendingStructs != null || store.pendingDs != null;
}

/**
 * Takes what waits for dependencies out of the document, as one update (in Yjs's v2 encoding,
 * as Yjs keeps it: apply it with `Y.applyUpdateV2`) that can be applied again later, when the
 * dependencies may have arrived; null when nothing waits.
 */
export function takePending(doc: Y.Doc): Uint8Array | null {
  const store = storeOf(doc) as StructStore & {
    pendingStructs: { update: Uint8Array } | null;
    pendingDs: Uint8Array | null;
  };
  const parts = [store.pendingStructs?.update, store.pendingDs].filter((p): p is Uint8Array => !!p);
  dropPending(doc);
  const [first] = parts;
  return !first ? null : parts.length === 1 ? first : Y.mergeUpdatesV2(parts);
}

/**
 * Forgets what waits for dependencies: it can never be sent, checkpointed or shown, and a
 * document loaded with none lets the room tell which update brought some.
 */
export function dropPending(doc: Y.Doc): void {
  const store = storeOf(doc);
  store.pendingStructs = null;
  store.pendingDs = null;
}

/** Whether a transaction (still open) added any struct or deleted anything. */
export function changedAnything(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, structs] of storeOf(transaction.doc).clients) {
    const last = structs[structs.length - 1];
    if (last && last.id.clock + last.length > (transaction.beforeState.get(client) ?? 0)) return true;
  }
  return false;
}
