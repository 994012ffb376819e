import { type ReactNode, useEffect } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import { type ConnectionState, useCollabSession } from '../../../editor/useCollabSession.ts';
import { useT } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { getDocument } from '../../documents/api.ts';
import { ConnectionClosed } from '../../editor/components/ConnectionClosed.tsx';
import { Workspace } from '../../editor/components/Workspace.tsx';
import type { EditorScreen } from '../../editor/context.ts';

interface MeetingDocumentProps {
  documentId: string;
  cooperation: Cooperation;
  left: (screen: EditorScreen) => ReactNode;
  right: (screen: EditorScreen) => ReactNode;
  /** The live connection's state, for the top bar. */
  onConnection: (state: ConnectionState) => void;
}

/**
 * The live document of the meeting room: the editor's own workspace (toolbar, sheet, live
 * collaboration) with the meeting's agenda and points in place of the outline and side panel.
 */
export function MeetingDocument({
  documentId,
  cooperation,
  left,
  right,
  onConnection,
}: MeetingDocumentProps) {
  const t = useT();
  const doc = useResource(`document:${documentId}`, () => getDocument(documentId));
  const collab = useCollabSession(documentId);
  const ready = collab.synced || (collab.restored && collab.closedCode === null);
  useEffect(() => onConnection(collab.connection), [collab.connection, onConnection]);
  return (
    <div className="meeting-document">
      <ErrorNote error={doc.error} onRetry={doc.reload} />
      {collab.closedCode !== null && (
        <ConnectionClosed code={collab.closedCode} onReconnect={collab.reconnect} />
      )}
      {(!ready || !doc.data) && collab.closedCode === null && (
        <p className="centered-note" role="status">
          {t('editor.loading')}
        </p>
      )}
      {collab.session && ready && doc.data && (
        <Workspace
          key={collab.session.ydoc.guid}
          session={collab.session}
          document={doc.data.document}
          permissions={doc.data.permissions}
          cooperation={cooperation}
          reloadDocument={doc.reload}
          left={left}
          right={right}
        />
      )}
    </div>
  );
}
