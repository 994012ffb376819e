import {
  closeSync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { crc32 } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { authorTable } from './runs.ts';

/** One update as the log file holds it: numbered already, so folding it twice changes nothing. */
export interface LogRecord {
  documentId: string;
  seq: number;
  userId: string | null;
  at: number;
  data: Uint8Array;
}

/** What a log file says of itself: which database it belongs to, and its records in order. */
export interface LogContents {
  /** The log id written in its header (null: no header, an empty or unreadable file). */
  id: string | null;
  records: LogRecord[];
}

const MAGIC = 'sepakat-updates-1';
/** Frame: payload length (u32 LE), CRC-32 of the payload (u32 LE), payload. */
const FRAME_HEAD = 8;
/** A frame longer than this is garbage, not a record (an update is at most a few MiB). */
const MAX_FRAME = 256 * 1024 * 1024;

const frame = (payload: Uint8Array): Buffer => {
  const out = Buffer.allocUnsafe(FRAME_HEAD + payload.byteLength);
  out.writeUInt32LE(payload.byteLength, 0);
  out.writeUInt32LE(crc32(payload), 4);
  out.set(payload, FRAME_HEAD);
  return out;
};

const headerFrame = (id: string): Buffer => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, MAGIC);
  encoding.writeVarString(e, id);
  return frame(encoding.toUint8Array(e));
};

/**
 * One frame per document of a group commit: the document, its first seq (the others follow
 * one by one), the time, the authors once, then each update with its author's index (0: no
 * author). A keystroke costs its own bytes and two or three more, not its ids again.
 */
const documentPayload = (records: readonly LogRecord[]): Uint8Array => {
  const e = encoding.createEncoder();
  const first = records[0]!;
  encoding.writeVarString(e, first.documentId);
  encoding.writeVarUint(e, first.seq);
  encoding.writeVarUint(e, first.at);
  const { authors, index } = authorTable(records);
  encoding.writeVarUint(e, authors.length);
  for (const a of authors) encoding.writeVarString(e, a);
  encoding.writeVarUint(e, records.length);
  for (const r of records) {
    encoding.writeVarUint(e, r.userId === null ? 0 : index.get(r.userId)!);
    encoding.writeVarUint8Array(e, r.data);
  }
  return encoding.toUint8Array(e);
};

/**
 * Frames of `records`, one buffer: one write() for a whole group commit. Each document's
 * records are numbered one after another (as `UpdateStore.append` numbers them) and share one
 * time; the frames keep each document's order.
 */
export function encodeRecords(records: readonly LogRecord[]): Buffer {
  // Runs: a document's records numbered one after another at one time (every batch `append` makes).
  const runs: LogRecord[][] = [];
  const open = new Map<string, LogRecord[]>();
  for (const r of records) {
    const run = open.get(r.documentId);
    const last = run?.at(-1);
    if (run && last && last.seq + 1 === r.seq && last.at === r.at) run.push(r);
    else {
      const fresh = [r];
      runs.push(fresh);
      open.set(r.documentId, fresh);
    }
  }
  const frames = runs.map((run) => frame(documentPayload(run)));
  return frames.length === 1 ? frames[0]! : Buffer.concat(frames);
}

/**
 * Reads a log file: its header, then every intact frame up to the first one that is short or
 * fails its checksum (a write cut by a crash or power loss: it was never acknowledged).
 */
