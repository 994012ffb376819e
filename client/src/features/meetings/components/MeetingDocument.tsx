import { type ReactNode, useEffect } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { type ConnectionState, useCollabSession } from '../../../document/useCollabSession.ts';
import { useT } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { ConnectionClosed } from '../../editor/components/ConnectionClosed.tsx';
import { RefusalNotice } from '../../editor/components/RefusalNotice.tsx';
import { Workspace } from '../../editor/components/Workspace.tsx';
import { mayEdit, shownConnection } from '../../editor/connection.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useLiveDocument } from '../../editor/useLiveDocument.ts';
import { useMeetingsT } from '../messages.ts';

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
  const tm = useMeetingsT();
  // Live: a status change or a refused change shows here as in the editor screen.
  const collab = useCollabSession(documentId);
  const doc = useLiveDocument(cooperation.id, documentId, { refusal: collab.refusal });
  const ready = collab.synced || (collab.restored && collab.closedCode === null);
  const data = doc.data;
  const shown = shownConnection(
    collab.connection,
    data && { editable: mayEdit(data.document, data.permissions), status: data.document.status },
  );
  useEffect(() => onConnection(shown), [shown, onConnection]);
  return (
    <div className="meeting-document">
      <ErrorNote error={doc.error} onRetry={doc.reload} />
      {collab.closedCode !== null && (
        <ConnectionClosed code={collab.closedCode} onReconnect={collab.reconnect} />
      )}
      {collab.refusal && (
        <RefusalNotice refusal={collab.refusal} cooperation={cooperation} onDismiss={collab.dismissRefusal} />
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
          leftLabel={tm('mode.agenda')}
          rightLabel={tm('mode.points')}
        />
      )}
    </div>
  );
}
