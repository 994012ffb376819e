import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { weighColumns } from './docx.ts';

const cell = (text: string): PMJSON => ({
  type: NODE.tableCell,
  content: [{ type: NODE.paragraph, content: text ? [{ type: NODE.text, text }] : [] }],
});
const table = (rows: string[][]): PMJSON => ({
  type: NODE.table,
  content: rows.map((r) => ({ type: NODE.tableRow, content: r.map(cell) })),
});
const shares = (t: PMJSON) => {
  const widths = (t.content![0]!.content ?? []).map((c) =>
    Number((c.attrs?.colwidth as number[] | undefined)?.[0]),
  );
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / total);
};

describe('weighColumns', () => {
  // The M&E report's response times per OPD: a short heading word must not break.
  const responseTimes = table([
    ['OPD', 'Diteruskan', 'Tepat waktu / terlambat / belum dijawab', 'Median / komitmen (hari kerja)'],
    ['Dinas Kependudukan dan Pencatatan Sipil', '5', '4 / 1 / 0', '5 / 10'],
    ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', '4', '4 / 0 / 0', '7 / 10'],
  ]);

  it('gives every column room for its longest word and its padding', () => {
    const [opd, forwarded, inTime, median] = shares(weighColumns(responseTimes));
    expect(forwarded).toBeGreaterThanOrEqual(12 / 60);
    expect(inTime).toBeGreaterThanOrEqual(11 / 60);
    expect(median).toBeGreaterThanOrEqual(10 / 60);
    // What is left goes to the long names.
    expect(opd).toBeGreaterThan(Math.max(forwarded!, inTime!, median!));
  });

  it('gives a number column no more than it needs beside a long text', () => {
    const obligations = table([
      ['No.', 'Kewajiban', 'Status'],
      [
        '1.',
        'PARA PIHAK menyusun rencana kerja paling lambat 3 (tiga) bulan sejak ditandatangani.',
        'Terlaksana',
      ],
    ]);
    const [no, text, status] = shares(weighColumns(obligations));
    expect(no).toBeLessThan(0.12);
    expect(status).toBeGreaterThanOrEqual(12 / 60);
    expect(text).toBeGreaterThan(0.6);
  });

  it('leaves a table whose widths are set as it is', () => {
    const set = table([['a', 'b']]);
    set.content![0]!.content![0]!.attrs = { colwidth: [100] };
    expect(weighColumns(set)).toBe(set);
  });
});
