import type { CollabServer } from '../collab/index.ts';
import type { ClauseAttribution } from './attribution.ts';

/**
 * The attribution serving each collaboration server, so that `createVersion(ctx, …)` can
 * bring attribution up to date first without widening `AppContext`. Keyed by the injected
 * server object, not a module-level singleton: several apps in one process stay apart.
 */
const byServer = new WeakMap<CollabServer, ClauseAttribution>();

export function registerAttribution(collab: CollabServer, attribution: ClauseAttribution): void {
  byServer.set(collab, attribution);
}

export function attributionOf(collab: CollabServer): ClauseAttribution | undefined {
  return byServer.get(collab);
}
