import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A zip reader that inflates only the entries asked for and counts the bytes they really
 * inflate to, stopping at a budget. The sizes a zip declares are written by whoever made the
 * file: a bomb declares a few bytes and inflates to gigabytes, so no declared size is trusted.
 * The entries are read where the central directory says (as JSZip and Word do), each checked
 * against its CRC-32.
 */

/** Why a zip could not be read; the import turns each into its own error. */
export type UnzipFailure = 'not_zip' | 'corrupt' | 'encrypted' | 'budget' | 'entries';

export class UnzipError extends Error {
  constructor(readonly reason: UnzipFailure) {
    super(`unzip: ${reason}`);
  }
}

export interface UnzipLimits {
  /** Bytes all the wanted entries may inflate to together. */
  maxBytes: number;
  /** Entries the central directory may list (each costs a header read). */
  maxEntries: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;
const MAX32 = 0xffffffff;

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * The wanted entries of a zip, inflated, by name. Throws `UnzipError`: `budget` as soon as the
 * inflated bytes pass `limits.maxBytes` (inflating stops there), `entries` for a directory of
 * more than `limits.maxEntries`, `encrypted`, `corrupt` (bad structure, CRC, or deflate data)
 * or `not_zip` (no end record).
 */
export function unzipEntries(
  buffer: Buffer,
  wanted: (name: string) => boolean,
  limits: UnzipLimits,
): Map<string, Buffer> {
  const entries = centralDirectory(buffer, limits.maxEntries);
  const out = new Map<string, Buffer>();
  let left = limits.maxBytes;
  for (const entry of entries) {
    if (!wanted(entry.name) || entry.name.endsWith('/')) continue;
    if (entry.flags & 1) throw new UnzipError('encrypted');
    const data = inflateEntry(buffer, entry, left);
    left -= data.length;
    if (crc32(data) >>> 0 !== entry.crc) throw new UnzipError('corrupt');
    out.set(entry.name, data);
  }
  return out;
}

function inflateEntry(buffer: Buffer, entry: Entry, left: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) throw new UnzipError('corrupt');
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw new UnzipError('corrupt');
  const raw = buffer.subarray(start, end);
  if (entry.method === 0) {
    if (raw.length > left) throw new UnzipError('budget');
    return raw;
  }
  if (entry.method !== 8) throw new UnzipError('corrupt');
  try {
    // zlib stops and throws as soon as its output would pass maxOutputLength.
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, left) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new UnzipError('budget');
    throw new UnzipError('corrupt');
  }
}

/** The entries the central directory lists, in its order. */
function centralDirectory(buffer: Buffer, maxEntries: number): Entry[] {
  const eocd = findEnd(buffer);
  if (eocd < 0) throw new UnzipError('not_zip');
  let count = buffer.readUInt16LE(eocd + 10);
  let size = buffer.readUInt32LE(eocd + 12);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === MAX32 || offset === MAX32) {
    ({ count, size, offset } = zip64End(buffer, eocd));
  }
  if (count > maxEntries) throw new UnzipError('entries');
  if (offset + size > buffer.length) throw new UnzipError('corrupt');
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) throw new UnzipError('corrupt');
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > buffer.length) throw new UnzipError('corrupt');
    const entry: Entry = {
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      crc: buffer.readUInt32LE(at + 16),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    };
    zip64Sizes(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEnd(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - EOCD_SEARCH);
  for (let i = buffer.length - 22; i >= stop; i--) {
    if (buffer.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

function zip64End(buffer: Buffer, eocd: number) {
  const locator = eocd - 20;
  if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new UnzipError('corrupt');
  const at = safeNumber(buffer.readBigUInt64LE(locator + 8));
  if (at + 56 > buffer.length || buffer.readUInt32LE(at) !== ZIP64_EOCD) throw new UnzipError('corrupt');
  return {
    count: safeNumber(buffer.readBigUInt64LE(at + 32)),
    size: safeNumber(buffer.readBigUInt64LE(at + 40)),
    offset: safeNumber(buffer.readBigUInt64LE(at + 48)),
  };
}

/** A zip64 extra field (id 1) holds, in this order, whichever of the three was 0xFFFFFFFF. */
function zip64Sizes(entry: Entry, extra: Buffer): void {
  if (entry.size !== MAX32 && entry.compressedSize !== MAX32 && entry.localOffset !== MAX32) return;
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 1) {
      let at = i + 4;
      const next = () => {
        if (at + 8 > i + 4 + length || at + 8 > extra.length) throw new UnzipError('corrupt');
        const value = safeNumber(extra.readBigUInt64LE(at));
        at += 8;
        return value;
      };
      if (entry.size === MAX32) entry.size = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localOffset === MAX32) entry.localOffset = next();
      return;
    }
    i += 4 + length;
  }
  throw new UnzipError('corrupt');
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new UnzipError('corrupt');
  return Number(n);
}
