import * as Y from 'yjs';
import { CloseCode, RefusalReason } from '../../shared/protocol.ts';
import { Connection } from './connection.ts';
import { callHook } from './hooks.ts';
import { type LoadedDocument, loadDocument } from './load.ts';
import { Presence } from './presence.ts';
import {
  type BadMessage,
  encodeState,
  MessageType,
  mergeStateVectors,
  parseMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './protocol.ts';
import type { UpdateStore } from './store.ts';
import type { CollabHooks, CollabIdentity, CollabJudge, CollabLimits, CollabLog } from './types.ts';
import { changedAnything, dropPending, takePending } from './ystore.ts';

/**
 * Key of `transaction.meta` set on a client transaction the room refused: it is never logged or
 * sent on, and observers of the document (attribution) must ignore it. Its value is the reason.
 */
export const REFUSED_TRANSACTION = 'collab.refused';

/** Transaction origin of the room's own replay of accepted updates into a rebuilt document. */
const REPLAY = Symbol('replay');

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
  readonly judge: CollabJudge | null;
  readonly limits: CollabLimits;
  readonly log: CollabLog;
  /** Whether `bytes` more may be logged for the document now (its quota over time). */
  withinQuota(documentId: string, bytes: number): boolean;
  /** `bytes` were accepted for the document (counted against its quota). */
  spendQuota(documentId: string, bytes: number): void;
  /** An update of `conn` was refused (counted: too many turn the person away for a while). */
  refused(conn: Connection, reason: RefusalReason): void;
  /** Milliseconds between a room's presence messages now (see loopLag.ts). */
  presenceDelayMs(): number;
  /** The room has uncommitted updates: commit them soon (group commit). */
  requestFlush(room: Room): void;
  /** The last connection left and the idle delay passed. */
  unload(room: Room): void;
  /** The live document could not be rebuilt after a refusal: it can no longer be trusted. */
  discard(room: Room): void;
}

/**
 * One open document: its live Y.Doc (always the committed log plus at most one batch of
 * updates awaiting commit), the presence of its clients and their connections.
 *
 * Invariant: nothing leaves the room before it is committed. Updates are broadcast by
 * {@link Room.committed}; a sync reply (which would carry the live state) waits while a
 * batch is pending.
 *
 * Every client update is judged once applied, inside its own transaction: one that a
 * read-only connection sent with any change in it, one that builds on structs the server does
 * not have, one Yjs cannot apply, or one the judge refuses, is never logged or sent on; its
 * sender is closed with 4422 and the reason, and the live document is rebuilt without it
 * (storage plus the accepted updates not yet stored), so nobody else is disturbed.
 */
export class Room {
  /** The live document; replaced (same content, new Y.Doc) when a refused update is taken out. */
  doc: Y.Doc;
  readonly presence: Presence;
  readonly connections = new Set<Connection>();
  pending: PendingUpdate[] = [];
  seq: number;
  checkpointSeq: number;
  /** Estimated encoded size of the document (stored bytes since the last checkpoint included). */
  bytes: number;
  /** Size of the last checkpoint (as loaded: with the tail read after it). */
  private checkpointBytes: number;
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
    this.checkpointBytes = loaded.bytes;
    // Structs whose dependencies never arrived can never be sent or checkpointed; with none
    // left, any an update brings are that update's (and refused).
    dropPending(this.doc);
    this.doc.on('update', this.onDocUpdate);
    const { judge, log } = host;
    if (judge?.repair) {
      try {
        this.doc.transact(() => judge.repair?.(this.doc), new ServerOrigin(null));
      } catch (err) {
        log.error({ documentId, err }, 'document repair failed');
      }
    }
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

  /**
   * Whether a checkpoint is due: `every` updates since the last, and as many bytes logged since
   * as the checkpoint itself weighs, so that checkpoints never write more than the log does (a
   * 50 KiB agreement typed a character at a time waits for ~1,700 keystrokes, not 500); at ten
   * times `every` in any case, so that loading never applies a long tail.
   */
  checkpointDue(every: number): boolean {
    const since = this.sinceCheckpoint;
    if (since < every) return false;
    return since >= every * 10 || this.bytes - this.checkpointBytes >= this.checkpointBytes;
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
      // An update too large to take is refused like any other, so the client drops it instead
      // of sending it again on every reconnect.
      if (data[0] === MessageType.sync && !conn.readOnly) this.refuse(conn, RefusalReason.tooLarge, false);
      else conn.close(CloseCode.tooLarge, 'message too large');
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
    const { limits, log } = this.host;
    if (this.bytes + update.byteLength > limits.maxDocumentBytes) {
      this.refuse(conn, RefusalReason.tooLarge, false);
      return;
    }
    if (!conn.readOnly && !this.host.withinQuota(this.documentId, update.byteLength)) {
      this.refuse(conn, RefusalReason.quota, false);
      return;
    }
    const { judge } = this.host;
    const identity = conn.identity;
    if (identity && !identity.readOnly) judge?.beforeApply?.({ document: this.doc, identity });
    let verdict: RefusalReason | null = null;
    let accepted: Y.Transaction | null = null;
    this.doc.transact((transaction) => {
      try {
        Y.applyUpdate(this.doc, update, conn);
        this.keepWaiting(conn);
        verdict = this.judge(conn, transaction);
      } catch (err) {
        // Yjs integrates structs before it fails, so the live doc may hold part of it.
        log.warn({ documentId: this.documentId, userId: conn.userId, err }, 'update unreadable');
        verdict = RefusalReason.invalid;
      }
      if (verdict) transaction.meta.set(REFUSED_TRANSACTION, verdict);
      else accepted = transaction;
    }, conn);
    if (verdict) this.refuse(conn, verdict, true);
    else if (accepted && identity && !identity.readOnly) this.follow(accepted, identity);
  }

