import { docToJSON } from '../collab/convert.ts';
import { updateTime } from '../collab/store.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors/index.ts';
import { type DocumentState, stateAt } from './reconstruct.ts';
import { findVersion, type VersionRecord } from './versionsRepo.ts';

/** A point of a document to compare: a version, or the text as it is now. */
export interface DocumentPoint {
  ref: string;
  seq: number;
  label: string;
  version: VersionRecord | null;
  state: DocumentState;
}

/** The ref for the document as it is now. */
export const CURRENT = 'current';

/**
 * Resolves `current` or a version id of the document. `current` first commits what is
 * pending in the live room (so the latest seq covers every edit anyone has seen) and brings
 * attribution up to date.
 */
export async function resolvePoint(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'>,
  documentId: string,
  ref: string,
): Promise<DocumentPoint> {
  if (ref === CURRENT) {
    // The live room holds exactly the log up to the latest seq once withDocument has
    // committed what was pending (it does so before resolving): read it rather than replay.
    const { body, meta } = await ctx.collab.withDocument(documentId, (doc) => docToJSON(doc));
    ctx.collab.settle(documentId);
    const seq = ctx.store.latestSeq(documentId);
    const state: DocumentState = { seq, at: updateTime(ctx.db, documentId, seq), body, meta };
    return { ref, seq, label: '', version: null, state };
  }
  const version = findVersion(ctx.db, documentId, ref);
  if (!version) throw notFound('version');
  return {
    ref,
    seq: version.seq,
    label: version.label,
    version,
    state: stateAt(ctx.db, documentId, version.seq),
  };
}
