import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { resourceLimits } from '../../config.ts';
import { AppError } from '../../errors/index.ts';
import { type ImportLimits, importAgreementDocx } from './agreement.ts';
import { openDocx } from './guard.ts';
import { declareSize, documentXml, docxOf, pasalLines } from './testing.ts';

const DEFAULTS = resourceLimits();
const MiB = 1024 * 1024;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE compound file whose directory names the given streams (UTF-16, as OLE stores them). */
const ole = (...streams: string[]) =>
  Buffer.concat([
    OLE,
    Buffer.alloc(504),
    ...streams.map((s) => Buffer.from(s, 'utf16le')),
    Buffer.alloc(512),
  ]);

async function rejection(buffer: Buffer, limits?: Partial<ImportLimits>) {
  try {
    await importAgreementDocx(buffer, { limits: { ...DEFAULTS, ...limits } });
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(err.message).toBeTruthy();
    expect(err.messageEn).toBeTruthy();
    return { id: err.id, status: err.status };
  }
  throw new Error('expected the import to fail');
}

const realDocx = () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Pasal 1')] }] }));

describe('bad files', () => {
  it('rejects what is not a .docx', async () => {
    expect(await rejection(Buffer.from('%PDF-1.7 not a word file'))).toEqual({
      id: 'import.not_docx',
      status: 415,
    });
    expect(await rejection(Buffer.alloc(0))).toEqual({ id: 'import.not_docx', status: 415 });
    const zip = new JSZip().file('hello.txt', 'not word');
    expect(await rejection(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual({
      id: 'import.not_docx',
      status: 415,
    });
  });

  it('recognises a password-protected (encrypted OOXML) file', async () => {
    expect(await rejection(ole('EncryptionInfo', 'EncryptedPackage'))).toEqual({
      id: 'import.encrypted',
      status: 422,
    });
  });

  it('tells an old .doc apart', async () => {
    expect(await rejection(ole('WordDocument', '1Table'))).toEqual({ id: 'import.legacy_doc', status: 415 });
  });

  it('rejects a corrupt .docx: truncated, or with damaged content', async () => {
    const good = await realDocx();
    expect(await rejection(good.subarray(0, Math.floor(good.length / 2)))).toEqual({
      id: 'import.corrupt',
      status: 422,
    });
    // Flip bytes inside the compressed document.xml: the CRC (or inflate) fails.
    const zip = await JSZip.loadAsync(good);
    const damaged = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const at = damaged.indexOf('word/document.xml') + 40;
    for (let i = 0; i < 40; i += 1) damaged[at + i]! ^= 0xff;
    expect((await rejection(damaged)).id).toBe('import.corrupt');
  });

  it('rejects a file over 10 MiB before reading it', async () => {
    const big = Buffer.alloc(DEFAULTS.importBytes + 1);
    big.write('PK\u0003\u0004');
    expect(await rejection(big)).toEqual({ id: 'import.too_large', status: 413 });
  });

  it('rejects a document without text', async () => {
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    expect(await rejection(empty)).toEqual({ id: 'import.empty', status: 422 });
  });

  it('accepts a plain valid .docx', async () => {
    const { body } = await importAgreementDocx(await realDocx());
    expect(body.content?.[0]?.type).toBe('clause');
  });
});

describe('limits', () => {
  it('refuses a zip bomb that declares a small size, counting what really inflates', async () => {
    // 4 MiB of spaces in the document: a few KB deflated; the zip says 2,000 bytes.
    const bomb = declareSize(
      await docxOf(documentXml(['Pasal 1'], 'w', ' '.repeat(4 * MiB))),
      'word/document.xml',
      2000,
    );
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await rejection(bomb, { importUnzippedBytes: MiB })).toEqual({
      id: 'import.unzipped_too_large',
      status: 413,
    });
  });

  it('never inflates images and other binary parts: a bomb in word/media costs nothing', async () => {
    const withBomb = await docxOf(documentXml(['Pasal 1', 'Isi pasal.']), {
      'word/media/image1.png': new Uint8Array(8 * MiB),
    });
    const { report } = await importAgreementDocx(withBomb, {
      limits: { ...DEFAULTS, importUnzippedBytes: MiB },
    });
    expect(report.clauses).toBe(1);
  });

  it('counts paragraphs before converting, and again after (another XML prefix)', async () => {
    const lines = pasalLines(20); // 60 paragraphs
    const word = await docxOf(documentXml(lines));
    expect(await rejection(word, { importParagraphs: 59 })).toEqual({
      id: 'import.too_many_paragraphs',
      status: 413,
    });
    const disguised = await docxOf(documentXml(lines, 'x'));
    expect(await rejection(disguised, { importParagraphs: 59 })).toEqual({
      id: 'import.too_many_paragraphs',
      status: 413,
    });
    const { report } = await importAgreementDocx(disguised, {
      limits: { ...DEFAULTS, importParagraphs: 60 },
    });
    expect(report.clauses).toBe(20);
  });

  it('refuses more Pasal than the limit, naming both numbers in both languages', async () => {
    const file = await docxOf(documentXml(pasalLines(30)));
    try {
      await importAgreementDocx(file, { limits: { ...DEFAULTS, importPasal: 29 } });
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toMatchObject({ id: 'import.too_many_pasal', status: 413 });
      expect((err as AppError).message).toContain('30 Pasal; paling banyak 29');
      expect((err as AppError).messageEn).toContain('30 Pasal; at most 29');
    }
    const { report } = await importAgreementDocx(file, { limits: { ...DEFAULTS, importPasal: 30 } });
    expect(report.clauses).toBe(30);
  });

  it('refuses more text than the limit', async () => {
    const file = await docxOf(documentXml(['Pasal 1', 'x'.repeat(5000)]));
    expect(await rejection(file, { importChars: 4000 })).toEqual({ id: 'import.too_much_text', status: 413 });
  });

  it('refuses a 115 KB file of 20,000 Pasal while opening it, before mammoth converts anything', async () => {
    const file = await docxOf(documentXml(pasalLines(20_000)));
    expect(file.length).toBeLessThan(200 * 1024);
    // openDocx only unzips and counts: converting this file would take 3 s and 140 MB, and the
    // document it makes would take the server past 1 GB.
    await expect(openDocx(file, DEFAULTS)).rejects.toMatchObject({ id: 'import.too_many_paragraphs' });
    expect(await rejection(file)).toEqual({ id: 'import.too_many_paragraphs', status: 413 });
  });
});
