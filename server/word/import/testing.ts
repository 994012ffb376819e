import JSZip from 'jszip';

/**
 * Word files made to measure for the import tests: the smallest package mammoth opens, with
 * the paragraphs given, and ways to make it lie. Not used by the server.
 */

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `word/document.xml` holding one paragraph per line, with the namespace prefix given ("w" as Word writes it). */
export function documentXml(lines: string[], prefix = 'w', padding = ''): string {
  const p = (t: string) =>
    `<${prefix}:p><${prefix}:r><${prefix}:t>${escapeXml(t)}</${prefix}:t></${prefix}:r></${prefix}:p>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:document xmlns:${prefix}="${W}"><${prefix}:body>${lines.map(p).join('')}${padding}</${prefix}:body></${prefix}:document>`;
}

/** A .docx whose document is `xml`, with any extra parts (name → content), deflated. */
export async function docxOf(xml: string, extra: Record<string, string | Uint8Array> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', xml);
  for (const [name, data] of Object.entries(extra)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** `n` Pasal, each "Pasal i", a heading and one sentence: three paragraphs a Pasal. */
export function pasalLines(n: number): string[] {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++)
    lines.push(`Pasal ${i}`, `Judul ${i}`, 'Para pihak sepakat untuk bekerja sama.');
  return lines;
}

/**
 * Rewrites the uncompressed size that a zip declares for `name`, in its local header and its
 * central directory: what a zip bomb does to pass a check of declared sizes.
 */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const encoded = Buffer.from(name);
  for (let at = out.indexOf(encoded); at >= 0; at = out.indexOf(encoded, at + 1)) {
    if (at >= 30 && out.readUInt32LE(at - 30) === 0x04034b50) out.writeUInt32LE(size, at - 30 + 22);
    else if (at >= 46 && out.readUInt32LE(at - 46) === 0x02014b50) out.writeUInt32LE(size, at - 46 + 24);
  }
  return out;
}
