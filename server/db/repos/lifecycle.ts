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
