import { useCallback, useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode, YDOC } from '../../../shared/protocol.ts';
import { keepEditsInMovedClauses } from '../../../shared/schema/moveRescue.ts';
import { accessEnded } from '../app/accessEnd.ts';
import { rememberClient } from './deviceClients.ts';
import { localDocumentName } from './localCopy.ts';
import { batchOthersChanges } from './localCopyWrites.ts';
import { type DocumentSnapshot, snapshotOf } from './snapshot.ts';
import { type UnacceptedEdit, unacceptedEdits } from './unacceptedEdits.ts';
import { markSent, markUnsent, unsentDocuments } from './unsent.ts';

/** Connected and synced this long, the edits kept on the device count as delivered. */
const DELIVERED_AFTER_MS = 1500;
/** More refusals than this within {@link REFUSAL_WINDOW_MS} stop the resets (the server refuses even a fresh copy). */
const MAX_RESETS = 3;
const REFUSAL_WINDOW_MS = 60_000;
/** First wait after a 4429, doubled on each one in a row. */
const SLOW_DOWN_MS = 15_000;
const SLOW_DOWN_MAX_MS = 120_000;

/**
 * Connection state as the top bar shows it. The session itself reports the first six;
 * `read-only` and `locked` are what the screen makes of `connected` when the editor may not
 * write (see `features/editor/connection.ts`): the badge never says "connected" then.
 */
export type ConnectionState =
  | 'connected'
  | 'connecting'
  | 'offline'
  | 'closed'
  /** The server refused our changes: the local copy is being thrown away and loaded again. */
  | 'resetting'
  /** The server asked us to wait (4429) before connecting again. */
  | 'waiting'
  | 'read-only'
  | 'locked';

export interface CollabSession {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
}

/** Changes the server refused (4422) and the copy of them shown to the user. */
export interface Refusal {
  /** The close reason: one of `RefusalReason`, or whatever the server sent. */
  reason: string;
  /**
   * What the local copy held that the server does not, found once the server's state has
   * arrived in the fresh copy; null until then.
   */
  edits: UnacceptedEdit[] | null;
  /** What an earlier refusal listed while its notice was still open. */
  earlier: UnacceptedEdit[];
}

