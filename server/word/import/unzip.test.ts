import { constants, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { UnzipError, unzipEntries } from './unzip.ts';

const MiB = 1024 * 1024;
const all = () => true;
const reason = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    if (err instanceof UnzipError) return err.reason;
    throw err;
  }
  return 'read';
};

/** A zip of one entry whose compressed bytes, CRC and sizes are given as they are, true or not. */
function oneEntryZip(name: string, compressed: Buffer, crc: number, size: number): Buffer {
  const n = Buffer.from(name);
  // The central directory's header holds the local header's fields two bytes further on,
  // after its own "version made by".
  const fields = (header: Buffer, shift: number) => {
    header.writeUInt16LE(20, 4 + shift);
    header.writeUInt16LE(8, 8 + shift);
    header.writeUInt32LE(crc, 14 + shift);
    header.writeUInt32LE(compressed.length, 18 + shift);
    header.writeUInt32LE(size, 22 + shift);
    header.writeUInt16LE(n.length, 26 + shift);
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  fields(local, 0);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  fields(central, 2);
  const dirOffset = 30 + n.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, n, compressed, central, n, end]);
}

describe('unzipEntries', () => {
  it('reads what JSZip wrote, stored or deflated, and only the entries asked for', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a>satu</a>');
    zip.file('b.png', Buffer.alloc(1000, 7), { compression: 'STORE' });
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const parts = unzipEntries(buffer, (n) => n.endsWith('.xml'), { maxBytes: MiB, maxEntries: 10 });
    expect([...parts.keys()]).toEqual(['a.xml']);
    expect(parts.get('a.xml')?.toString()).toBe('<a>satu</a>');
    expect(unzipEntries(buffer, all, { maxBytes: MiB, maxEntries: 10 }).get('b.png')?.length).toBe(1000);
  });

  it('counts the bytes really inflated, whatever size the zip declares', () => {
    const data = Buffer.alloc(4 * MiB, 0x20);
    const lying = oneEntryZip('word/document.xml', deflateRawSync(data), crc32(data), 1000);
    expect(reason(() => unzipEntries(lying, all, { maxBytes: MiB, maxEntries: 10 }))).toBe('budget');
    // The same entry within a budget that holds it is read whole, the declared 1,000 bytes notwithstanding.
    expect(
      unzipEntries(lying, all, { maxBytes: 5 * MiB, maxEntries: 10 }).get('word/document.xml')?.length,
    ).toBe(4 * MiB);
  });

  it('stops inflating at the budget: what lies beyond it is never read', () => {
    // 4 MiB of deflate data with no final block, then bytes that are no deflate data at all.
    // Read to the end it is corrupt; stopped at 1 MiB, the damage is never reached.
    const head = deflateRawSync(Buffer.alloc(4 * MiB), { finishFlush: constants.Z_SYNC_FLUSH });
    const damaged = Buffer.concat([head, Buffer.alloc(64, 0xff)]);
    const zip = oneEntryZip('x.xml', damaged, 0, 10);
    expect(reason(() => unzipEntries(zip, all, { maxBytes: 8 * MiB, maxEntries: 10 }))).toBe('corrupt');
    expect(reason(() => unzipEntries(zip, all, { maxBytes: MiB, maxEntries: 10 }))).toBe('budget');
  });

  it('shares one budget among all the entries', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 5; i++) zip.file(`p${i}.xml`, Buffer.alloc(300 * 1024, 0x41));
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(reason(() => unzipEntries(buffer, all, { maxBytes: MiB, maxEntries: 10 }))).toBe('budget');
    expect(unzipEntries(buffer, all, { maxBytes: 2 * MiB, maxEntries: 10 }).size).toBe(5);
  });

  it('refuses a bad CRC, a truncated file, too many entries, an encrypted entry and what is no zip', async () => {
    const data = Buffer.from('<a>isi</a>');
    expect(
      reason(() =>
        unzipEntries(oneEntryZip('a.xml', deflateRawSync(data), 1234, 10), all, {
          maxBytes: MiB,
          maxEntries: 10,
        }),
      ),
    ).toBe('corrupt');
    const good = oneEntryZip('a.xml', deflateRawSync(data), crc32(data), data.length);
    expect(reason(() => unzipEntries(good, all, { maxBytes: MiB, maxEntries: 10 }))).toBe('read');
    expect(
      reason(() => unzipEntries(good.subarray(0, good.length - 30), all, { maxBytes: MiB, maxEntries: 10 })),
    ).toBe('not_zip');
    const many = new JSZip();
    for (let i = 0; i < 20; i++) many.file(`f${i}.xml`, 'x');
    const manyBuffer = await many.generateAsync({ type: 'nodebuffer' });
    expect(reason(() => unzipEntries(manyBuffer, all, { maxBytes: MiB, maxEntries: 10 }))).toBe('entries');
    const encrypted = Buffer.from(good);
    encrypted.writeUInt16LE(1, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(reason(() => unzipEntries(encrypted, all, { maxBytes: MiB, maxEntries: 10 }))).toBe('encrypted');
    expect(reason(() => unzipEntries(Buffer.alloc(100), all, { maxBytes: MiB, maxEntries: 10 }))).toBe(
      'not_zip',
    );
  });
});
