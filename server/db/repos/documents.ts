import type { AmendmentKind } from '../../../shared/amendments/text.ts';
import type { DocumentKind, DocumentStatus } from '../../../shared/api/cooperations.ts';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { findById, insertRow } from './recordTable.ts';
import { sql } from './sql.ts';

/** A document's row: what it is; its content lives in the update log (Y.Doc). */
export interface DocumentRecord {
  id: string;
  cooperationId: string;
  kind: DocumentKind;
  title: string;
  status: DocumentStatus;
  mouId: string | null;
  /** The signed agreement this one amends or renews (an addendum's or a renewal's); else null. */
  amendsDocumentId: string | null;
  amendmentKind: AmendmentKind | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

interface DocumentRow {
  id: string;
  cooperation_id: string;
  kind: DocumentKind;
  title: string;
  status: DocumentStatus;
  mou_id: string | null;
  amends_document_id: string | null;
  amendment_kind: AmendmentKind | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}

const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  cooperationId: r.cooperation_id,
  kind: r.kind,
  title: r.title,
  status: r.status,
  mouId: r.mou_id,
  amendsDocumentId: r.amends_document_id,
  amendmentKind: r.amendment_kind,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function insertDocument(
  db: DB,
  input: {
    cooperationId: string;
    kind: DocumentKind;
    title: string;
    mouId?: string | null;
    /** An addendum or renewal: the agreement it amends or renews. */
    amends?: { documentId: string; kind: AmendmentKind };
    createdBy: string;
    id?: string;
    /** A master PKS from the start (every other document is single when made). */
    tier?: 'master';
  },
): DocumentRecord {
  const now = Date.now();
  const row: DocumentRow = {
    id: input.id ?? newId('d'),
    cooperation_id: input.cooperationId,
    kind: input.kind,
    title: input.title,
    status: 'draft',
    mou_id: input.mouId ?? null,
    amends_document_id: input.amends?.documentId ?? null,
    amendment_kind: input.amends?.kind ?? null,
    created_by: input.createdBy,
    created_at: now,
    updated_at: now,
  };
  insertRow(db, 'documents', input.tier ? { ...row, tier: input.tier } : row);
  return toDocument(row);
}

export function findDocument(db: DB, id: string): DocumentRecord | null {
  return findById(db, 'documents', id, toDocument);
}

/** Documents of a cooperation: MoU first, then PKS, then notes; oldest first within a kind. */
export function listDocuments(db: DB, cooperationId: string): DocumentRecord[] {
  return sql<[string], DocumentRow>(
    db,
    `SELECT * FROM documents WHERE cooperation_id = ?
     ORDER BY CASE kind WHEN 'mou' THEN 0 WHEN 'pks' THEN 1 ELSE 2 END, created_at, id`,
  )
    .all(cooperationId)
    .map(toDocument);
}

/** Marks a document as changed now (called as edits are stored, at most once per batch). */
export function touchDocument(db: DB, id: string, at = Date.now()): void {
  sql(db, 'UPDATE documents SET updated_at = ? WHERE id = ? AND updated_at < ?').run(at, id, at);
}

/** Mirrors the co-edited meta title into the row (the edit itself already bumped `updated_at`). */
export function setDocumentTitle(db: DB, id: string, title: string): void {
  sql(db, 'UPDATE documents SET title = ? WHERE id = ?').run(title, id);
}

export function setDocumentStatus(db: DB, id: string, status: DocumentStatus): void {
  sql(db, 'UPDATE documents SET status = ?, updated_at = ? WHERE id = ?').run(status, Date.now(), id);
}

/** The addenda and renewals of a signed agreement, oldest first. */
export function listAmendmentsOf(db: DB, documentId: string): DocumentRecord[] {
  return sql<[string], DocumentRow>(
    db,
    'SELECT * FROM documents WHERE amends_document_id = ? ORDER BY created_at, id',
  )
    .all(documentId)
    .map(toDocument);
}
