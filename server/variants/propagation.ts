import type { CollabExtension } from '../collab/types.ts';
import type { DB } from '../db/connection.ts';
import { findTier } from '../db/repos/variants.ts';
import { type SyncContext, syncMaster } from './sync.ts';

/** A master's variants follow it this long after its last change (ms)... */
export const SETTLE_MS = 250;
/** ...or this long after the first change of a burst, however long the typing goes on. */
export const MAX_WAIT_MS = 1500;

/** Whether each document seen is a master, per database: made a master only through {@link rememberMaster}. */
const masters = new WeakMap<DB, Map<string, boolean>>();

function masterCache(db: DB): Map<string, boolean> {
  let byId = masters.get(db);
  if (!byId) {
    byId = new Map();
    masters.set(db, byId);
  }
  return byId;
}

/** Tells propagation that `documentId` is now a master (its next change reaches its variants). */
export function rememberMaster(db: DB, documentId: string): void {
  masterCache(db).set(documentId, true);
}

/**
 * The collaboration server's extension that makes a master's changes reach its variants: each
 * stored change of a master (from a client or the server) schedules a sync of its family once
 * the typing settles (`SETTLE_MS`, at most `MAX_WAIT_MS` after the burst began), so a burst of
 * keystrokes costs one merge per variant, not one per keystroke. Changes of other documents
 * cost one map lookup (a database read the first time a document is seen).
 */
export function variantPropagation(db: DB, context: () => SyncContext): CollabExtension {
  const cache = masterCache(db);
  const timers = new Map<string, { timer: NodeJS.Timeout; since: number }>();
  const isMaster = (documentId: string) => {
    let known = cache.get(documentId);
    if (known === undefined) {
      known = findTier(db, documentId)?.tier === 'master';
      cache.set(documentId, known);
    }
    return known;
  };
  const run = (documentId: string) => {
    timers.delete(documentId);
    const ctx = context();
    syncMaster(ctx, documentId).catch((err) =>
      ctx.log.error({ err, masterId: documentId }, 'the variants could not follow their master'),
    );
  };
  return {
    onChange({ documentId }) {
      if (!isMaster(documentId)) return;
      const now = Date.now();
      const pending = timers.get(documentId);
      if (pending) clearTimeout(pending.timer);
      const since = pending?.since ?? now;
      const wait = Math.max(0, Math.min(SETTLE_MS, since + MAX_WAIT_MS - now));
      timers.set(documentId, { timer: setTimeout(() => run(documentId), wait).unref(), since });
    },
    afterUnloadDocument({ documentId }) {
      // A master's sync may be due still: it opens the rooms it needs itself.
      if (!timers.has(documentId)) cache.delete(documentId);
    },
  };
}
