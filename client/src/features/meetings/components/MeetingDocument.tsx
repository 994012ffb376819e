import { type ReactNode, useEffect } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ConnectionState } from '../../../document/useCollabSession.ts';
import { useT } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { ConnectionClosed } from '../../editor/components/ConnectionClosed.tsx';
import { LiveWorkspace } from '../../editor/components/LiveWorkspace.tsx';
import { RefusalNotice } from '../../editor/components/RefusalNotice.tsx';
import type { EditorScreen } from '../../editor/context.ts';
import { useDocumentSession } from '../../editor/useDocumentSession.ts';
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
  const live = useDocumentSession(cooperation.id, documentId);
  const { collab, doc, ready, connection } = live;
  useEffect(() => onConnection(connection), [connection, onConnection]);
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
      <LiveWorkspace
        live={live}
        cooperation={cooperation}
        left={left}
        right={right}
        leftLabel={tm('mode.agenda')}
        rightLabel={tm('mode.points')}
      />
    </div>
  );
}
