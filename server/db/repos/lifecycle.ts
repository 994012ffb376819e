import type { DocumentStatus } from '../../../shared/api/cooperations.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

export type LifecycleAction = 'finalize' | 'reopen' | 'sign';

/** One change of a document's status, with who, when and (per action) why or where. */
export interface LifecycleEvent {
  id: number;
  documentId: string;
  action: LifecycleAction;
  fromStatus: DocumentStatus;
  toStatus: DocumentStatus;
  userId: string;
  at: number;
  reason: string | null;
  signedDate: string | null;
  signedPlace: string | null;
}

interface LifecycleRow {
  id: number;
  document_id: string;
  action: LifecycleAction;
  from_status: DocumentStatus;
  to_status: DocumentStatus;
  user_id: string;
  at: number;
  reason: string | null;
  signed_date: string | null;
  signed_place: string | null;
}

const toEvent = (r: LifecycleRow): LifecycleEvent => ({
  id: r.id,
  documentId: r.document_id,
  action: r.action,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  userId: r.user_id,
  at: r.at,
  reason: r.reason,
  signedDate: r.signed_date,
  signedPlace: r.signed_place,
});

/** Records a status change; the caller changes `documents.status` in the same transaction. */
export function insertLifecycleEvent(
  db: DB,
  input: Omit<LifecycleEvent, 'id' | 'at' | 'reason' | 'signedDate' | 'signedPlace'> &
    Partial<Pick<LifecycleEvent, 'at' | 'reason' | 'signedDate' | 'signedPlace'>>,
): LifecycleEvent {
  const event = {
    ...input,
    at: input.at ?? Date.now(),
    reason: input.reason ?? null,
    signedDate: input.signedDate ?? null,
    signedPlace: input.signedPlace ?? null,
  };
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO document_lifecycle
       (document_id, action, from_status, to_status, user_id, at, reason, signed_date, signed_place)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.documentId,
    event.action,
    event.fromStatus,
    event.toStatus,
    event.userId,
    event.at,
    event.reason,
    event.signedDate,
    event.signedPlace,
  );
  return { id: Number(lastInsertRowid), ...event };
}

/** A document's status changes, oldest first. */
export function listLifecycleEvents(db: DB, documentId: string): LifecycleEvent[] {
  return sql<[string], LifecycleRow>(db, 'SELECT * FROM document_lifecycle WHERE document_id = ? ORDER BY id')
    .all(documentId)
    .map(toEvent);
}

/** A signed MoU or PKS with the date its last signing recorded. */
export interface SignedAgreement {
  documentId: string;
  cooperationId: string;
  title: string;
  signedDate: string;
  /** The lifecycle event of that signing: what a reader may cache the document's content by. */
  signEventId: number;
  /** When the signing was recorded (ms). */
  signedAt: number;
}

/**
 * Every signed agreement (minutes are not agreements), for what follows from a signing: the
 * term's end and its reminders. Optionally one cooperation's.
 */
export function listSignedAgreements(db: DB, cooperationId?: string): SignedAgreement[] {
  return sql<[string | null, string | null], SignedAgreement>(
    db,
    `SELECT d.id AS documentId, d.cooperation_id AS cooperationId, d.title,
            e.signed_date AS signedDate, e.id AS signEventId, e.at AS signedAt
       FROM documents d
       JOIN document_lifecycle e ON e.id = (
         SELECT MAX(id) FROM document_lifecycle WHERE document_id = d.id AND action = 'sign')
      WHERE d.status = 'signed' AND d.kind IN ('mou', 'pks') AND e.signed_date IS NOT NULL
        AND (? IS NULL OR d.cooperation_id = ?)
      ORDER BY d.cooperation_id, d.created_at, d.id`,
  ).all(cooperationId ?? null, cooperationId ?? null);
}
