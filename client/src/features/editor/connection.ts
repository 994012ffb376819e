import type { DocumentStatus } from '../../../../shared/api/cooperations.ts';
import type { ConnectionState } from '../../document/useCollabSession.ts';
import type { AgreementDocument, DocumentPermissions } from '../documents/api.ts';

/** Editing allowed: my role and the document's status both permit it. */
export const mayEdit = (document: AgreementDocument, permissions: DocumentPermissions) =>
  permissions.canEdit && document.status === 'draft';

/**
 * What the connection badge says: the session's state, except that a connection over which
 * nothing may be written is never shown as "connected" — it is `locked` (final or signed) or
 * `read-only` (my role).
 */
export function shownConnection(
  connection: ConnectionState,
  view: { editable: boolean; status: DocumentStatus } | null,
): ConnectionState {
  if (connection !== 'connected' || !view || view.editable) return connection;
  return view.status === 'draft' ? 'read-only' : 'locked';
}
