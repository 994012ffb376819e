import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { keepEditsInMovedClauses } from '../../../shared/editor/moveRescue.ts';
import { CloseCode, YDOC } from '../../../shared/protocol.ts';
import { rememberClient } from './deviceClients.ts';
import { localDocumentName } from './localCopy.ts';
import { markSent, markUnsent } from './unsent.ts';

/** Connected and synced this long, the edits kept on the device count as delivered. */
const DELIVERED_AFTER_MS = 1500;

/** Connection state as the top bar shows it. */
export type ConnectionState = 'connected' | 'connecting' | 'offline' | 'closed';

export interface CollabSession {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
}

export interface CollabStatus {
  session: CollabSession | null;
  connection: ConnectionState;
  /** True once the first sync with the server finished (the document's content is here). */
  synced: boolean;
  /**
   * True once a copy kept on this device (IndexedDB) was loaded and has content: the editor
   * can open from it while the server is unreachable, offline edits included.
   */
  restored: boolean;
  /** Set when the server closed the connection for good (4401, 4403, 4404, 4413, ...). */
  closedCode: number | null;
  /** Try again after a terminal close. */
  reconnect: () => void;
}

/** `ws://host/collab` or `wss://host/collab`: the collaboration socket of the server we came from. */
export function collabUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

/**
 * One Y.Doc and one WebsocketProvider per open document. They are created inside the effect
 * and kept in state (React StrictMode mounts twice: a doc made in useMemo and destroyed in
 * cleanup would be dead on the second mount). BroadcastChannel is off so two people in one
 * browser profile still go through the server, which authorises and logs every update.
 * Every update is also written to IndexedDB (`sepakat-doc-<id>`) as it happens, so what is
 * typed offline survives a reload or a crashed tab; it is sent when the socket reconnects.
 */
export function useCollabSession(documentId: string): CollabStatus {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [status, setStatus] = useState<'connected' | 'connecting' | 'disconnected'>('connecting');
  const [online, setOnline] = useState(() => navigator.onLine);
  const [synced, setSynced] = useState(false);
  const [restored, setRestored] = useState(false);
  const [closedCode, setClosedCode] = useState<number | null>(null);

  useEffect(() => {
    const ydoc = new Y.Doc();
    // Attached before anything is loaded: a move that arrives puts back what this device typed.
    const deviceClients = rememberClient(documentId, ydoc.clientID);
    const stopRescue = keepEditsInMovedClauses(ydoc, () => deviceClients.add(ydoc.clientID));
    const local = new IndexeddbPersistence(localDocumentName(documentId), ydoc);
    local.on('synced', () => {
      if (ydoc.getXmlFragment(YDOC.body).length > 0) setRestored(true);
    });
    const provider = new WebsocketProvider(collabUrl(), documentId, ydoc, {
      disableBc: true,
      maxBackoffTime: 5000,
    });
    const onStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
      setStatus(status);
      if (status === 'connected') setClosedCode(null);
    };
    // Edits typed while the socket is down wait on this device; once the provider has been
    // connected and synced for a moment they have been sent (it sends them on reconnect).
    let delivered: ReturnType<typeof setTimeout> | null = null;
    const onLocalUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || origin === local) return;
      if (!(provider.wsconnected && provider.synced)) markUnsent(documentId);
    };
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      setSynced(true);
      if (delivered) clearTimeout(delivered);
      delivered = setTimeout(() => {
        if (provider.wsconnected && provider.synced) markSent(documentId);
      }, DELIVERED_AFTER_MS);
    };
    ydoc.on('update', onLocalUpdate);
    const onClosed = ({ code }: { code: number }) => {
      setClosedCode(code);
      // No access (any more) or no such document: the copy on this device must not outlive it.
      if (code === CloseCode.forbidden || code === CloseCode.notFound) void local.clearData();
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    setSession({ ydoc, provider });
    setSynced(false);
    setRestored(false);
    setClosedCode(null);
    return () => {
      if (delivered) clearTimeout(delivered);
      ydoc.off('update', onLocalUpdate);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      stopRescue();
      provider.destroy();
      void local.destroy();
      ydoc.destroy();
      setSession(null);
    };
  }, [documentId]);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const connection: ConnectionState =
    closedCode !== null
      ? 'closed'
      : !online
        ? 'offline'
        : status === 'connected'
          ? 'connected'
          : 'connecting';
  return {
    session,
    connection,
    synced,
    restored,
    closedCode,
    reconnect: () => {
      setClosedCode(null);
      session?.provider.connect();
    },
  };
}
