import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import { MAX_DOCUMENT_BYTES, MAX_MESSAGE_BYTES, type RefusalReason } from '../../shared/protocol.ts';

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
  /** A suggester (or an editor whose party is limited to suggestions): the judge takes suggestions only. */
  suggestOnly?: boolean;
  /**
   * Earliest time (ms) this connection's new suggestions may be stamped with: when its session
   * began, so that suggestions written offline since merge when the device returns, and none can
   * claim a time before its author signed in. Absent: the server's clock, within the skew.
   */
  suggestSince?: number;
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
  /**
   * The room's live document was rebuilt (from storage plus its accepted updates not yet
   * stored) because a refused update had been applied to it: the same document in a new Y.Doc,
   * without anything of the refused update. Whoever observes the old Y.Doc moves to `document`.
   */
  onReloadDocument?(ctx: { documentId: string; document: Y.Doc }): void;
  /** After the room of `documentId` was unloaded (idle, shutdown or failure). */
  afterUnloadDocument?(ctx: { documentId: string }): void | Promise<void>;
}

/**
 * A feature that follows the documents, in the manner of a Hocuspocus extension: any of the
 * notification hooks, run in the order the extensions are listed and before the server's own
 * `hooks` (clause attribution is one). `onSettle` runs when a reader asks, through
 * `CollabServer.settle`, that everything derived from a document's log be up to date.
 */
export interface CollabExtension extends Partial<Omit<CollabHooks, 'onAuthenticate'>> {
  /** Record now whatever is still held of `documentId` (synchronous: a caller may be inside a transaction). */
  onSettle?(ctx: { documentId: string }): void;
}

/**
 * The rules a document's changes must keep, applied by the room to every client update (after
 * it was applied to the live document, before anything of it is logged or sent on). The room
 * itself refuses any change from a read-only connection and updates with missing dependencies;
 * the judge adds what the document's own schema and invariants require.
 */
export interface CollabJudge {
  /**
   * Checks what one client transaction changed; returns why it is refused, or null to accept.
   * Runs inside the transaction, before observers: it must not change the document.
   */
  judge(ctx: { document: Y.Doc; transaction: Y.Transaction; identity: CollabIdentity }): RefusalReason | null;
  /**
   * Before a client update is applied to the live document (which then holds the last accepted
   * state): what the judge compares against may be read here.
   */
  beforeApply?(ctx: { document: Y.Doc; identity: CollabIdentity }): void;
  /**
   * After a client transaction was accepted: a change the server makes right away (logged and
   * sent as the server's own, like the repair), or null when none is needed.
   */
  follow?(ctx: {
    document: Y.Doc;
    transaction: Y.Transaction;
    identity: CollabIdentity;
  }): ((document: Y.Doc) => void) | null;
  /**
   * Brings a document loaded from storage within the rules (what an older server let in), by
   * changing it; the room logs those changes as the server's. Must never fail the load.
   */
  repair?(document: Y.Doc): void;
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
  /** Store a checkpoint after this many logged updates at least (see `Room.checkpointDue`). */
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
  /** Every socket is pinged this often; one that has not answered the previous ping is closed. */
  pingIntervalMs: number;
  /** Bytes one document may log within `quotaWindowMs`; beyond, changes are refused (`quota`). */
  quotaBytes: number;
  quotaWindowMs: number;
  /** Refused updates one person may send to one document within `refusalWindowMs`... */
  maxRefusals: number;
  /** ...before their connections to it are turned away (4429) until the window has passed. */
  refusalWindowMs: number;
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
  pingIntervalMs: 30_000,
  quotaBytes: 64 * 1024 * 1024,
  quotaWindowMs: 24 * 60 * 60 * 1000,
  maxRefusals: 5,
  refusalWindowMs: 60_000,
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
