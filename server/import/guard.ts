import JSZip from 'jszip';
import { importErrors, MAX_IMPORT_BYTES } from './errors.ts';

const ZIP = [0x50, 0x4b];
/** OLE compound file: a legacy .doc, or an OOXML file Word encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Uncompressed size allowed in total: stops zip bombs before mammoth inflates them. */
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((byte, i) => b[i] === byte);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/**
 * Checks that a buffer is a readable, unencrypted .docx and opens it. Throws the import
 * error that names what is wrong: too large, not a .docx, an old .doc, encrypted, corrupt.
 */
export async function openDocx(buffer: Buffer): Promise<JSZip> {
  if (buffer.length > MAX_IMPORT_BYTES) throw importErrors.tooLarge();
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
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
  } catch {
    throw importErrors.corrupt();
  }
  if (!zip.file('word/document.xml')) throw importErrors.notDocx();
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    // jszip keeps the central directory's sizes here; they are not part of its typings.
    total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  }
  if (total > MAX_UNZIPPED_BYTES) throw importErrors.tooLarge();
  return zip;
}
