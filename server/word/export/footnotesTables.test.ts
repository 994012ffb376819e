import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { missing } from '../../../tests/support/tools.ts';
import { renderedPages } from '../pdfText.ts';
import { buildRedlineDocx } from '../redline/docx.ts';
import { mergeForRedline } from '../redline/merge.ts';
import { buildAgreementDocx } from './agreement.ts';
import { columnWidths } from './bodyTables.ts';
import { ayat, clause, closing, heading, p, preamble, sampleInput, text } from './fixtures.ts';
import { resolveLayout } from './layout.ts';

const footnote = (t: string): PMJSON => ({ type: NODE.footnote, attrs: { text: t } });
const table = (rows: string[][], colwidth?: number[]): PMJSON => ({
  type: NODE.table,
  content: rows.map((cells) => ({
    type: NODE.tableRow,
    content: cells.map((c, i) => ({
      type: NODE.tableCell,
      attrs: { colspan: 1, rowspan: 1, colwidth: colwidth ? [colwidth[i]] : null },
      content: [p(c)],
    })),
  })),
});

const NOTE = 'Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah.';

/** An MoU with a footnote in an ayat, another in a table cell, and a table under an ayat and in the closing. */
function body(): PMJSON {
  return {
    type: NODE.doc,
    content: [
      preamble('Pada hari ini, kami yang bertanda tangan di bawah ini:'),
      clause(
        heading('RENCANA KERJA'),
        ayat(
          [
            p(text('Kerja sama dilaksanakan sesuai peraturan'), footnote(NOTE), text(' yang berlaku.')),
            table(
              [
                ['No', 'Kegiatan', 'Waktu'],
                ['1', 'Sosialisasi pelayanan publik', 'Triwulan I'],
              ],
              [40, 200, 100],
            ),
          ],
          'Rencana kerja dievaluasi setiap tahun.',
        ),
        table([['Penghubung', 'Kepala Bagian Kerja Sama']]),
      ),
      closing(
        'Demikian Nota Kesepakatan ini dibuat dalam rangkap 2 (dua) asli.',
        table([['Catatan', 'Lihat lampiran']]),
      ),
    ],
  };
}

async function parts(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { document: await read('word/document.xml'), footnotes: await read('word/footnotes.xml') };
}

describe('footnotes and tables in the Word export', () => {
  let docx: Buffer;
  beforeAll(async () => {
    docx = await buildAgreementDocx(sampleInput({ body: body() }));
  });

  it('a footnote is a Word footnote: the reference in the text, the note in footnotes.xml', async () => {
    const { document, footnotes } = await parts(docx);
    const refs = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(refs).toHaveLength(1);
    const note = new RegExp(`<w:footnote w:id="${refs[0]}">([\\s\\S]*?)</w:footnote>`).exec(footnotes)?.[1];
    expect(note).toContain(NOTE);
    expect(note).toContain('<w:footnoteRef/>');
    // Nothing of the note is left in the body text or appended to the closing.
    expect(document).not.toContain('Peraturan Pemerintah Nomor 28');
  });

  it('each table is a w:tbl with fixed layout, its width and every column written in twips', async () => {
    const { document } = await parts(docx);
    const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
    const ours = tables.filter((t) => /Sosialisasi|Penghubung|Lihat lampiran/.test(t!));
    expect(ours).toHaveLength(3);
    const textWidth = resolveLayout().textWidth;
    for (const t of ours) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(t!)?.[1]);
      const cols = [...t!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(cols.reduce((a, b) => a + b, 0)).toBe(width);
      const indent = Number(/<w:tblInd w:type="dxa" w:w="(\d+)"\/>|<w:tblInd w:w="(\d+)"/.exec(t!)?.[1] ?? 0);
      expect(width + indent).toBeLessThanOrEqual(textWidth);
    }
    // The table in the ayat stands with the ayat's text and keeps the editor's proportions.
    const inAyat = ours.find((t) => t!.includes('Sosialisasi')) as string;
    const cols = [...inAyat.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols[1]).toBeGreaterThan(cols[2]!);
    expect(cols[2]).toBeGreaterThan(cols[0]!);
    expect(inAyat).toMatch(/<w:tblInd w:type="dxa" w:w="[1-9]\d*"\/>|<w:tblInd w:w="[1-9]\d*"/);
  });

  it('in a redline a changed footnote is Word tracked changes: the old reference deleted, the new inserted', async () => {
    const withNote = (note: string): PMJSON => {
      const doc = body();
      const paragraph = JSON.stringify(doc).replace(NOTE, note);
      return JSON.parse(paragraph) as PMJSON;
    };
    const before = withNote('Catatan lama.');
    const after = withNote('Catatan baru.');
    const merged = mergeForRedline(before, after, () => ({ author: 'Budi', date: '2026-12-04T00:00:00Z' }));
    const redline = await buildRedlineDocx(sampleInput({ body: merged }), {
      after: outlineOf(after),
      before: outlineOf(before),
      label: 'Perbandingan',
    });
    const { document, footnotes } = await parts(redline);
    const tracked = (kind: string) =>
      new RegExp(
        `<w:${kind} w:id="\\d+" w:author="Budi"[^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="(\\d+)"/>`,
      ).exec(document)?.[1];
    const removed = tracked('del');
    const added = tracked('ins');
    expect(removed).toBeDefined();
    expect(added).toBeDefined();
    expect(new RegExp(`<w:footnote w:id="${removed}">[\\s\\S]*?Catatan lama\\.`).test(footnotes)).toBe(true);
    expect(new RegExp(`<w:footnote w:id="${added}">[\\s\\S]*?Catatan baru\\.`).test(footnotes)).toBe(true);
  });

  it('column widths add up to the width asked, equal when the editor kept none', () => {
    expect(columnWidths(table([['a', 'b', 'c']]), 9000)).toEqual([3000, 3000, 3000]);
    expect(columnWidths(table([['a', 'b']], [100, 300]), 8000)).toEqual([2000, 6000]);
    const odd = columnWidths(table([['a', 'b', 'c']]), 9001);
    expect(odd.reduce((a, b) => a + b, 0)).toBe(9001);
  });

  describe.skipIf(missing('soffice', 'pdftotext'))('rendered by LibreOffice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sepakat-footnotes-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints the footnote at the foot of its page and the tables as grids', () => {
      const pages = renderedPages(docx, dir, 'mou');
      const page = pages.find((pg) => pg.includes('Kerja sama dilaksanakan sesuai peraturan')) ?? '';
      const lines = page.split('\n').map((l) => l.trim());
      // The reference mark follows the word; the note, numbered 1, sits below the body text
      // of that page (after its last table row), above the footer's paraf boxes.
      expect(page).toMatch(/peraturan\s*1\s*yang berlaku/);
      // (pdftotext may put the note's number on a line of its own.)
      const noteAt = lines.findIndex((l) => /^(1\s*)?Peraturan Pemerintah Nomor 28/.test(l));
      expect(lines[noteAt]!.startsWith('1') || lines[noteAt - 1] === '1').toBe(true);
      const rowAt = lines.findIndex((l) => l.includes('Sosialisasi pelayanan publik'));
      expect(noteAt).toBeGreaterThan(rowAt);
      expect(rowAt).toBeGreaterThan(0);
      expect(lines.slice(noteAt).some((l) => l.includes('Paraf'))).toBe(true);
      // Cells of a row print on one line, side by side.
      expect(page).toMatch(/No\s{2,}Kegiatan\s{2,}Waktu/);
    }, 90_000);
  });
});
