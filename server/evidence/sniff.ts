import { UnzipError, unzipEntries } from '../word/import/unzip.ts';

/**
 * What kind of evidence file some bytes are, read from the bytes themselves: a file's name and
 * the type the browser declares are whatever the sender says, so neither decides. Accepted:
 * PDF, PNG, JPEG and Word (.docx); anything else (an .exe renamed .pdf, an old .doc, a zip of
 * something else) is null.
 */

export type EvidenceMime =
  | 'application/pdf'
  | 'image/png'
  | 'image/jpeg'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const DOCX_MIME: EvidenceMime =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (b: Uint8Array, magic: number[]) =>
  b.length >= magic.length && magic.every((x, i) => b[i] === x);

/**
 * The document part a .docx holds is inflated (it must be real and intact) against this budget:
 * a zip bomb named word/document.xml stops here instead of filling memory.
 */
const DOCX_INFLATE_BYTES = 32 * 1024 * 1024;
/** A Word document has a few dozen parts; thousands is a file made to cost us. */
const DOCX_MAX_ENTRIES = 5000;

/** The evidence type of `bytes`, or null when it is none of those accepted. */
export function sniffEvidence(bytes: Buffer): EvidenceMime | null {
  // PDF readers accept the header within the first KiB; writers put it first, and so must senders.
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ZIP) && isDocx(bytes)) return DOCX_MIME;
  return null;
}

/** A zip that holds a readable `word/document.xml`: what Word saves, and what a .docx is. */
function isDocx(bytes: Buffer): boolean {
  try {
    const parts = unzipEntries(bytes, (name) => name === 'word/document.xml', {
      maxBytes: DOCX_INFLATE_BYTES,
      maxEntries: DOCX_MAX_ENTRIES,
    });
    return parts.has('word/document.xml');
  } catch (err) {
    if (err instanceof UnzipError) return false;
    throw err;
  }
}

/** The extension a file of this type is saved under. */
const EXTENSIONS: Record<EvidenceMime, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  [DOCX_MIME]: 'docx',
};

/**
 * A file name safe to store and to send back in Content-Disposition: no folders, no control or
 * reserved characters, at most 120 characters, ending in the extension its bytes call for (a
 * "laporan.pdf" that is a PNG is kept as "laporan.pdf.png", so it opens in the right program).
 */
export function safeFileName(name: string, mime: EvidenceMime): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const ext = EXTENSIONS[mime];
  const stem =
    base.toLowerCase().endsWith(`.${ext}`) || (ext === 'jpg' && /\.jpeg$/i.test(base))
      ? base
      : `${base || 'berkas'}.${ext}`;
  if (stem.length <= 120) return stem;
  const dot = stem.lastIndexOf('.');
  return `${stem.slice(0, 120 - (stem.length - dot)).trimEnd()}${stem.slice(dot)}`;
}
