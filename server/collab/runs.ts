import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One update of a document's log as a run holds it. */
export interface RunUpdate {
  seq: number;
  userId: string | null;
  at: number;
  data: Uint8Array;
}

const FORMAT = 1;

/** The distinct authors of some updates in order of appearance, and each one's index from 1 (0: no author). */
export function authorTable(updates: readonly { userId: string | null }[]): {
  authors: string[];
  index: Map<string, number>;
} {
  const authors: string[] = [];
  const index = new Map<string, number>();
  for (const u of updates) {
    if (u.userId !== null && !index.has(u.userId)) {
      authors.push(u.userId);
      index.set(u.userId, authors.length);
    }
  }
  return { authors, index };
}

/**
 * A document's updates numbered one after another (`first.seq`, `first.seq + 1`, …) as one
 * deflated blob: the authors once, then each update's author index (0: none), time (as a
 * difference from the one before) and bytes. Keystrokes from a few people compress well
 * together: their ids, times and Yjs headers repeat.
 */
export function encodeRun(updates: readonly RunUpdate[]): Buffer {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, FORMAT);
  const { authors, index } = authorTable(updates);
  encoding.writeVarUint(e, authors.length);
  for (const a of authors) encoding.writeVarString(e, a);
  encoding.writeVarUint(e, updates.length);
  let at = 0;
  for (const u of updates) {
    encoding.writeVarUint(e, u.userId === null ? 0 : index.get(u.userId)!);
    encoding.writeVarInt(e, u.at - at);
    at = u.at;
    encoding.writeVarUint8Array(e, u.data);
  }
  return deflateRawSync(encoding.toUint8Array(e));
}

/** The updates of a run stored from `firstSeq` on (see {@link encodeRun}). Throws if it is not one. */
export function decodeRun(firstSeq: number, blob: Uint8Array): RunUpdate[] {
  const d = decoding.createDecoder(inflateRawSync(blob));
  const format = decoding.readVarUint(d);
  if (format !== FORMAT) throw new Error(`unknown run format ${format}`);
  const authors: (string | null)[] = [null];
  for (let n = decoding.readVarUint(d); n > 0; n--) authors.push(decoding.readVarString(d));
  const count = decoding.readVarUint(d);
  const out: RunUpdate[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const userId = authors[decoding.readVarUint(d)];
    if (userId === undefined) throw new Error('a run names an unknown author');
    at += decoding.readVarInt(d);
    out.push({ seq: firstSeq + i, userId, at, data: decoding.readVarUint8Array(d) });
  }
  return out;
}
