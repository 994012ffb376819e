import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol.ts';
import { Connection } from './connection.ts';
import { callHook } from './hooks.ts';
import type { LoadedDocument } from './load.ts';
import { Presence } from './presence.ts';
import {
  type BadMessage,
  encodeState,
  mergeStateVectors,
  parseMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './protocol.ts';
import type { UpdateStore } from './store.ts';
import type { CollabHooks, CollabLimits, CollabLog } from './types.ts';

/** Transaction origin of a server-side change (`withDocument`), attributed to `userId`. */
export class ServerOrigin {
  constructor(readonly userId: string | null) {}
}

/** An update applied to the live document and not yet committed to the log. */
export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
  /** The connection it came from (it is not echoed back there). */
  conn: Connection | null;
}

/** What a room needs from the server that owns it. */
export interface RoomHost {
  readonly store: UpdateStore;
  readonly hooks: CollabHooks;
  readonly limits: CollabLimits;
  readonly log: CollabLog;
  /** Milliseconds between a room's presence messages now (see loopLag.ts). */
  presenceDelayMs(): number;
  /** The room has uncommitted updates: commit them soon (group commit). */
  requestFlush(room: Room): void;
  /** The last connection left and the idle delay passed. */
  unload(room: Room): void;
  /** Applying an update threw halfway: the live document can no longer be trusted. */
  discard(room: Room): void;
}

