/**
 * The last answers of the few GET requests a screen needs to open the editor (who I am, the
 * cooperation, the document), kept on this device in Cache Storage. When the server cannot be
 * reached, `api()` answers with them, so a reload or a crashed tab still opens the document
 * and its offline edits (kept by y-indexeddb). Cleared when the user signs out or another
 * user signs in on this device.
 */

const CACHE = 'sepakat-api-v1';

/** Only what the editor and the lists need; nothing large, nothing that streams. */
const KEPT = /^\/api\/(me|cooperations(\/[^/?]+)?|documents\/[^/?]+)$/;

const available = () => typeof caches !== 'undefined';

/** Whether answers to `path` are kept for offline use. */
export const isKeptOffline = (path: string) => KEPT.test(path);

/** Keeps the answer to a successful GET of `path` (when it is one of the kept paths). */
export async function keepOfflineCopy(path: string, data: unknown): Promise<void> {
  if (!available() || !isKeptOffline(path)) return;
  try {
    const cache = await caches.open(CACHE);
    await cache.put(
      path,
      new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } }),
    );
  } catch {
    // Storage full or refused (private mode): offline reading is a convenience, not a promise.
  }
}

/** The kept answer to `path`, or undefined. */
export async function offlineCopy(path: string): Promise<unknown> {
  if (!available() || !isKeptOffline(path)) return undefined;
  try {
    const hit = await (await caches.open(CACHE)).match(path);
    return hit ? await hit.json() : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets every kept answer. */
export async function clearOfflineCopies(): Promise<void> {
  if (available()) await caches.delete(CACHE).catch(() => false);
}
