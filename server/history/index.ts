import type { CollabLog } from '../collab/types.ts';
import type { DB } from '../db/connection.ts';
import { ClauseAttribution } from './attribution.ts';
import { autoVersion } from './versions.ts';

/**
 * History of documents: clause attribution from the update log, reconstruction at
 * any seq, versions, clause history, comparison, restore. Other features call
 * {@link createVersion} to record a version (approval, finalised, signed, meeting closed).
 */
export { type AttributionStats, ClauseAttribution } from './attribution.ts';
export { compareBodies } from './compareBodies.ts';
export { type DocumentState, stateAt } from './reconstruct.ts';
export { autoVersion, type CreateVersionInput, createVersion } from './versions.ts';
export type { VersionRecord } from './versionsRepo.ts';

/**
 * The attribution the app lists among the collaboration server's extensions: ten minutes
 * without changes to a document's clauses after some records an automatic version.
 */
export function historyAttribution(db: DB, log: CollabLog): ClauseAttribution {
  return new ClauseAttribution({
    db,
    log,
    onPause: (documentId) => {
      autoVersion(db, documentId);
    },
  });
}
