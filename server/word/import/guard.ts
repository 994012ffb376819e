import JSZip from 'jszip';
import type { ResourceLimits } from '../../config.ts';
import { importErrors } from '../../errors/index.ts';
import { UnzipError, unzipEntries } from './unzip.ts';

/** The limits the import holds to (see `resourceLimits` in server/config.ts). */
export type ImportLimits = Pick<
  ResourceLimits,
  'importBytes' | 'importUnzippedBytes' | 'importParagraphs' | 'importPasal' | 'importChars'
>;

const ZIP = [0x50, 0x4b];
/** OLE compound file: a legacy .doc, or an OOXML file Word encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A Word document has a few dozen parts; thousands is a file made to cost us. */
const MAX_PARTS = 5000;
/**
 * The parts mammoth reads are XML (the text, styles, numbering, notes, relationships). Images,
 * fonts and embedded files are never inflated: the import counts images but does not carry them.
 */
const READ = /\.(xml|rels)$/i;
const PARAGRAPH = Buffer.from('<w:p');

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((byte, i) => b[i] === byte);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/**
 * Checks that a buffer is a readable, unencrypted .docx within the limits and opens its XML
 * parts. The XML is inflated against a budget of `importUnzippedBytes` real bytes (declared
 * sizes are not trusted) and its paragraphs counted before anything parses it. Throws the
 * import error that names what is wrong: too large, not a .docx, an old .doc, encrypted, corrupt.
 * The zip returned holds only those parts, so what mammoth reads is what was counted.
 */
export async function openDocx(buffer: Buffer, limits: ImportLimits): Promise<JSZip> {
  if (buffer.length > limits.importBytes) throw importErrors.tooLarge(limits.importBytes);
  if (startsWith(buffer, OLE)) {
    // Encrypted OOXML keeps its package in an "EncryptedPackage" stream next to "EncryptionInfo";
    // the directory stores stream names in UTF-16.
    if (buffer.includes(utf16('EncryptionInfo')) || buffer.includes(utf16('EncryptedPackage'))) {
      throw importErrors.encrypted();
    }
    if (buffer.includes(utf16('WordDocument'))) throw importErrors.legacyDoc();
    throw importErrors.notDocx();
  }
  if (buffer.length < 22 || !startsWith(buffer, ZIP)) throw importErrors.notDocx();
  let parts: Map<string, Buffer>;
  try {
    parts = unzipEntries(buffer, (name) => READ.test(name), {
      maxBytes: limits.importUnzippedBytes,
      maxEntries: MAX_PARTS,
    });
  } catch (err) {
    if (!(err instanceof UnzipError)) throw err;
    if (err.reason === 'budget') throw importErrors.unzippedTooLarge(limits.importUnzippedBytes);
    if (err.reason === 'entries') throw importErrors.tooManyParts();
    if (err.reason === 'encrypted') throw importErrors.encrypted();
    throw importErrors.corrupt();
  }
  if (!parts.has('word/document.xml')) throw importErrors.notDocx();
  let paragraphs = 0;
  for (const data of parts.values()) paragraphs += countParagraphs(data);
  if (paragraphs > limits.importParagraphs) throw importErrors.tooManyParagraphs(limits.importParagraphs);
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data);
  return zip;
}

/** Occurrences of `<w:p>` / `<w:p …>` (not `<w:pPr>` and the like). */
export function countParagraphs(xml: Buffer): number {
  let n = 0;
  for (let at = xml.indexOf(PARAGRAPH); at >= 0; at = xml.indexOf(PARAGRAPH, at + PARAGRAPH.length)) {
    const next = xml[at + PARAGRAPH.length];
    // '>', '/', space, tab, CR, LF
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0d || next === 0x0a)
      n++;
  }
  return n;
}
