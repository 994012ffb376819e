import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CloseCode } from '../../shared/protocol.ts';
import type { CollabIdentity, CollabLimits } from './types.ts';

/** Close code for a client that reads too slowly: transient, so the provider reconnects and resyncs. */
export const SLOW_CONSUMER = 1013;

let nextId = 1;

/**
 * Sockets corked since the current callback began. Frames sent to one client in one go (a
 * commit's updates, the presence riding with them) then leave in one write instead of one
 * system call each: with many documents being edited, a write per frame is a large share of
 * the server's time.
 * They are uncorked in a microtask, i.e. as soon as the callback that sent them returns.
 */
const corked: Duplex[] = [];

function uncorkAll(): void {
  for (const socket of corked.splice(0)) socket.uncork();
}

/** The TCP socket under a ws WebSocket (`_socket` is internal to ws, stable since ws 1). */
const socketOf = (ws: WebSocket): Duplex | undefined => (ws as unknown as { _socket?: Duplex })._socket;

/**
 * One client socket of a room. Messages that arrive while the connection is paused (during
 * authentication, or while `refreshAccess` re-checks it) are queued and handled in order
 * afterwards, so nothing is judged with stale access rights.
 */
export class Connection {
  readonly id = nextId++;
  identity: CollabIdentity | null = null;
  closed = false;
  /** Awareness client ids this connection announced; removed when it closes. */
  readonly awarenessClients = new Set<number>();
  /** Set by `refreshAccess` while the first authentication is still running. */
  reauthenticate = false;
  private queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private paused = true;
  private handler: ((data: Uint8Array) => void) | null = null;
  private closeListeners: (() => void)[] = [];
  /** A large sync reply may sit in the socket buffer without marking the client as slow. */
  private bufferAllowance = 0;
  /** Seq of the stored state sent before the room was loaded (see `CollabServer.answerFromStorage`). */
  sentSeq: number | null = null;
  /** State vector the client is known to hold (what was sent to it), merged into its sync requests. */
  knownState: Map<number, number> | null = null;
  /** Parts of this client's updates that wait for structs the server does not have (see `Room`). */
  waiting: Uint8Array | null = null;
  /** A ping was sent and its pong has not come back yet. */
  private awaitingPong = false;

  constructor(
    readonly ws: WebSocket,
    readonly documentId: string,
    readonly request: IncomingMessage,
    private readonly limits: CollabLimits,
  ) {
    ws.on('close', () => this.markClosed());
    ws.on('pong', () => {
      this.awaitingPong = false;
    });
  }

  /**
   * Pings the client; if the previous ping is still unanswered the peer is gone (no close
   * ever came: a laptop shut, a network dropped) and the socket is terminated.
   */
  ping(): void {
    if (this.closed) return;
    if (this.awaitingPong) {
      this.ws.terminate();
      this.markClosed();
      return;
    }
    this.awaitingPong = true;
    try {
      this.ws.ping();
    } catch {
      // The socket is closing: its close event detaches the connection.
    }
  }

  get readOnly(): boolean {
    return this.identity?.readOnly ?? true;
  }

  get userId(): string | null {
    return this.identity?.userId ?? null;
  }

  /** Feeds a received frame: handled now, or queued while paused. */
  receive(data: Uint8Array): void {
    if (this.closed) return;
    if (this.paused || !this.handler) {
      this.queuedBytes += data.byteLength;
      // A client may not pile up unbounded data while it waits to be authenticated.
      if (this.queuedBytes > this.limits.maxMessageBytes * 2) {
        this.close(CloseCode.tooLarge, 'too much data before authentication');
        return;
      }
      this.queue.push(data);
      return;
    }
    this.handler(data);
  }

  pause(): void {
    this.paused = true;
  }

  /** Installs the message handler (once) and handles the queued frames in order. */
  resume(handler?: (data: Uint8Array) => void): void {
    if (handler) this.handler = handler;
    this.paused = false;
    while (!this.paused && !this.closed && this.queue.length > 0 && this.handler) {
      const data = this.queue.shift()!;
      this.queuedBytes -= data.byteLength;
      this.handler(data);
    }
  }

  /**
   * Sends a frame unless the client has fallen too far behind; then it is disconnected
   * (it reconnects and resyncs) instead of buffering without bound.
   */
  send(data: Uint8Array, isSyncReply = false): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes + this.bufferAllowance) {
      this.close(SLOW_CONSUMER, 'client too slow');
      return;
    }
    if (this.ws.bufferedAmount === 0) this.bufferAllowance = 0;
    if (isSyncReply) this.bufferAllowance = Math.max(this.bufferAllowance, data.byteLength);
    this.cork();
    this.ws.send(data);
  }

  /** Holds this client's frames until the current callback returns (see `corked`). */
  private cork(): void {
    const socket = socketOf(this.ws);
    if (!socket || socket.writableCorked > 0) return;
    socket.cork();
    corked.push(socket);
    if (corked.length === 1) queueMicrotask(uncorkAll);
  }

  /**
   * Sends a sync reply and resolves once it is handed to the kernel (or the socket closed, or
   * `timeoutMs` passed), so that work which blocks the event loop does not hold it back.
   */
  sendFlushed(data: Uint8Array, timeoutMs: number): Promise<void> {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return Promise.resolve();
    this.bufferAllowance = Math.max(this.bufferAllowance, data.byteLength);
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.ws.send(data, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Closes the socket with `code` and detaches the connection at once (nothing more is sent). */
  close(code: number, reason = ''): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) {
      this.ws.close(code, reason.slice(0, 120));
    }
    this.markClosed();
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
