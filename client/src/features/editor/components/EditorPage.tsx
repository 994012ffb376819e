import { useEffect, useRef } from 'react';
import { useParams } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Frame } from '../../../app/Frame.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useT } from '../../../i18n/index.ts';
import { useSession } from '../../auth/store.ts';
import { getCooperation } from '../../cooperations/api.ts';
import { cooperationCrumbs } from '../../cooperations/crumbs.ts';
import { distinctTitle } from '../../cooperations/documentTitles.ts';
import { RoundNotice } from '../../history/components/RoundNotice.tsx';
import { roleBannerFacts, takesPart } from '../roleBanner.ts';
import { useDocumentSession } from '../useDocumentSession.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { ConnectionClosed } from './ConnectionClosed.tsx';
import { LiveWorkspace } from './LiveWorkspace.tsx';
import { LocalCopyNote } from './LocalCopyNote.tsx';
import { PresenceList } from './PresenceList.tsx';
import { RefusalNotice, SlowDownNote } from './RefusalNotice.tsx';

/** The document editor screen: loads the document and its cooperation, opens the live session. */
export function EditorPage() {
  const { cooperationId = '', documentId = '' } = useParams();
  const t = useT();
  const coop = useResource(`cooperation:${cooperationId}`, () => getCooperation(cooperationId));
  const live = useDocumentSession(cooperationId, documentId, coop.reload);
  const { collab, doc, ready } = live;
  const document = doc.data?.document;
  const cooperation = coop.data;
  // Opened offline from this device's copy (and the API's last answers): once the server is
  // back, read the document's approvals and status again.
  const openedOffline = useRef(false);
  if (ready && !collab.synced && collab.connection !== 'connected') openedOffline.current = true;
  const { reload: reloadDocument } = doc;
  const { reload: reloadCooperation } = coop;
  useEffect(() => {
    if (!collab.synced || !openedOffline.current) return;
    openedOffline.current = false;
    reloadDocument();
    reloadCooperation();
  }, [collab.synced, reloadDocument, reloadCooperation]);
  const me = useSession((s) => s.user);
  // The badge's short word follows the same permission flags as the role banner.
  const facts =
    doc.data && cooperation
      ? roleBannerFacts({
          status: doc.data.document.status,
          permissions: doc.data.permissions,
          cooperationPermissions: cooperation.permissions,
          members: cooperation.members,
          myUserId: me?.id,
        })
      : null;

  return (
    <Frame
      layout="wide"
      crumbs={cooperationCrumbs(t('nav.home'), cooperationId, cooperation?.title, {
        label: document && cooperation ? distinctTitle(cooperation.documents, document) : '…',
      })}
      status={
        <>
          <PresenceList provider={collab.session?.provider ?? null} />
          <ConnectionBadge state={live.connection} takesPart={takesPart(facts)} />
        </>
      }
    >
      {/* The screen's heading, for those who move by headings; the sheet shows the title itself. */}
      {document && <h1 className="visually-hidden">{document.title}</h1>}
      <ErrorNote error={doc.error ?? coop.error} onRetry={doc.error ? doc.reload : coop.reload} />
      {collab.closedCode !== null && (
        <ConnectionClosed code={collab.closedCode} onReconnect={collab.reconnect} />
      )}
      {!doc.error && !coop.error && collab.closedCode === null && (!ready || !doc.data || !cooperation) && (
        <p className="centered-note" role="status">
          {collab.connection === 'offline' ? t('editor.waitingOnline') : t('editor.loading')}
        </p>
      )}
      <LocalCopyNote show={ready && !collab.synced && collab.connection !== 'connected'} />
      {collab.waitUntil !== null && <SlowDownNote until={collab.waitUntil} />}
      {collab.refusal && (
        <RefusalNotice refusal={collab.refusal} cooperation={cooperation} onDismiss={collab.dismissRefusal} />
      )}
      {document && cooperation && (
        <RoundNotice document={document} cooperation={cooperation} reloadDocument={reloadDocument} />
      )}
      <LiveWorkspace live={live} cooperation={cooperation} />
    </Frame>
  );
}
