import type { LifecycleEventDTO, LifecycleResponse } from '../../../shared/api/approvals.ts';
import type { DocumentRecord } from '../../db/repos/documents.ts';
import type { LifecycleEvent } from '../../db/repos/lifecycle.ts';
import { iso } from '../../db/repos/sql.ts';

export const presentLifecycleEvent = (e: LifecycleEvent): LifecycleEventDTO => ({
  action: e.action,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  userId: e.userId,
  at: iso(e.at),
  reason: e.reason,
  signedDate: e.signedDate,
  signedPlace: e.signedPlace,
});

/** What finalise, reopen and sign answer. */
export const presentLifecycleChange = (r: {
  document: DocumentRecord;
  event: LifecycleEvent;
}): LifecycleResponse => ({
  document: { id: r.document.id, status: r.document.status, updatedAt: iso(r.document.updatedAt) },
  event: presentLifecycleEvent(r.event),
});
