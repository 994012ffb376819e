import type { DocumentResponse } from '../../../../shared/api/documents.ts';
import type { Resource } from '../../app/useResource.ts';
import {
  type CollabStatus,
  type ConnectionState,
  useCollabSession,
} from '../../document/useCollabSession.ts';
import { mayEdit, shownConnection } from './connection.ts';
import { useLiveDocument } from './useLiveDocument.ts';

/** One document open for live editing: its collaboration session and its record from the API. */
export interface DocumentSession {
  collab: CollabStatus;
  doc: Resource<DocumentResponse>;
  /**
   * The text can be shown: from the server, or from this device's copy while the server cannot
   * be reached (a copy the server then refuses, e.g. access withdrawn, is not shown).
   */
  ready: boolean;
  /** What the connection badge says, given my permissions and the document's status. */
  connection: ConnectionState;
}

/**
 * Opens a document's live session and reads its record, which is read again when the server
 * refuses a change or, through `onMembers`, when the cooperation's members change.
 */
export function useDocumentSession(
  cooperationId: string,
  documentId: string,
  onMembers?: () => void,
): DocumentSession {
  const collab = useCollabSession(documentId);
  const doc = useLiveDocument(cooperationId, documentId, { refusal: collab.refusal, onMembers });
  const ready = collab.synced || (collab.restored && collab.closedCode === null);
  const data = doc.data;
  const connection = shownConnection(
    collab.connection,
    data && { editable: mayEdit(data.document, data.permissions), status: data.document.status },
  );
  return { collab, doc, ready, connection };
}
