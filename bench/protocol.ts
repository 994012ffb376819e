import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The frames the bench's light clients send and the headers they read, hand-encoded so that
 * one core can play hundreds of users. Two dialects: the y-websocket protocol (Sepakat and
 * `@y/websocket-server`) and Hocuspocus's, which puts the document name before every message
 * and wants an auth message first.
 */

/** Message types of the y-websocket protocol (and Hocuspocus's superset). */
export const MSG = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncStatus: 8 } as const;
/** Sync sub-types of y-protocols/sync. */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/** How a server frames messages: plain y-websocket, or Hocuspocus with its document-name prefix. */
export type Dialect = 'y-websocket' | 'hocuspocus';

/** Builds frames for one document in one dialect. */
export class Framer {
  constructor(
    readonly dialect: Dialect,
    readonly documentName: string,
  ) {}

  private start(type: number): encoding.Encoder {
    const e = encoding.createEncoder();
    if (this.dialect === 'hocuspocus') encoding.writeVarString(e, this.documentName);
    encoding.writeVarUint(e, type);
    return e;
  }

  /** Hocuspocus only: the token message that must precede everything else. */
  auth(token = ''): Uint8Array {
    const e = this.start(MSG.auth);
    encoding.writeVarUint(e, 0); // AuthMessageType.Token
    encoding.writeVarString(e, token);
    return encoding.toUint8Array(e);
  }

  /** Sync step 1 with the given state vector (empty: "send me everything"). */
  syncStep1(stateVector: Uint8Array = EMPTY_STATE_VECTOR): Uint8Array {
    const e = this.start(MSG.sync);
    encoding.writeVarUint(e, SYNC.step1);
    encoding.writeVarUint8Array(e, stateVector);
    return encoding.toUint8Array(e);
  }

  /** Sync step 2 (the answer to the server's step 1) carrying `update`. */
  syncStep2(update: Uint8Array = EMPTY_UPDATE): Uint8Array {
    const e = this.start(MSG.sync);
    encoding.writeVarUint(e, SYNC.step2);
    encoding.writeVarUint8Array(e, update);
    return encoding.toUint8Array(e);
  }

  update(update: Uint8Array): Uint8Array {
    const e = this.start(MSG.sync);
    encoding.writeVarUint(e, SYNC.update);
    encoding.writeVarUint8Array(e, update);
    return encoding.toUint8Array(e);
  }

  /** One presence entry (y-protocols/awareness encoding) with `json` as the state. */
  awareness(clientID: number, clock: number, json: string): Uint8Array {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientID);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, json);
    const e = this.start(MSG.awareness);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    return encoding.toUint8Array(e);
  }
}

/** An encoded empty state vector and an empty update (no structs, empty delete set). */
export const EMPTY_STATE_VECTOR = new Uint8Array([0]);
export const EMPTY_UPDATE = new Uint8Array([0, 0]);

/** The header of a received frame: message type and, for sync messages, the sub-type. */
export interface FrameHeader {
  type: number;
  syncType: number;
}

/**
 * Reads only the header of a received frame (for Hocuspocus, after skipping the document
 * name): enough to count messages by kind without decoding their payload.
 */
export function readHeader(data: Uint8Array, dialect: Dialect): FrameHeader {
  const d = decoding.createDecoder(data);
  if (dialect === 'hocuspocus') decoding.readVarString(d);
  const type = decoding.readVarUint(d);
  const syncType = type === MSG.sync && decoding.hasContent(d) ? decoding.readVarUint(d) : -1;
  return { type, syncType };
}

/** Length of the WebSocket frame header the server wrote before a payload of `n` bytes (unmasked). */
export const wsHeaderBytes = (n: number) => (n < 126 ? 2 : n < 65536 ? 4 : 10);
