import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { testPng } from '../../tests/support/images.ts';
import { DOCX_MIME, type EvidenceMime, safeFileName, sniffEvidence } from './sniff.ts';

const DOCX = readFileSync(join(import.meta.dirname, '../../tests/fixtures/docx/libreoffice-draft.docx'));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
/** The start of a Windows program: "MZ", whatever it is named. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(64)]);

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('sniffEvidence', () => {
  it.each<[string, Buffer, EvidenceMime | null]>([
    ['a PDF', PDF, 'application/pdf'],
    ['a PNG', testPng(16), 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a Word .docx', DOCX, DOCX_MIME],
    ['a program', EXE, null],
    ['plain text', Buffer.from('laporan selesai'), null],
    ['nothing', Buffer.alloc(0), null],
    ['a PDF header not at the start', Buffer.concat([Buffer.from(' '), PDF]), null],
    ['an old Word .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), null],
    ['a zip cut short', DOCX.subarray(0, 200), null],
  ])('%s', (_, bytes, mime) => {
    expect(sniffEvidence(bytes)).toBe(mime);
  });

  it('takes a zip for a .docx only when it holds word/document.xml', async () => {
    expect(sniffEvidence(await zipOf({ 'word/document.xml': '<w:document/>' }))).toBe(DOCX_MIME);
    expect(sniffEvidence(await zipOf({ 'xl/workbook.xml': '<workbook/>' }))).toBeNull();
    expect(sniffEvidence(await zipOf({ 'word/document.xml.bak': 'x' }))).toBeNull();
  });
});

describe('safeFileName', () => {
  it.each<[string, EvidenceMime, string]>([
    ['Laporan Triwulan I.pdf', 'application/pdf', 'Laporan Triwulan I.pdf'],
    ['../../etc/passwd.pdf', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\budi\\foto.JPEG', 'image/jpeg', 'foto.JPEG'],
    ['foto.png', 'image/jpeg', 'foto.png.jpg'],
    ['"bad"\u0000name\r\n.docx', DOCX_MIME, 'badname.docx'],
    ['', 'application/pdf', 'berkas.pdf'],
    ['...pdf', 'application/pdf', 'pdf.pdf'],
    [`${'a'.repeat(200)}.pdf`, 'application/pdf', `${'a'.repeat(116)}.pdf`],
  ])('%j as %s → %j', (name, mime, safe) => {
    expect(safeFileName(name, mime)).toBe(safe);
  });
});
