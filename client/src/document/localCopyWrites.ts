import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** How long others' changes wait to be written to this device's copy together. */
const OTHERS_BATCH_MS = 250;

/**
 * Writes others' changes to this device's copy (y-indexeddb) in one IndexedDB transaction
 * every quarter of a second instead of one per change: with five people typing, a transaction
 * per keystroke received was a fifth of the page's main-thread time. Those changes are on the
 * server already, so one that is not yet written when the tab closes is fetched again. What is
 * typed here is written at once, as before, after any of others' changes still waiting, so a
 * crash loses nothing typed on this device. Returns the function that writes what waits and stops.
 */
export function batchOthersChanges(
  local: IndexeddbPersistence,
  ydoc: Y.Doc,
  fromOthers: (origin: unknown) => boolean,
): () => void {
  const store = local._storeUpdate;
  let waiting: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0 || local._destroyed) return;
    const update = waiting.length === 1 ? waiting[0]! : Y.mergeUpdates(waiting);
    waiting = [];
    store(update, null);
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (!fromOthers(origin)) {
      flush();
      store(update, origin);
      return;
    }
    waiting.push(update);
    timer ??= setTimeout(flush, OTHERS_BATCH_MS);
  };
  ydoc.off('update', store);
  ydoc.on('update', onUpdate);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    ydoc.off('update', onUpdate);
    window.removeEventListener('pagehide', flush);
  };
}
