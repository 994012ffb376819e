import { describe, expect, it } from 'vitest';
import { clauseHash, type PMJSON } from './clauses.ts';
import { clauseText } from './clauseText.ts';

const text = (t: string): PMJSON => ({ type: 'text', text: t });
const p = (...content: PMJSON[]): PMJSON => ({ type: 'paragraph', content });
const footnote = (t: string): PMJSON => ({ type: 'footnote', attrs: { text: t } });
const table = (rows: string[][]): PMJSON => ({
  type: 'table',
  content: rows.map((cells) => ({
    type: 'tableRow',
    content: cells.map((c) => ({ type: 'tableCell', content: [p(text(c))] })),
  })),
});
const clause = (...blocks: PMJSON[]): PMJSON => ({
  type: 'clause',
  attrs: { id: 'c1' },
  content: [{ type: 'clauseHeading', content: [text('RENCANA KERJA')] }, ...blocks],
});
const ayat = (...blocks: PMJSON[]): PMJSON => ({
  type: 'ayatList',
  content: [{ type: 'ayatItem', attrs: { id: 'a1' }, content: blocks }],
});

describe('footnotes and tables in the text of a Pasal', () => {
  const pasal = clause(
    ayat(
      p(text('Kegiatan dilaksanakan sesuai jadwal'), footnote('Jadwal disepakati dalam rapat.'), text('.')),
      table([
        ['No', 'Kegiatan'],
        ['1', 'Sosialisasi'],
      ]),
    ),
  );

  it('reads a footnote where it stands and a table row by row, under the ayat marker', () => {
    expect(clauseText(pasal).split('\n')).toEqual([
      'RENCANA KERJA',
      '(1) Kegiatan dilaksanakan sesuai jadwal [catatan kaki: Jadwal disepakati dalam rapat.].',
      'No | Kegiatan',
      '1 | Sosialisasi',
    ]);
  });

  it('a paragraph holding only a footnote is still one line', () => {
    expect(clauseText(clause(p(footnote('Saja.'))))).toBe('RENCANA KERJA\n [catatan kaki: Saja.]');
  });

  it('what a party approves covers the footnote text and every cell', () => {
    const edited = (json: string) => JSON.parse(json) as PMJSON;
    const base = JSON.stringify(pasal);
    expect(clauseHash(edited(base))).toBe(clauseHash(pasal));
    expect(clauseHash(edited(base.replace('dalam rapat', 'dalam surat')))).not.toBe(clauseHash(pasal));
    expect(clauseHash(edited(base.replace('Sosialisasi', 'Evaluasi')))).not.toBe(clauseHash(pasal));
  });
});
