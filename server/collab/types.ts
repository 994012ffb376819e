import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import { MAX_DOCUMENT_BYTES, MAX_MESSAGE_BYTES } from '../../shared/protocol.ts';

/**
 * Who a connection is, as decided by `onAuthenticate`. The presence it announces carries these
 * names and colours, never the ones its client wrote (see presence.ts).
 */
export interface CollabIdentity {
  userId: string;
  /** Viewers, commenters and everyone on a locked document: any change they send is refused. */
  readOnly: boolean;
  /** The document is final or signed: a change is refused as `locked` rather than `read-only`. */
  locked?: boolean;
  /** Display name, shown on the caret and in the list of who is online. */
  name?: string;
  /** Initials of the name, shown on the avatar (default: computed from `name`). */
  initials?: string;
  partyId?: string;
  /** The party's short name, shown beside the name. */
  partyShortName?: string;
  /** The party's colour (`#rrggbb`, by its ordinal). */
  partyColor?: string;
}

/**
 * Refusal of a connection (or of continued access after `refreshAccess`), carrying the
 * WebSocket close code the client receives (4401 unauthorised, 4403 forbidden, 4404 not found).
 */
export class CollabAuthError extends Error {
  constructor(
    readonly code: number,
    readonly reason = 'forbidden',
  ) {
    super(reason);
    this.name = 'CollabAuthError';
  }
}

/** Hooks in Hocuspocus's vocabulary. Only `onAuthenticate` is required. */
export interface CollabHooks {
  /** Decides who may open `documentId`; throw a {@link CollabAuthError} to refuse. */
  onAuthenticate(ctx: {
    documentId: string;
    request: IncomingMessage;
  }): CollabIdentity | Promise<CollabIdentity>;
  /** After the stored state was loaded into `document`; throw to refuse the room (closes with 4404 or the error's code). */
  onLoadDocument?(ctx: { documentId: string; document: Y.Doc }): void | Promise<void>;
  /** After `update` was durably appended to the log as `seq` (attribution, clause history). */
  onChange?(ctx: {
    documentId: string;
    update: Uint8Array;
    userId: string | null;
    seq: number;
  }): void | Promise<void>;
  /** After a checkpoint of `document` at `seq` was stored. */
  onStoreDocument?(ctx: { documentId: string; document: Y.Doc; seq: number }): void | Promise<void>;
  /** After the room of `documentId` was unloaded (idle, shutdown or failure). */
  afterUnloadDocument?(ctx: { documentId: string }): void | Promise<void>;
}

/** Tunable limits; every field has a default in {@link DEFAULT_LIMITS}. */
export interface CollabLimits {
  /** Largest message accepted from a client; larger closes the connection with 4413. */
  maxMessageBytes: number;
  /** Largest awareness (presence) message; presence is fanned out to everyone, so it is kept small. */
  maxAwarenessBytes: number;
  /** Largest document (estimated encoded size); an update that would pass it closes with 4413. */
  maxDocumentBytes: number;
  /** A client whose socket buffers more than this is disconnected (it reconnects and resyncs). */
  maxBufferedBytes: number;
  /** Store a checkpoint after this many logged updates. */
  checkpointEvery: number;
  /** Unload a room this long after its last connection closed. */
  idleUnloadMs: number;
  /** Group commit window: 0 = end of the current event-loop turn (setImmediate). */
  batchDelayMs: number;
  /** Group commit window while the event loop runs late (see loopLag.ts). */
  busyBatchDelayMs: number;
  /**
   * Presence changes are gathered and sent at most this often per room (0 = at once) while the
   * server keeps up; up to ten times less often when its event loop falls behind (loopLag.ts).
   */
  awarenessThrottleMs: number;
}

export const DEFAULT_LIMITS: CollabLimits = {
  maxMessageBytes: MAX_MESSAGE_BYTES,
  maxAwarenessBytes: 64 * 1024,
  maxDocumentBytes: MAX_DOCUMENT_BYTES,
  maxBufferedBytes: 4 * 1024 * 1024,
  checkpointEvery: 500,
  idleUnloadMs: 30_000,
  batchDelayMs: 0,
  busyBatchDelayMs: 10,
  awarenessThrottleMs: 50,
};

type LogFn = (obj: object, msg?: string) => void;
/** The subset of a pino logger (Fastify's `app.log`) the collaboration server writes to. */
export interface CollabLog {
  debug?: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export const silentLog: CollabLog = { info() {}, warn() {}, error() {} };
