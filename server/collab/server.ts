import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { CloseCode, type RefusalReason } from '../../shared/protocol.ts';
import { commitRooms } from './commit.ts';
import { Connection } from './connection.ts';
import { callHook, withExtensions } from './hooks.ts';
import { loadDocument } from './load.ts';
import { LoopLag, presenceInterval } from './loopLag.ts';
import { syncStep2FromUpdate, updateMessage } from './protocol.ts';
import { Room, type RoomHost, ServerOrigin } from './room.ts';
import type { UpdateStore } from './store.ts';
import {
  CollabAuthError,
  type CollabExtension,
  type CollabHooks,
  type CollabJudge,
  type CollabLimits,
  type CollabLog,
  DEFAULT_LIMITS,
  silentLog,
} from './types.ts';
import { WindowCounter } from './windowCounter.ts';

/** Options of {@link CollabServer}. */
export interface CollabServerOptions {
  store: UpdateStore;
  hooks: CollabHooks;
  /** Features that follow the documents (clause attribution), their hooks run before `hooks`. */
  extensions?: CollabExtension[];
  /** The document's own rules for every client change (schema, ids); none: any change is taken. */
  judge?: CollabJudge;
  limits?: Partial<CollabLimits>;
  log?: CollabLog;
}

/** Figures for /healthz and the bench. */
export interface CollabStats {
  rooms: number;
  connections: number;
  pendingUpdates: number;
}

/** Stored updates after the checkpoint that may still be sent one by one instead of loading first. */
const MAX_STORED_TAIL = 2000;
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
/** Event-loop lateness (ms, smoothed) above which the server counts as busy. */
const BUSY_LAG_MS = 20;
/**
 * The log file is folded into SQLite this long after an append (ms): the longer, the more rows
 * each page written carries (about 400 bytes written per edit at 2 s under W1, under 300 at 5 s)...
 */
const FOLD_AFTER_MS = 5000;
/** ...in slices of at most this long each (ms), so that editors' updates are not held back. */
const FOLD_SLICE_MS = 5;
/** Time spent on room checkpoints after one commit, at most (ms; one checkpoint always runs). */
const CHECKPOINT_SLICE_MS = 3;

const PATH = /^\/collab\/([A-Za-z0-9_.~-]{1,128})\/?$/;
const INTERNAL_ERROR = 1011;

/** Refusals are counted per person and document (per socket, for a socket without a person). */
const refusalKey = (conn: Connection) => `${conn.userId ?? `#${conn.id}`} ${conn.documentId}`;

const toBytes = (data: RawData): Uint8Array => {
  const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
};

/**
 * The collaboration server: the y-websocket protocol at `/collab/:documentId` on `ws`
 * (noServer), with injected storage and Hocuspocus-style hooks. Every accepted update is
 * appended to the log before anyone else receives it.
 */
export class CollabServer implements RoomHost {
  readonly store: UpdateStore;
  readonly hooks: CollabHooks;
  private readonly extensions: readonly CollabExtension[];
  readonly judge: CollabJudge | null;
  readonly limits: CollabLimits;
  readonly log: CollabLog;
  private readonly wss: WebSocketServer;
  /** Bytes each document logged lately (its quota), kept across unloads of its room. */
  private readonly logged: WindowCounter;
  /** Refused updates per person and document lately. */
  private readonly refusals: WindowCounter;
  private readonly pinger: NodeJS.Timeout;
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly connections = new Set<Connection>();
  private readonly dirty = new Set<Room>();
  private flushTimer: NodeJS.Timeout | NodeJS.Immediate | null = null;
  private foldTimer: NodeJS.Timeout | null = null;
  /** Rooms whose log since their last checkpoint is long enough for a new one. */
  private readonly checkpointDue = new Set<Room>();
  private readonly lag = new LoopLag();
  private destroyed = false;

