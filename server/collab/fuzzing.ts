// Test support: the collaboration protocol below a stock client (frames written by hand, real
// ones and mutations of them, and bare sockets to send them on).
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** A sync message (type 0) whose body `write` encodes. */
export const syncMessage = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  write(e);
  return encoding.toUint8Array(e);
};

/** A sync message carrying `update`, as a client sends an edit. */
export const updateMessage = (update: Uint8Array) => syncMessage((e) => syncProtocol.writeUpdate(e, update));

/** A bare socket on a collab server, speaking (or not) the protocol. */
export interface RawSocket {
  ws: WebSocket;
  /** Every message received, in order. */
  received: Uint8Array[];
  /** Resolves with the close code. */
  closed: Promise<number>;
  /** The close code, or null while the socket is open. */
  code(): number | null;
}

/** Opens a bare socket on `documentId` with `token`; resolves once it is open. */
export async function openRawSocket(url: string, documentId: string, token: string): Promise<RawSocket> {
  const ws = new WebSocket(`${url}/${documentId}?token=${token}`);
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => void received.push(new Uint8Array(data)));
  let code: number | null = null;
  const closed = new Promise<number>((resolve) =>
    ws.on('close', (c) => {
      code = c;
      resolve(c);
    }),
  );
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  // Later errors (a refused frame, a reset) show as the close code.
  ws.on('error', () => {});
  return { ws, received, closed, code: () => code };
}

/** Real frames a client sends: sync step 1 and 2, updates, awareness. */
export function validFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => frames.push(syncMessage((e) => syncProtocol.writeUpdate(e, u))));
  const body = doc.getXmlFragment('body');
  const p = new Y.XmlElement('paragraph');
  body.insert(0, [p]);
  const text = new Y.XmlText();
  p.insert(0, [text]);
  text.insert(0, 'Pasal fuzz');
  text.format(0, 5, { bold: {} });
  text.delete(2, 3);
  doc.getMap('meta').set('title', 'Fuzz');
  frames.push(syncMessage((e) => syncProtocol.writeSyncStep1(e, doc)));
  frames.push(syncMessage((e) => syncProtocol.writeSyncStep2(e, doc)));
  const awareness = new Awareness(doc);
  awareness.setLocalStateField('user', { name: 'fuzz' });
  const a = encoding.createEncoder();
  encoding.writeVarUint(a, 1);
  encoding.writeVarUint8Array(a, encodeAwarenessUpdate(awareness, [doc.clientID]));
  frames.push(encoding.toUint8Array(a));
  awareness.destroy();
  return frames;
}

/** A frame with a few bytes changed, cut short, or with random bytes inserted. */
export function mutate(frame: Uint8Array, rand: () => number): Uint8Array {
  const out = Uint8Array.from(frame);
  const kind = rand();
  if (kind < 0.5) {
    const flips = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < flips; i++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
    return out;
  }
  if (kind < 0.8) return out.slice(0, Math.floor(rand() * out.length));
  const at = Math.floor(rand() * out.length);
  const extra = Uint8Array.from({ length: 1 + Math.floor(rand() * 8) }, () => Math.floor(rand() * 256));
  return Uint8Array.from([...out.slice(0, at), ...extra, ...out.slice(at)]);
}
