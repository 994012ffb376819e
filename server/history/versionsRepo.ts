import type { VersionKind, VersionSummaryDTO } from '../../shared/api/history.ts';
import { newId } from '../../shared/ids.ts';
import type { DB } from '../db/connection.ts';
import { oneRow } from '../db/repos/recordTable.ts';
import { sql } from '../db/repos/sql.ts';

/** A named point in a document's update log. */
export interface VersionRecord {
  id: string;
  documentId: string;
  seq: number;
  label: string;
  kind: VersionKind;
  userId: string | null;
  meetingId: string | null;
  at: number;
  summary: VersionSummaryDTO;
}

interface VersionRow {
  id: string;
  document_id: string;
  seq: number;
  label: string;
  kind: VersionKind;
  user_id: string | null;
  meeting_id: string | null;
  at: number;
  summary: string;
}

const EMPTY_SUMMARY: VersionSummaryDTO = {
  previousVersionId: null,
  added: 0,
  removed: 0,
  changed: 0,
  moved: 0,
};

const toVersion = (r: VersionRow): VersionRecord => ({
  id: r.id,
  documentId: r.document_id,
  seq: r.seq,
  label: r.label,
  kind: r.kind,
  userId: r.user_id,
  meetingId: r.meeting_id,
  at: r.at,
  summary: { ...EMPTY_SUMMARY, ...(JSON.parse(r.summary) as Partial<VersionSummaryDTO>) },
});

export function insertVersion(
  db: DB,
  input: Omit<VersionRecord, 'id' | 'at'> & { at?: number },
): VersionRecord {
  const version: VersionRecord = { ...input, id: newId('v'), at: input.at ?? Date.now() };
  sql(
    db,
    `INSERT INTO versions (id, document_id, seq, label, kind, user_id, meeting_id, at, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    version.id,
    version.documentId,
    version.seq,
    version.label,
    version.kind,
    version.userId,
    version.meetingId,
    version.at,
    JSON.stringify(version.summary),
  );
  return version;
}

/** A version of a document (null when the id is unknown or belongs to another document). */
export function findVersion(db: DB, documentId: string, versionId: string): VersionRecord | null {
  return oneRow(
    db,
    'SELECT * FROM versions WHERE id = ? AND document_id = ?',
    [versionId, documentId],
    toVersion,
  );
}

/** Versions of a document, newest first. */
export function listVersions(db: DB, documentId: string): VersionRecord[] {
  return sql<[string], VersionRow>(
    db,
    'SELECT * FROM versions WHERE document_id = ? ORDER BY seq DESC, at DESC, rowid DESC',
  )
    .all(documentId)
    .map(toVersion);
}

/** The latest version at or before `seq` (by seq, then time). */
export function latestVersionAtOrBefore(db: DB, documentId: string, seq: number): VersionRecord | null {
  return oneRow(
    db,
    'SELECT * FROM versions WHERE document_id = ? AND seq <= ? ORDER BY seq DESC, at DESC, rowid DESC LIMIT 1',
    [documentId, seq],
    toVersion,
  );
}
