import type { VersionDTO, VersionKind, VersionSummaryDTO } from '../../shared/api/history.ts';
import { logHead } from '../collab/store.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import { findDocument } from '../db/repos/documents.ts';
import { iso } from '../db/repos/sql.ts';
import { compareBodies } from './compareBodies.ts';
import type { People } from './people.ts';
import { stateAt } from './reconstruct.ts';
import { insertVersion, latestVersionAtOrBefore, type VersionRecord } from './versionsRepo.ts';

/** What {@link createVersion} records. */
export interface CreateVersionInput {
  documentId: string;
  kind: VersionKind;
  /** Shown in the list; automatic versions may leave it empty (the client names the kind). */
  label: string;
  /** Who caused it (null for automatic versions). */
  userId: string | null;
  /** The meeting whose closing recorded it. */
  meetingId?: string | null;
}

/**
 * Records a version of a document as it is now: every pending edit is committed and
 * attributed first (`collab.settle`, whether the document is open or not), then the version points at the log's latest seq with a summary of the
 * clauses added, removed, changed and moved since the previous version. Synchronous, so it
 * may be called inside another command's transaction or awaited alike.
 *
 * Used by the versions API (manual), approvals (approval, finalized, reopened, signed),
 * meetings (meeting, with `meetingId`) and the pause detector (auto).
 */
export function createVersion(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'>,
  input: CreateVersionInput,
): VersionRecord {
  ctx.collab.settle(input.documentId);
  return recordVersion(ctx.db, ctx.store.latestSeq(input.documentId), input);
}

/** Inserts a version at `seq` with its summary against the previous version. */
export function recordVersion(db: DB, seq: number, input: CreateVersionInput): VersionRecord {
  const previous = latestVersionAtOrBefore(db, input.documentId, seq);
  return insertVersion(db, {
    documentId: input.documentId,
    seq,
    label: input.label.trim(),
    kind: input.kind,
    userId: input.userId,
    meetingId: input.meetingId ?? null,
    summary: summarize(db, input.documentId, previous, seq),
  });
}

/**
 * An automatic version after a pause in editing, unless nothing changed since the latest
 * version. Returns the version, or null when none was needed.
 */
export function autoVersion(db: DB, documentId: string): VersionRecord | null {
  const seq = logHead(db, documentId);
  if (seq === 0 || !findDocument(db, documentId)) return null;
  const latest = latestVersionAtOrBefore(db, documentId, Number.MAX_SAFE_INTEGER);
  if (latest && latest.seq >= seq) return null;
  return recordVersion(db, seq, { documentId, kind: 'auto', label: '', userId: null });
}

function summarize(
  db: DB,
  documentId: string,
  previous: VersionRecord | null,
  seq: number,
): VersionSummaryDTO {
  const before = stateAt(db, documentId, previous?.seq ?? 0);
  const after = stateAt(db, documentId, seq);
  const { counts } = compareBodies(before.body, after.body);
  return {
    previousVersionId: previous?.id ?? null,
    added: counts.added,
    removed: counts.removed,
    changed: counts.changed,
    moved: counts.moved,
  };
}

/** A version as the API returns it. */
export function presentVersion(v: VersionRecord, people: People): VersionDTO {
  return {
    id: v.id,
    documentId: v.documentId,
    seq: v.seq,
    label: v.label,
    kind: v.kind,
    author: v.userId ? people(v.userId) : null,
    meetingId: v.meetingId,
    at: iso(v.at),
    summary: v.summary,
  };
}