  constructor({ store, hooks, extensions = [], judge, limits, log }: CollabServerOptions) {
    this.store = store;
    this.log = log ?? silentLog;
    this.extensions = extensions;
    this.hooks = withExtensions(hooks, extensions, this.log);
    this.judge = judge ?? null;
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.logged = new WindowCounter(this.limits.quotaWindowMs, 24);
    this.refusals = new WindowCounter(this.limits.refusalWindowMs);
    // A socket whose peer vanished (a laptop closed, a network dropped) never reports a close;
    // unanswered pings find it, so its room can unload.
    this.pinger = setInterval(() => {
      for (const conn of this.connections) conn.ping();
    }, this.limits.pingIntervalMs);
    this.pinger.unref();
    // ws refuses frames above maxPayload itself (1009) without buffering them; frames up to
    // it are read and answered with our own 4413, which tells the client why.
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      perMessageDeflate: false,
      maxPayload: this.limits.maxMessageBytes * 2,
    });
  }

  /**
   * Takes over an HTTP upgrade for `/collab/:documentId` (a query string is allowed). Returns
   * false, answering 404, for any other path.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const documentId = PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname)?.[1];
    if (!documentId || this.destroyed) {
      socket.end(
        `HTTP/1.1 ${documentId ? '503 Service Unavailable' : '404 Not Found'}\r\nConnection: close\r\n\r\n`,
      );
      return false;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.accept(ws, req, documentId).catch((err) => this.log.error({ err }, 'collab accept failed'));
    });
    return true;
  }

  private async accept(ws: WebSocket, request: IncomingMessage, documentId: string): Promise<void> {
    const conn = new Connection(ws, documentId, request, this.limits);
    this.connections.add(conn);
    conn.onClose(() => this.connections.delete(conn));
    ws.on('message', (data, isBinary) => {
      if (!isBinary) conn.close(CloseCode.badMessage, 'text frame');
      else conn.receive(toBytes(data));
    });
    ws.on('error', (err) => this.log.debug?.({ documentId, err }, 'socket error'));
    try {
      do {
        conn.reauthenticate = false;
        conn.identity = await this.hooks.onAuthenticate({ documentId, request });
      } while (conn.reauthenticate && !conn.closed);
      if (conn.closed) return;
      if (this.refusals.sum(refusalKey(conn)) >= this.limits.maxRefusals) {
        conn.close(CloseCode.slowDown, 'too many refused updates');
        return;
      }
      if (!this.rooms.has(documentId) && !this.loading.has(documentId)) {
        await this.answerFromStorage(conn, documentId);
        if (conn.closed) return;
      }
      let room = await this.openRoom(documentId);
      // The room may have been unloaded or discarded while we waited for it.
      while (room.closed && !conn.closed && !this.destroyed) room = await this.openRoom(documentId);
      if (conn.closed || room.closed) {
        room.scheduleIdle();
        return;
      }
      room.join(conn);
    } catch (err) {
      this.refuse(conn, err);
    }
  }

  /**
   * First open of a document that is not in memory: the client receives the stored state (the
   * latest checkpoint as its sync answer, the few updates logged after it) straight from the
   * database, before the server spends its time decoding the document into a live Y.Doc
   * (100,000 updates: about 100 ms, more in a freshly started process). Nothing is pending for
   * a document that is not loaded, so the log is exactly what other clients were sent. What the
   * client sends meanwhile waits in its queue, as during authentication.
   */
  private async answerFromStorage(conn: Connection, documentId: string): Promise<void> {
    let stored: ReturnType<UpdateStore['read']>;
    try {
      stored = this.store.read(documentId, MAX_STORED_TAIL);
    } catch (err) {
      this.log.warn({ documentId, err }, 'stored state unreadable; loading instead');
      return;
    }
    if (!stored || stored.seq === 0) return;
    for (const row of stored.tail) conn.send(updateMessage(row.data));
    conn.sentSeq = stored.seq;
    await conn.sendFlushed(syncStep2FromUpdate(stored.checkpoint ?? EMPTY_UPDATE), 2000);
  }

  private refuse(conn: Connection, err: unknown): void {
    if (err instanceof CollabAuthError) {
      conn.close(err.code, err.reason);
      return;
    }
    this.log.error({ documentId: conn.documentId, err }, 'collab connection failed');
    conn.close(INTERNAL_ERROR, 'internal error');
  }

  private openRoom(documentId: string): Promise<Room> {
    const open = this.rooms.get(documentId);
    if (open && !open.closed) return Promise.resolve(open);
    let loading = this.loading.get(documentId);
    if (!loading) {
      loading = this.loadRoom(documentId).finally(() => this.loading.delete(documentId));
      this.loading.set(documentId, loading);
    }
    return loading;
  }

  private async loadRoom(documentId: string): Promise<Room> {
    if (this.destroyed) throw new CollabAuthError(CloseCode.goingAway, 'server shutting down');
    const room = new Room(documentId, this, loadDocument(this.store, documentId, this.log));
    try {
      await this.hooks.onLoadDocument?.({ documentId, document: room.doc });
    } catch (err) {
      this.flush();
      room.close(CloseCode.goingAway, 'load refused');
      throw err instanceof CollabAuthError
        ? err
        : new CollabAuthError(CloseCode.notFound, 'document not available');
    }
    this.rooms.set(documentId, room);
    // A long tail (say, after a crash) is folded into a checkpoint so the next load is fast.
    if (room.sinceCheckpoint > this.limits.checkpointEvery) {
      this.flush();
      room.checkpoint();
    }
    return room;
  }

  withinQuota(documentId: string, bytes: number): boolean {
    return this.logged.sum(documentId) + bytes <= this.limits.quotaBytes;
  }

  spendQuota(documentId: string, bytes: number): void {
    this.logged.add(documentId, bytes);
  }

  refused(conn: Connection, _reason: RefusalReason): void {
    this.refusals.add(refusalKey(conn), 1);
  }

  presenceDelayMs(): number {
    return presenceInterval(this.limits.awarenessThrottleMs, this.lag.ms);
  }

  requestFlush(room: Room): void {
    this.dirty.add(room);
    if (this.flushTimer) return;
    // Behind schedule, a commit gathers a few milliseconds of edits: each commit rewrites the
    // log page of every document in it, and fewer, larger commits are what lets it catch up.
    const delay = this.lag.ms > BUSY_LAG_MS ? this.limits.busyBatchDelayMs : this.limits.batchDelayMs;
    this.flushTimer = delay > 0 ? setTimeout(() => this.flush(), delay) : setImmediate(() => this.flush());
  }

  /** Commits every pending update now, then sends them on. Synchronous: durable when it returns. */
  flush(): void {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer as NodeJS.Timeout);
      clearImmediate(this.flushTimer as NodeJS.Immediate);
      this.flushTimer = null;
    }
    const rooms = [...this.dirty].filter((r) => !r.closed);
    this.dirty.clear();
    for (const result of commitRooms(this.store, rooms)) {
      if ('error' in result) this.storageFailed(result.room, result.error);
      else {
        result.room.committed(result.items, result.seqs);
        this.foldTimer ??= setTimeout(() => this.fold(), FOLD_AFTER_MS).unref();
      }
    }
    for (const room of rooms) {
      if (room.checkpointDue(this.limits.checkpointEvery)) this.checkpointDue.add(room);
    }
    this.checkpointSome();
  }

  /**
   * Checkpoints the rooms due for one, a few milliseconds' worth per commit: documents opened
   * together and edited at the same pace come due together, and checkpointing dozens of them at
   * once would hold every editor's updates back for a tenth of a second.
   */
  private checkpointSome(): void {
    const started = performance.now();
    for (const room of this.checkpointDue) {
      if (performance.now() - started > CHECKPOINT_SLICE_MS) return;
      this.checkpointDue.delete(room);
      if (room.pending.length === 0) room.checkpoint();
    }
  }

  /** Folds the log file into SQLite's ordered log (see store.ts), a slice at a time. */
  private fold(): void {
    this.foldTimer = null;
    try {
      if (this.store.fold(FOLD_SLICE_MS)) {
        this.foldTimer = setTimeout(() => this.fold(), 0).unref();
      }
    } catch (err) {
      // The file is as durable as the rest of the log: it stays, and the next commit retries.
      this.log.error({ err }, 'could not fold the update log');
    }
  }

  /**
   * Nothing of the failed batch was stored, so nothing of it may be sent on; the live doc holds
   * it, so the room is dropped (clients keep their edits and resend them when storage works).
   */
  private storageFailed(room: Room, error: unknown): void {
    this.log.error(
      { documentId: room.documentId, err: error },
      'could not store document update; refusing edits',
    );
    this.drop(room, CloseCode.storageFailed, 'storage failed');
  }

  discard(room: Room): void {
    // Commit what other clients sent before the bad update (it was sound), then rebuild.
    this.flush();
    this.drop(room, CloseCode.goingAway, 'document reloading');
  }

  unload(room: Room): void {
    if (room.closed || room.connections.size > 0) return;
    this.flush();
    room.checkpoint();
    this.drop(room, CloseCode.goingAway, 'unloaded');
  }

  private drop(room: Room, code: number, reason: string): void {
    if (room.closed) return;
    this.dirty.delete(room);
    this.checkpointDue.delete(room);
    room.close(code, reason);
    if (this.rooms.get(room.documentId) === room) this.rooms.delete(room.documentId);
    callHook(this.log, 'afterUnloadDocument', () =>
      this.hooks.afterUnloadDocument?.({ documentId: room.documentId }),
    );
  }

  /**
   * Reads or changes a document server-side. Changes made in `fn` are logged as `userId`'s and
   * broadcast like a client's; the promise resolves once they are durably stored.
   */
  async withDocument<T>(
    documentId: string,
    fn: (doc: Y.Doc) => T,
    opts: { userId?: string | null } = {},
  ): Promise<T> {
    let room = await this.openRoom(documentId);
    while (room.closed) room = await this.openRoom(documentId);
    const result = room.doc.transact(() => fn(room.doc), new ServerOrigin(opts.userId ?? null));
    this.flush();
    if (room.closed) throw new Error(`document ${documentId}: the change could not be stored`);
    room.scheduleIdle();
    return result;
  }

  /**
   * Commits every pending update, then has each extension record what it still holds of
   * `documentId` (`onSettle`), whether its room is open or not: afterwards the log and what
   * is derived from it (clause attribution) cover every edit anyone has seen. Synchronous.
   */
  settle(documentId: string): void {
    this.flush();
    for (const ext of this.extensions) callHook(this.log, 'onSettle', () => ext.onSettle?.({ documentId }));
  }

  /**
   * Re-runs `onAuthenticate` for every open connection of a document (after a role change or
   * when the document is finalised). A connection's frames wait meanwhile, so none is judged
   * with the old rights; a refused connection is closed with the hook's code.
   */
  async refreshAccess(documentId: string): Promise<void> {
    const conns = [...this.connections].filter((c) => c.documentId === documentId && !c.closed);
    await Promise.all(
      conns.map(async (conn) => {
        if (!conn.identity) {
          conn.reauthenticate = true;
          return;
        }
        conn.pause();
        try {
          conn.identity = await this.hooks.onAuthenticate({ documentId, request: conn.request });
          // Its carets go on showing the name and party it now has, not the old ones.
          this.rooms.get(documentId)?.presence.restamp(conn);
          conn.resume();
        } catch (err) {
          this.refuse(conn, err);
        }
      }),
    );
  }

  /**
   * Re-runs `onAuthenticate` for every open connection: a session ended, a password changed or
   * a membership changed, perhaps in another process that shares the database.
   */
  async refreshAllAccess(): Promise<void> {
    const documentIds = new Set([...this.connections].map((c) => c.documentId));
    await Promise.all([...documentIds].map((id) => this.refreshAccess(id)));
  }

  stats(): CollabStats {
    let pendingUpdates = 0;
    for (const room of this.rooms.values()) pendingUpdates += room.pending.length;
    return { rooms: this.rooms.size, connections: this.connections.size, pendingUpdates };
  }

  /** Stops accepting, commits everything, checkpoints and closes every socket with 1001. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    this.lag.stop();
    clearInterval(this.pinger);
    await Promise.allSettled([...this.loading.values()]);
    this.flush();
    if (this.foldTimer) clearTimeout(this.foldTimer);
    this.foldTimer = null;
    try {
      this.store.fold();
    } catch (err) {
      this.log.error({ err }, 'could not fold the update log');
    }
    for (const room of [...this.rooms.values()]) {
      room.checkpoint();
      this.drop(room, CloseCode.goingAway, 'server shutting down');
    }
    for (const conn of [...this.connections]) conn.close(CloseCode.goingAway, 'server shutting down');
    this.wss.close();
  }
}