/** This refusal's edits, then the earlier ones it does not replace (the same part, newer text). */
function withEarlier(found: UnacceptedEdit[], earlier: UnacceptedEdit[]): UnacceptedEdit[] {
  const keys = new Set(found.map((e) => e.key));
  return [...found, ...earlier.filter((e) => !keys.has(e.key))];
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
  /** The last refusal, until the user dismisses its notice. */
  refusal: Refusal | null;
  dismissRefusal: () => void;
  /** While the server asked us to wait (4429): when the next attempt is made (ms since the epoch). */
  waitUntil: number | null;
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
 *
 * When the server refuses a change (4422), reconnecting with this copy would send the refused
 * change again: the copy is read out (for the notice), then it and its IndexedDB database are
 * thrown away and a fresh Y.Doc loads the server's state. The editor rebinds through the new
 * session object (its Y.Doc has a new guid).
 */
export function useCollabSession(documentId: string): CollabStatus {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [generation, setGeneration] = useState(0);
  const [status, setStatus] = useState<'connected' | 'connecting' | 'disconnected'>('connecting');
  const [online, setOnline] = useState(() => navigator.onLine);
  const [synced, setSynced] = useState(false);
  const [restored, setRestored] = useState(false);
  const [closedCode, setClosedCode] = useState<number | null>(null);
  const [resetting, setResetting] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  /** The refused copy, until the fresh one has the server's state to compare it with. */
  const refusedCopy = useRef<DocumentSnapshot | null>(null);
  const resets = useRef<number[]>([]);
  const slowDowns = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` asks for a fresh copy.
  useEffect(() => {
    let disposed = false;
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
    const stopBatching = batchOthersChanges(local, ydoc, (origin) => origin === provider);
    const onStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
      setStatus(status);
      if (status === 'connected') setClosedCode(null);
    };
    // Edits typed while the socket is down wait on this device; once the provider has been
    // connected and synced for a moment they have been sent (it sends them on reconnect).
    let delivered: ReturnType<typeof setTimeout> | null = null;
    /** Synced once: a 4403 from here on means access was withdrawn, not never given. */
    let opened = false;
    const onLocalUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || origin === local) return;
      if (!(provider.wsconnected && provider.synced)) markUnsent(documentId);
    };
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      opened = true;
      setSynced(true);
      slowDowns.current = 0;
      const refused = refusedCopy.current;
      if (refused) {
        refusedCopy.current = null;
        const found = unacceptedEdits(refused, snapshotOf(ydoc));
        setRefusal((r) => r && { ...r, edits: withEarlier(found, r.earlier) });
      }
      if (delivered) clearTimeout(delivered);
      delivered = setTimeout(() => {
        if (provider.wsconnected && provider.synced) markSent(documentId);
      }, DELIVERED_AFTER_MS);
    };
    ydoc.on('update', onLocalUpdate);

    const startOver = async (reason: string) => {
      const now = Date.now();
      resets.current = [...resets.current.filter((at) => now - at < REFUSAL_WINDOW_MS), now];
      setResetting(true);
      if (delivered) clearTimeout(delivered);
      ydoc.off('update', onLocalUpdate);
      // The database is deleted before anything reads the copy again: a reload from here on
      // finds the server's state, not the refused changes.
      stopBatching();
      await local.clearData().catch(() => undefined);
      if (disposed) return;
      markSent(documentId);
      refusedCopy.current = snapshotOf(ydoc);
      // A notice still open keeps listing what the earlier refusal took away.
      setRefusal((r) => ({ reason, edits: null, earlier: r?.edits ?? r?.earlier ?? [] }));
      if (resets.current.length > MAX_RESETS) {
        // Even a fresh copy is refused: stop here rather than loop; "reconnect" starts over.
        setResetting(false);
        setClosedCode(CloseCode.refused);
        return;
      }
      setGeneration((g) => g + 1);
    };
    let retry: ReturnType<typeof setTimeout> | null = null;
    const waitThenConnect = () => {
      const ms = Math.min(SLOW_DOWN_MS * 2 ** slowDowns.current++, SLOW_DOWN_MAX_MS);
      setWaitUntil(Date.now() + ms);
      retry = setTimeout(() => {
        setWaitUntil(null);
        provider.connect();
      }, ms);
    };
    const onClosed = ({ code, reason }: { code: number; reason: string }) => {
      if (code === CloseCode.refused) return void startOver(reason);
      if (code === CloseCode.slowDown) return waitThenConnect();
      setClosedCode(code);
      // The session ended (signed out in another tab, the password changed): the app signs
      // this tab out; removed from the cooperation while it was open: the app leaves it.
      if (code === CloseCode.unauthorised) accessEnded('signed-out');
      else if (code === CloseCode.forbidden && opened) accessEnded('not-member');
      // No access (any more) or no such document: the copy on this device must not outlive it,
      // unless it holds edits not sent yet, which are never deleted unasked (signing out asks).
      const gone = code === CloseCode.forbidden || code === CloseCode.notFound;
      if (gone && !unsentDocuments().includes(documentId)) void local.clearData();
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    // The device lost its network: a socket that still looks open is not to be trusted (it may
    // hang until a timeout), so it is closed and what is typed meanwhile waits on the device.
    // Only a socket closed here is opened again here: a refused or held-off one is not.
    let closedForOffline = false;
    const onOffline = () => {
      if (!provider.shouldConnect) return;
      closedForOffline = true;
      provider.disconnect();
    };
    const onOnline = () => {
      if (closedForOffline) provider.connect();
      closedForOffline = false;
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    setSession({ ydoc, provider });
    setSynced(false);
    setRestored(false);
    setClosedCode(null);
    setResetting(false);
    setWaitUntil(null);
    return () => {
      disposed = true;
      if (delivered) clearTimeout(delivered);
      if (retry) clearTimeout(retry);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      ydoc.off('update', onLocalUpdate);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      stopRescue();
      stopBatching();
      provider.destroy();
      void local.destroy();
      ydoc.destroy();
      setSession(null);
    };
  }, [documentId, generation]);

  // A refusal belongs to the document it happened in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the document changes.
  useEffect(() => {
    setRefusal(null);
    refusedCopy.current = null;
    resets.current = [];
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
      : resetting
        ? 'resetting'
        : waitUntil !== null
          ? 'waiting'
          : !online
            ? 'offline'
            : status === 'connected'
              ? 'connected'
              : 'connecting';
  const dismissRefusal = useCallback(() => setRefusal(null), []);
  return {
    session,
    connection,
    synced,
    restored,
    closedCode,
    refusal,
    dismissRefusal,
    waitUntil,
    reconnect: () => {
      setClosedCode(null);
      if (closedCode === CloseCode.refused) {
        resets.current = [];
        setGeneration((g) => g + 1);
      } else session?.provider.connect();
    },
  };
}
