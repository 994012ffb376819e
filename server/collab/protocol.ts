import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/**
 * The y-websocket wire format: `[messageType: varUint, payload...]`, where a sync message
 * carries `[syncType: varUint, varUint8Array]` (y-protocols/sync) and an awareness message a
 * `varUint8Array` of `[count, (clientID, clock, JSON state)*]` (y-protocols/awareness).
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** One presence entry of an awareness message. */
export interface AwarenessEntry {
  clientID: number;
  clock: number;
  /** The state as JSON text ("null" when the client left). */
  json: string;
}

/** A client message after it was decoded and checked; anything else is a {@link BadMessage}. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; entries: AwarenessEntry[] }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' };

/** A frame that is not a well-formed y-websocket message; the connection is closed with 4400. */
export class BadMessage extends Error {
  override name = 'BadMessage';
}

/**
 * Decodes a client frame completely before anything acts on it, so a malformed frame is
 * rejected whole: state vectors and updates are parsed by Yjs (`decodeStateVector`,
 * `decodeUpdate`); an awareness message is read down to each state's JSON text, which
 * `Presence` parses and checks.
 */
export function parseMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync:
        return parseSync(decoder);
      case MessageType.awareness: {
        const payload = decoding.readVarUint8Array(decoder);
        return { kind: 'awareness', entries: parseAwareness(payload) };
      }
      case MessageType.queryAwareness:
        return { kind: 'queryAwareness' };
      case MessageType.auth:
        return { kind: 'auth' };
      default:
        throw new BadMessage(`unknown message type ${type}`);
    }
  } catch (err) {
    if (err instanceof BadMessage) throw err;
    throw new BadMessage((err as Error)?.message ?? 'undecodable message');
  }
}

function parseSync(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      Y.decodeStateVector(payload);
      return { kind: 'syncStep1', stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate:
      Y.decodeUpdate(payload);
      return { kind: 'update', update: payload };
    default:
      throw new BadMessage(`unknown sync message type ${syncType}`);
  }
}

function parseAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    // The state's JSON is read once, by the room's Presence, which drops what is not a state
    // and keeps the connection: presence is decoration, and a page relays what it received.
    entries.push({ clientID, clock, json: decoding.readVarString(decoder) });
  }
  return entries;
}

/** Encodes awareness entries into the payload of an awareness message (y-protocols' layout). */
function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientID);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.json);
  }
  return encoding.toUint8Array(encoder);
}

/** Server → client: our state vector, so the client answers with what we lack (its offline edits). */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/**
 * The integrated state of `doc` as an update (the part a `stateVector` lacks), leaving out
 * Yjs's pending structs: those are bytes of an update whose dependencies never arrived, not
 * validated by integration (fuzzing finds mutated ones that make the encoded state
 * unloadable) and never logged. They are sent and stored once they integrate.
 */
export function encodeState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const store = doc.store;
  const { pendingStructs, pendingDs } = store;
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}

/** Server → client: everything the client lacks given its state vector. */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, encodeState(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

/** Server → client: a stored update (a checkpoint) as the answer that marks the client synced. */
export function syncStep2FromUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The larger of two state vectors, client by client (what a client holds after receiving both). */
export function mergeStateVectors(a: Uint8Array, b: Map<number, number>): Uint8Array {
  const merged = Y.decodeStateVector(a);
  for (const [client, clock] of b) if ((merged.get(client) ?? 0) < clock) merged.set(client, clock);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, merged.size);
  for (const [client, clock] of merged) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

/** Bytes of `n` as a lib0 varUint. */
function varUintBytes(n: number): number {
  let bytes = 1;
  for (let rest = n; rest > 0x7f; rest = Math.floor(rest / 128)) bytes++;
  return bytes;
}

/**
 * Server → client: one committed update (`[sync, update, varUint8Array]`, as y-protocols writes
 * it). It is written straight into one Buffer from Node's pool: an encoder would allocate its
 * own buffer and a copy for every update, and ws would wrap a plain Uint8Array in a new Buffer
 * for each recipient; under load these short-lived objects are most of what the young
 * generation collects and part of what it promotes.
 */
export function updateMessage(update: Uint8Array): Uint8Array {
  const length = update.byteLength;
  const message = Buffer.allocUnsafe(2 + varUintBytes(length) + length);
  message[0] = MessageType.sync;
  message[1] = syncProtocol.messageYjsUpdate;
  let at = 2;
  let rest = length;
  for (; rest > 0x7f; rest = Math.floor(rest / 128)) message[at++] = 0x80 | (rest & 0x7f);
  message[at++] = rest;
  message.set(update, at);
  return message;
}

/** Server → client: presence entries (a removed client's state is the JSON `null`); a Buffer, sent to every client of a room as is. */
export function awarenessMessage(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, encodeAwarenessEntries(entries));
  const message = encoding.toUint8Array(encoder);
  return Buffer.from(message.buffer, message.byteOffset, message.byteLength);
}