export function parseLog(bytes: Uint8Array): LogContents {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: LogRecord[] = [];
  let id: string | null = null;
  let at = 0;
  while (at + FRAME_HEAD <= view.byteLength) {
    const length = view.readUInt32LE(at);
    if (length > MAX_FRAME || at + FRAME_HEAD + length > view.byteLength) break;
    const payload = view.subarray(at + FRAME_HEAD, at + FRAME_HEAD + length);
    if (crc32(payload) !== view.readUInt32LE(at + 4)) break;
    try {
      const d = decoding.createDecoder(payload);
      if (at === 0) {
        if (decoding.readVarString(d) !== MAGIC) break;
        id = decoding.readVarString(d);
      } else {
        const documentId = decoding.readVarString(d);
        const seq = decoding.readVarUint(d);
        const time = decoding.readVarUint(d);
        const authors: (string | null)[] = [null];
        for (let n = decoding.readVarUint(d); n > 0; n--) authors.push(decoding.readVarString(d));
        const count = decoding.readVarUint(d);
        const frameRecords: LogRecord[] = [];
        for (let i = 0; i < count; i++) {
          const author = authors[decoding.readVarUint(d)];
          if (author === undefined) throw new Error('unknown author');
          frameRecords.push({
            documentId,
            seq: seq + i,
            userId: author,
            at: time,
            data: decoding.readVarUint8Array(d),
          });
        }
        records.push(...frameRecords);
      }
    } catch {
      break;
    }
    at += FRAME_HEAD + length;
  }
  return { id, records };
}

/**
 * The append-only file in front of the SQLite update log (`<database>-updates`): a group
 * commit is one write() of its records, so a keystroke costs its own bytes on disk instead of
 * the few 4 KiB pages a SQLite commit rewrites, twice (WAL, then the database file). The
 * records are folded into SQLite in bulk (see store.ts); once all of them are, and SQLite's
 * files are synced, the file starts over under a new id.
 *
 * A write survives the process being killed as soon as write() returns (the kernel holds it),
 * like a SQLite commit with `synchronous = NORMAL`; with `sync` each write is also
 * fdatasync'ed before it is acknowledged, like `synchronous = FULL`.
 */
export class UpdateLogFile {
  private fd: number;
  /** Bytes of the file known good: a failed write is cut back to here. */
  private size: number;
  /** A failed write could not be cut back: nothing more may be appended after the garbage. */
  private broken: Error | null = null;

  private constructor(
    readonly path: string,
    private readonly sync: boolean,
    fd: number,
    size: number,
    public id: string,
  ) {
    this.fd = fd;
    this.size = size;
  }

  /** Opens (or creates) the file and starts it over as `id`: its old records are in SQLite already. */
  static open(path: string, opts: { sync: boolean; id: string }): UpdateLogFile {
    const log = new UpdateLogFile(path, opts.sync, openSync(path, 'a+'), 0, opts.id);
    log.restart(opts.id);
    return log;
  }

  /** The file's contents as they are on disk now (for recovery and the backup). */
  static read(path: string): LogContents {
    try {
      return parseLog(readFileSync(path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { id: null, records: [] };
      throw err;
    }
  }

  /** Keeps a file that belongs to another database (say, beside a restored copy) out of the way. */
  static setAside(path: string): string {
    const aside = `${path}.${Date.now()}.unmatched`;
    renameSync(path, aside);
    return aside;
  }

  get bytes(): number {
    return this.size;
  }

  /** Appends the records in one write. Throws (and leaves the file as it was) if it cannot. */
  append(records: readonly LogRecord[]): void {
    if (this.broken) throw this.broken;
    this.write(encodeRecords(records));
  }

  /** Empties the file and heads it with a new id. The caller has made every record durable elsewhere. */
  restart(id: string): void {
    ftruncateSync(this.fd, 0);
    this.size = 0;
    this.id = id;
    this.broken = null;
    this.write(headerFrame(id));
  }

  close(): void {
    closeSync(this.fd);
    this.fd = -1;
  }

  private write(buf: Buffer): void {
    try {
      let done = 0;
      while (done < buf.byteLength) done += writeSync(this.fd, buf, done, buf.byteLength - done);
      if (this.sync) fdatasyncSync(this.fd);
      this.size += buf.byteLength;
    } catch (err) {
      try {
        // A half-written frame would hide every frame after it from recovery: cut it off.
        ftruncateSync(this.fd, this.size);
        if (fstatSync(this.fd).size !== this.size) throw new Error('the log file could not be cut back');
      } catch (cut) {
        this.broken = cut instanceof Error ? cut : new Error(String(cut));
      }
      throw err;
    }
  }
}