/**
 * One open document: its live Y.Doc (always the committed log plus at most one batch of
 * updates awaiting commit), the presence of its clients and their connections.
 *
 * Invariant: nothing leaves the room before it is committed. Updates are broadcast by
 * {@link Room.committed}; a sync reply (which would carry the live state) waits while a
 * batch is pending.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly presence: Presence;
  readonly connections = new Set<Connection>();
  pending: PendingUpdate[] = [];
  seq: number;
  checkpointSeq: number;
  /** Estimated encoded size of the document (stored bytes since the last checkpoint included). */
  bytes: number;
  closed = false;
  private deferredReplies: { conn: Connection; stateVector: Uint8Array }[] = [];
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly documentId: string,
    private readonly host: RoomHost,
    loaded: LoadedDocument,
  ) {
    this.doc = loaded.doc;
    this.seq = loaded.seq;
    this.checkpointSeq = loaded.checkpointSeq;
    this.bytes = loaded.bytes;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.presence = new Presence(
      () => host.presenceDelayMs(),
      (message) => {
        for (const conn of this.connections) conn.send(message);
      },
    );
  }

  /** Updates logged since the last checkpoint. */
  get sinceCheckpoint(): number {
    return this.seq - this.checkpointSeq;
  }

  /** Adds an authenticated connection: sends our state vector and the room's presence, then handles its queue. */
  join(conn: Connection): void {
    this.cancelIdle();
    this.connections.add(conn);
    // Sent the stored state before the room loaded: if nothing was logged since, the client
    // holds what the room holds, and its sync request need not bring all of it again.
    if (conn.sentSeq !== null && conn.sentSeq === this.seq && this.pending.length === 0) {
      conn.knownState = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    }
    conn.sentSeq = null;
    conn.onClose(() => this.leave(conn));
    conn.send(syncStep1Message(this.doc));
    const present = this.presence.everyone();
    if (present) conn.send(present);
    conn.resume((data) => this.handle(conn, data));
  }

  private leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    this.deferredReplies = this.deferredReplies.filter((r) => r.conn !== conn);
    if (!this.closed) this.presence.remove(conn);
    if (this.connections.size === 0) this.scheduleIdle();
  }

  /** Handles one frame of `conn`; anything malformed closes that connection only. */
  handle(conn: Connection, data: Uint8Array): void {
    const { limits, log } = this.host;
    if (data.byteLength > limits.maxMessageBytes) {
      conn.close(CloseCode.tooLarge, 'message too large');
      return;
    }
    let msg: ReturnType<typeof parseMessage>;
    try {
      msg = parseMessage(data);
    } catch (err) {
      log.warn(
        { documentId: this.documentId, userId: conn.userId, err: (err as BadMessage).message },
        'bad message',
      );
      conn.close(CloseCode.badMessage, 'bad message');
      return;
    }
    if (msg.kind === 'syncStep1') {
      const stateVector = conn.knownState
        ? mergeStateVectors(msg.stateVector, conn.knownState)
        : msg.stateVector;
      if (this.pending.length > 0) this.deferredReplies.push({ conn, stateVector });
      else conn.send(syncStep2Message(this.doc, stateVector), true);
    } else if (msg.kind === 'update') {
      this.receiveUpdate(conn, msg.update);
    } else if (msg.kind === 'awareness') {
      if (data.byteLength > limits.maxAwarenessBytes) conn.close(CloseCode.tooLarge, 'presence too large');
      else this.presence.receive(conn, msg.entries);
    } else if (msg.kind === 'queryAwareness') {
      const present = this.presence.everyone();
      if (present) conn.send(present);
    }
  }

  private receiveUpdate(conn: Connection, update: Uint8Array): void {
    // Read-only clients may hold local edits (their editor is disabled, but a tampered client
    // is not): drop them silently, never apply, store or forward.
    if (conn.readOnly) return;
    if (this.bytes + update.byteLength > this.host.limits.maxDocumentBytes) {
      conn.close(CloseCode.tooLarge, 'document too large');
      return;
    }
    const mark = this.pending.length;
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch (err) {
      // Yjs integrates structs before it fails, so the live doc may hold part of a bad update.
      // Drop what it emitted, and let the server rebuild the room from the log.
      this.pending.splice(mark);
      this.host.log.warn(
        { documentId: this.documentId, userId: conn.userId, err: String(err) },
        'update rejected',
      );
      conn.close(CloseCode.badMessage, 'bad update');
      this.host.discard(this);
    }
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (this.closed) return;
    const conn = origin instanceof Connection ? origin : null;
    // Anything else that changed the live doc (withDocument, a hook) is logged too: the log
    // must always be able to rebuild what clients were sent.
    const userId = conn ? conn.userId : origin instanceof ServerOrigin ? origin.userId : null;
    this.pending.push({ update, userId, conn });
    this.bytes += update.byteLength;
    this.host.requestFlush(this);
  }

  /** Hands the pending batch to the committer. */
  takePending(): PendingUpdate[] {
    const items = this.pending;
    this.pending = [];
    return items;
  }

  /** Called once `items` are durably stored as `seqs`: now they may be sent on. */
  committed(items: PendingUpdate[], seqs: number[]): void {
    items.forEach((item, i) => {
      this.seq = Math.max(this.seq, seqs[i]);
      const message = updateMessage(item.update);
      for (const conn of this.connections) if (conn !== item.conn) conn.send(message);
    });
    this.presence.sendIfDue();
    if (this.pending.length === 0) {
      for (const { conn, stateVector } of this.deferredReplies.splice(0)) {
        if (!conn.closed) conn.send(syncStep2Message(this.doc, stateVector), true);
      }
    }
    const { hooks, log } = this.host;
    items.forEach((item, i) => {
      callHook(log, 'onChange', () =>
        hooks.onChange?.({
          documentId: this.documentId,
          update: item.update,
          userId: item.userId,
          seq: seqs[i],
        }),
      );
    });
  }

  /**
   * Stores the merged state at the current seq, if anything was logged since the last one.
   * Only called with nothing pending, so the checkpoint holds exactly the log up to `seq`.
   */
  checkpoint(): void {
    if (this.closed || this.pending.length > 0 || this.seq === this.checkpointSeq) return;
    const state = encodeState(this.doc);
    try {
      this.host.store.checkpoint(this.documentId, this.seq, state);
    } catch (err) {
      // The log already holds every update; a missing checkpoint only makes the next load slower.
      this.host.log.error({ documentId: this.documentId, err: String(err) }, 'checkpoint failed');
      return;
    }
    this.checkpointSeq = this.seq;
    this.bytes = state.byteLength;
    const { hooks, log } = this.host;
    callHook(log, 'onStoreDocument', () =>
      hooks.onStoreDocument?.({ documentId: this.documentId, document: this.doc, seq: this.seq }),
    );
  }

  scheduleIdle(): void {
    if (this.closed || this.connections.size > 0 || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.connections.size === 0) this.host.unload(this);
    }, this.host.limits.idleUnloadMs);
    this.idleTimer.unref();
  }

  private cancelIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** Closes every connection with `code` and releases the document (no checkpoint: see the server). */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.cancelIdle();
    for (const conn of [...this.connections]) conn.close(code, reason);
    this.connections.clear();
    this.deferredReplies = [];
    this.presence.destroy();
    this.doc.destroy();
  }
}
