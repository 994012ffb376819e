import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { buildAgreementDocx } from '../export/agreement.ts';
import { sampleInput } from '../export/fixtures.ts';
import { importAgreementDocx } from './agreement.ts';

const NOTE = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.';
const HEADING_NOTE = 'Judul disepakati dalam rapat pembahasan.';
const CELL_NOTE = 'Jadwal dapat berubah.';

const cell = (...runs: (string | TextRun | FootnoteReferenceRun)[]) =>
  new TableCell({
    children: [new Paragraph({ children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) })],
  });

/**
 * A Pemkot-style draft made with the docx library: a footnote in an ayat, another in a Pasal
 * heading, a work-plan table inside a Pasal (bold header, a cell spanning two columns, a note
 * in a cell), the closing formula last.
 */
async function draft(): Promise<Buffer> {
  const p = (...runs: (string | TextRun | FootnoteReferenceRun)[]) =>
    new Paragraph({ children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) });
  const doc = new Document({
    footnotes: {
      1: { children: [new Paragraph(NOTE)] },
      2: { children: [new Paragraph(HEADING_NOTE)] },
      3: { children: [new Paragraph(CELL_NOTE)] },
    },
    sections: [
      {
        children: [
          p('PERJANJIAN KERJA SAMA'),
          p('Pada hari ini Senin, kami yang bertanda tangan di bawah ini:'),
          p('Pasal 1'),
          p('DASAR HUKUM'),
          p('(1) Kerja sama ini berdasarkan peraturan', new FootnoteReferenceRun(1), ' yang berlaku.'),
          p('(2) Para pihak melaksanakannya dengan itikad baik.'),
          p('Pasal 2'),
          p('RENCANA KERJA', new FootnoteReferenceRun(2)),
          p('Rencana kerja adalah sebagai berikut:'),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell(new TextRun({ text: 'No', bold: true })),
                  cell(new TextRun({ text: 'Kegiatan', bold: true })),
                  cell(new TextRun({ text: 'Waktu', bold: true })),
                ],
              }),
              new TableRow({
                children: [cell('1'), cell('Sosialisasi'), cell('Triwulan I', new FootnoteReferenceRun(3))],
              }),
              new TableRow({
                children: [
                  new TableCell({ columnSpan: 2, children: [new Paragraph('Jumlah kegiatan')] }),
                  cell('1'),
                ],
              }),
            ],
          }),
          p('Demikian Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua) asli.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Every node of a type in a body, in document order. */
function all(node: PMJSON, type: string): PMJSON[] {
  return [...(node.type === type ? [node] : []), ...(node.content ?? []).flatMap((c) => all(c, type))];
}
const textOf = (n: PMJSON): string => n.text ?? (n.content ?? []).map(textOf).join('');

describe('importing footnotes and tables', () => {
  it('a footnote becomes a footnote where it stood, a table stays a table, nothing lands in the closing', async () => {
    const { body, report } = await importAgreementDocx(await draft());
    expect(() => agreementSchema().nodeFromJSON(body).check()).not.toThrow();
    const [first, second] = all(body, NODE.clause);

    // The ayat's footnote sits between its words.
    const ayat = all(first!, NODE.ayatItem)[0];
    expect(ayat!.content?.[0]?.content?.map((n) => n.type)).toEqual([NODE.text, NODE.footnote, NODE.text]);
    expect(ayat!.content?.[0]?.content?.[1]?.attrs?.text).toBe(NOTE);
    expect(textOf(ayat!)).toBe('Kerja sama ini berdasarkan peraturan yang berlaku.');

    // The table is inside Pasal 2 with its rows and columns, marks, span and the cell's note.
    const [table] = all(second!, NODE.table);
    expect(table).toBeDefined();
    const rows = (table!.content ?? []).map((r) => (r.content ?? []).map(textOf));
    expect(rows).toEqual([
      ['No', 'Kegiatan', 'Waktu'],
      ['1', 'Sosialisasi', 'Triwulan I'],
      ['Jumlah kegiatan', '1'],
    ]);
    expect(table!.content?.[2]?.content?.[0]?.attrs?.colspan).toBe(2);
    expect(JSON.stringify(table!.content?.[0])).toContain('"marks":[{"type":"bold"}]');
    expect(all(table!, NODE.footnote).map((n) => n.attrs?.text)).toEqual([CELL_NOTE]);

    // The heading's note cannot be a footnote there: it is reported, the heading is clean.
    expect(textOf(second!.content?.[0] as PMJSON)).toBe('RENCANA KERJA');
    expect(report.unplaced).toContain(`Catatan kaki: ${HEADING_NOTE}`);
    expect(report.warningIds).toContain('import.footnotes_unplaced');
    expect(report.warningIds).not.toContain('import.table_flattened');

    // The closing holds the closing formula alone: no note, no table row.
    const closing = (body.content ?? []).find((n) => n.type === NODE.closing) as PMJSON;
    expect(closing.content?.map(textOf)).toEqual([
      'Demikian Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua) asli.',
    ]);
    const json = JSON.stringify(body);
    for (const text of [NOTE, HEADING_NOTE, CELL_NOTE])
      expect(json.split(text).length).toBeLessThanOrEqual(2);
    expect(json).not.toMatch(/[\u{100000}-\u{10fffd}]|\[1\]|↑/u);
  });

  it('an export with a footnote and a table imports back to the same footnote and table', async () => {
    const input = sampleInput();
    const clause = (input.body.content ?? []).find((n) => n.type === NODE.clause) as PMJSON;
    const ayatItem = all(clause, NODE.ayatItem)[0];
    ayatItem!.content?.[0]?.content?.push({ type: NODE.footnote, attrs: { text: NOTE } });
    ayatItem!.content?.push({
      type: NODE.table,
      content: [
        ['No', 'Kegiatan'],
        ['1', 'Sosialisasi'],
      ].map((cells) => ({
        type: NODE.tableRow,
        content: cells.map((c) => ({
          type: NODE.tableCell,
          attrs: { colspan: 1, rowspan: 1, colwidth: null },
          content: [{ type: NODE.paragraph, content: [{ type: NODE.text, text: c }] }],
        })),
      })),
    });
    const { body } = await importAgreementDocx(await buildAgreementDocx(input));
    const [first] = all(body, NODE.clause);
    expect(all(first!, NODE.footnote).map((n) => n.attrs?.text)).toEqual([NOTE]);
    const [table] = all(first!, NODE.table);
    expect((table?.content ?? []).map((r) => (r.content ?? []).map(textOf))).toEqual([
      ['No', 'Kegiatan'],
      ['1', 'Sosialisasi'],
    ]);
  });
});
