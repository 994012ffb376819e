import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { importAgreementDocx } from './agreement.ts';
import { MAX_IMPORT_BYTES } from './errors.ts';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE compound file whose directory names the given streams (UTF-16, as OLE stores them). */
const ole = (...streams: string[]) =>
  Buffer.concat([
    OLE,
    Buffer.alloc(504),
    ...streams.map((s) => Buffer.from(s, 'utf16le')),
    Buffer.alloc(512),
  ]);

async function rejection(buffer: Buffer) {
  try {
    await importAgreementDocx(buffer);
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
    for (let i = 0; i < 40; i += 1) damaged[at + i] ^= 0xff;
    expect((await rejection(damaged)).id).toBe('import.corrupt');
  });

  it('rejects a file over 10 MiB before reading it', async () => {
    const big = Buffer.alloc(MAX_IMPORT_BYTES + 1);
    big.write('PK\u0003\u0004');
    expect(await rejection(big)).toEqual({ id: 'import.too_large', status: 413 });
  });

  it('rejects a document without text', async () => {
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    expect(await rejection(empty)).toEqual({ id: 'import.empty', status: 422 });
  });

  it('accepts a plain valid .docx', async () => {
    const { body } = await importAgreementDocx(await realDocx());
    expect(body.content?.[0].type).toBe('clause');
  });
});
