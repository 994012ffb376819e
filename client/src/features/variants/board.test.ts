import { describe, expect, it } from 'vitest';
import type { VariantRow } from '../../../../shared/api/variants.ts';
import { type Translate, textIn } from '../../i18n/index.ts';
import { type BoardFilter, boardRows, NO_FILTER, nextSort } from './board.ts';
import { boardQuery, readBoardQuery } from './boardQuery.ts';
import { boardTable, toCsv } from './boardTable.ts';
import { type VariantMessageKey, variantMessages } from './messages.ts';

/** A board row for unit `short` with what a test sets. */
function row(short: string, patch: Partial<VariantRow> = {}): VariantRow {
  return {
    documentId: `doc-${short}`,
    title: `PKS ${short}`,
    unit: {
      id: `unit-${short}`,
      name: `Dinas ${short}`,
      shortName: short,
      headName: `Kepala ${short}`,
      headPosition: `Kepala Dinas ${short}`,
    },
    state: 'draft',
    status: 'draft',
    agreed: 0,
    total: 10,
    approvals: [
      { partyId: 'orp', approved: 0, total: 12 },
      { partyId: 'kota', approved: 0, total: 12 },
    ],
    pendingMasterChanges: 0,
    flagged: 0,
    overrides: 0,
    liaisons: [],
    updatedAt: '2026-12-05T09:00:00.000Z',
    ...patch,
  };
}

const rows = [
  row('Disdukcapil', { liaisons: ['Rina Marlina'], overrides: 1, pendingMasterChanges: 1, flagged: 1 }),
  row('RSUD', { state: 'final', status: 'final', agreed: 10, updatedAt: '2026-12-05T10:00:00.000Z' }),
  row('Dinsos', { state: 'agreed', agreed: 10, liaisons: ['Budi Santoso', 'Ani'] }),
  row('DPMPTSP', { pendingMasterChanges: 2 }),
];
const names = (list: VariantRow[]) => list.map((r) => r.unit?.shortName);
const filter = (patch: Partial<BoardFilter>) => ({ ...NO_FILTER, ...patch });
const byUnit = { column: 'unit', descending: false } as const;

describe('the variants board', () => {
  it('filters by state, pending master changes, missing liaisons and text', () => {
    expect(names(boardRows(rows, filter({ state: 'final' }), byUnit))).toEqual(['RSUD']);
    expect(names(boardRows(rows, filter({ pendingOnly: true }), byUnit))).toEqual(['Disdukcapil', 'DPMPTSP']);
    expect(names(boardRows(rows, filter({ missingLiaisons: true }), byUnit))).toEqual(['DPMPTSP', 'RSUD']);
    // Every word must match, in the unit, its head or a liaison, whatever the case.
    expect(names(boardRows(rows, filter({ text: 'budi dinas' }), byUnit))).toEqual(['Dinsos']);
    expect(names(boardRows(rows, filter({ text: 'KEPALA rsud' }), byUnit))).toEqual(['RSUD']);
    expect(boardRows(rows, filter({ text: 'nothing here' }), byUnit)).toEqual([]);
  });

  it('sorts by any column either way, ties by unit', () => {
    expect(names(boardRows(rows, NO_FILTER, byUnit))).toEqual(['Dinsos', 'Disdukcapil', 'DPMPTSP', 'RSUD']);
    const byPending = nextSort(byUnit, 'pending');
    expect(byPending).toEqual({ column: 'pending', descending: false });
    expect(names(boardRows(rows, NO_FILTER, { ...byPending, descending: true }))).toEqual([
      'DPMPTSP',
      'Disdukcapil',
      'Dinsos',
      'RSUD',
    ]);
    expect(nextSort(byPending, 'pending')).toEqual({ column: 'pending', descending: true });
    expect(names(boardRows(rows, NO_FILTER, { column: 'state', descending: false }))).toEqual([
      'Disdukcapil',
      'DPMPTSP',
      'Dinsos',
      'RSUD',
    ]);
    expect(names(boardRows(rows, NO_FILTER, { column: 'updated', descending: true }))[0]).toBe('RSUD');
    expect(names(boardRows(rows, NO_FILTER, { column: 'liaisons', descending: true }))[0]).toBe('Dinsos');
  });

  it('prints a table with a column of approvals per party, and CSV that Excel reads as text', () => {
    const t: Translate<VariantMessageKey> = (key, params) => textIn(variantMessages, 'id', key, params);
    const parties = [
      { id: 'orp', shortName: 'ORI Jambi' },
      { id: 'kota', shortName: 'Pemkot Jambi' },
    ];
    const hostile = row('X', { liaisons: ['Siti, S.H.', 'A "B"'] });
    if (hostile.unit) hostile.unit.name = '=HYPERLINK("x")';
    const table = boardTable([rows[0] as VariantRow, hostile], parties, t, (iso) => iso.slice(0, 10));
    expect(table.header).toContain('Persetujuan Pemkot Jambi');
    expect(table.rows[0]).toEqual([
      1,
      'Dinas Disdukcapil',
      'Kepala Disdukcapil',
      'PKS Disdukcapil',
      'Draf',
      '0/10',
      '0/12',
      '0/12',
      1,
      1,
      1,
      'Rina Marlina',
      '2026-12-05',
    ]);
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFFNo,OPD,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows, the last line break
    // A comma or a quote is quoted; a name that starts like a formula stays text.
    expect(lines[2]).toBe(
      `2,"'=HYPERLINK(""x"")",Kepala X,PKS X,Draf,0/10,0/12,0/12,0,0,0,"Siti, S.H.; A ""B""",2026-12-05`,
    );
    expect(toCsv(boardTable([row('Y')], parties, t, String)).split('\r\n')[1]).toContain('Belum ditunjuk');
  });
});

describe("the board's address", () => {
  it('keeps the filter and sort, and leaves the defaults out', () => {
    const filter = { state: 'final', pendingOnly: true, missingLiaisons: true, text: 'rsud' } as const;
    const sort = { column: 'pending', descending: true } as const;
    const query = boardQuery(filter, sort);
    expect(query.toString()).toBe('status=final&tertunda=1&tanpa-penghubung=1&q=rsud&urut=-pending');
    expect(readBoardQuery(new URLSearchParams(query))).toEqual({ filter, sort });
    expect(boardQuery(NO_FILTER, { column: 'unit', descending: false }).toString()).toBe('');
    // Whatever a link says that the board does not know falls back to the defaults.
    expect(readBoardQuery(new URLSearchParams('status=lost&urut=-nonsense'))).toEqual({
      filter: NO_FILTER,
      sort: { column: 'unit', descending: true },
    });
  });
});
