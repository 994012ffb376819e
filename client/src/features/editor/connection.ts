import type { DocumentStatus } from '../../../../shared/api/cooperations.ts';
import type { ConnectionState } from '../../document/useCollabSession.ts';
import type { AgreementDocument, DocumentPermissions } from '../documents/api.ts';

/**
 * Typing allowed: my role and the document's status both permit it. Whoever may only suggest
 * types too; the editor's suggestion mode (locked on for them) turns it into suggestions.
 */
export const mayEdit = (document: AgreementDocument, permissions: DocumentPermissions) =>
  (permissions.canEdit || permissions.canSuggest) && document.status === 'draft';

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