  /** The judge's change right after an accepted client transaction, made as the server's own. */
  private follow(transaction: Y.Transaction, identity: CollabIdentity): void {
    const { judge, log } = this.host;
    try {
      const change = judge?.follow?.({ document: this.doc, transaction, identity });
      if (change) this.doc.transact(() => change(this.doc), new ServerOrigin(null));
    } catch (err) {
      log.error({ documentId: this.documentId, err }, 'server change after an update failed');
    }
  }

  /**
   * Parts of a connection's updates that build on structs the server does not have yet stay
   * with that connection, not in the document: a client that types just after reconnecting
   * sends its keystroke before the sync reply that carries what it builds on, and those parts
   * are retried with each of its next updates. Kept in the document, they would be integrated
   * (and judged) in whoever's transaction brought the missing structs.
   */
  private keepWaiting(conn: Connection): void {
    const waiting = conn.waiting;
    conn.waiting = null;
    if (waiting) Y.applyUpdateV2(this.doc, waiting, conn);
    conn.waiting = takePending(this.doc);
  }

  /** Why the change `conn` just made in `transaction` may not stand, or null. */
  private judge(conn: Connection, transaction: Y.Transaction): RefusalReason | null {
    if ((conn.waiting?.byteLength ?? 0) > this.host.limits.maxMessageBytes)
      return RefusalReason.missingDependencies;
    const identity = conn.identity;
    if (!identity || identity.readOnly) {
      if (!changedAnything(transaction)) return null;
      return identity?.locked ? RefusalReason.locked : RefusalReason.readOnly;
    }
    return this.host.judge?.judge({ document: this.doc, transaction, identity }) ?? null;
  }

  /**
   * Tells `conn` its update was refused (4422 and the reason) and, if it was applied to the
   * live document, rebuilds the document without it. Nothing of it was logged or sent.
   */
  private refuse(conn: Connection, reason: RefusalReason, applied: boolean): void {
    this.host.log.warn({ documentId: this.documentId, userId: conn.userId, reason }, 'update refused');
    conn.close(CloseCode.refused, reason);
    this.host.refused(conn, reason);
    if (applied) this.rebuild();
  }

  /**
   * Replaces the live document by storage plus the accepted updates not yet stored: exactly
   * what it held before the refused update. Observers move with a hook; connections stay.
   */
  private rebuild(): void {
    const { store, hooks, log } = this.host;
    let loaded: LoadedDocument;
    try {
      loaded = loadDocument(store, this.documentId, log);
      dropPending(loaded.doc);
      loaded.doc.transact(() => {
        for (const item of this.pending) Y.applyUpdate(loaded.doc, item.update);
      }, REPLAY);
    } catch (err) {
      log.error({ documentId: this.documentId, err }, 'could not rebuild after a refusal');
      this.host.discard(this);
      return;
    }
    const old = this.doc;
    old.off('update', this.onDocUpdate);
    this.doc = loaded.doc;
    this.seq = loaded.seq;
    this.checkpointSeq = loaded.checkpointSeq;
    this.bytes = loaded.bytes + this.pending.reduce((n, item) => n + item.update.byteLength, 0);
    this.checkpointBytes = loaded.bytes;
    this.doc.on('update', this.onDocUpdate);
    callHook(log, 'onReloadDocument', () =>
      hooks.onReloadDocument?.({ documentId: this.documentId, document: this.doc }),
    );
    old.destroy();
  }

  private readonly onDocUpdate = (
    update: Uint8Array,
    origin: unknown,
    _doc: Y.Doc,
    transaction: Y.Transaction,
  ): void => {
    if (this.closed || origin === REPLAY || transaction.meta.has(REFUSED_TRANSACTION)) return;
    const conn = origin instanceof Connection ? origin : null;
    // Anything else that changed the live doc (withDocument, a hook) is logged too: the log
    // must always be able to rebuild what clients were sent.
    const userId = conn ? conn.userId : origin instanceof ServerOrigin ? origin.userId : null;
    this.pending.push({ update, userId, conn });
    this.bytes += update.byteLength;
    this.host.spendQuota(this.documentId, update.byteLength);
    this.host.requestFlush(this);
  };

  /** Hands the pending batch to the committer. */
  takePending(): PendingUpdate[] {
    const items = this.pending;
    this.pending = [];
    return items;
  }

  /** Called once `items` are durably stored as `seqs`: now they may be sent on. */
  committed(items: PendingUpdate[], seqs: number[]): void {
    // One seq per item, in order (see commit.ts).
    const count = Math.min(items.length, seqs.length);
    for (let i = 0; i < count; i++) {
      const item = items[i]!;
      this.seq = Math.max(this.seq, seqs[i]!);
      const message = updateMessage(item.update);
      for (const conn of this.connections) if (conn !== item.conn) conn.send(message);
    }
    this.presence.sendIfDue();
    if (this.pending.length === 0) {
      for (const { conn, stateVector } of this.deferredReplies.splice(0)) {
        if (!conn.closed) conn.send(syncStep2Message(this.doc, stateVector), true);
      }
    }
    const { hooks, log } = this.host;
    for (let i = 0; i < count; i++) {
      const item = items[i]!;
      const seq = seqs[i]!;
      callHook(log, 'onChange', () =>
        hooks.onChange?.({ documentId: this.documentId, update: item.update, userId: item.userId, seq }),
      );
    }
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
      this.host.log.error({ documentId: this.documentId, err }, 'checkpoint failed');
      return;
    }
    this.checkpointSeq = this.seq;
    this.bytes = state.byteLength;
    this.checkpointBytes = state.byteLength;
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
