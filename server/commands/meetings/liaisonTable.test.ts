import { describe, expect, it } from 'vitest';
import { normaliseDate, parseLiaisonTable, splitCells } from './liaisonTable.ts';

const parties = [
  {
    id: 'p1',
    ordinal: 1,
    name: 'Ombudsman Republik Indonesia Perwakilan Provinsi Jambi',
    shortName: 'Ombudsman RI Perwakilan Jambi',
  },
  { id: 'p2', ordinal: 2, name: 'Pemerintah Kota Jambi', shortName: 'Pemkot Jambi' },
];

describe('parseLiaisonTable', () => {
  it('reads a tab-separated paste with a header row in any column order', () => {
    const text = [
      'No\tOPD\tNama\tJabatan\tNo. HP\tSurel\tSejak',
      '1\tDinas Kesehatan\tSekretaris Dinkes\tSekretaris Dinas\t0741-555103\tdinkes@contoh.example\t24/03/2020',
      '2\tDinas Pendidikan\tSekretaris Disdik\tSekretaris Dinas\t0741-555104\t\t',
    ].join('\n');
    const { rows, errors } = parseLiaisonTable(text, { parties, defaultPartyId: 'p2' });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        partyId: 'p2',
        unit: 'Dinas Kesehatan',
        name: 'Sekretaris Dinkes',
        position: 'Sekretaris Dinas',
        phone: '0741-555103',
        email: 'dinkes@contoh.example',
        since: '2020-03-24',
      },
      expect.objectContaining({ row: 3, unit: 'Dinas Pendidikan', email: '', since: null }),
    ]);
  });

  it('reads rows without a header in the default order, dropping a running number', () => {
    const text =
      '1;Dinas Kesehatan;Sekretaris Dinkes;Sekretaris Dinas;0741-555103\n\nDisdukcapil;Sekretaris;Sekretaris Dinas';
    const { rows, errors } = parseLiaisonTable(text, { parties, defaultPartyId: 'p2' });
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.unit, r.name, r.phone])).toEqual([
      [1, 'Dinas Kesehatan', 'Sekretaris Dinkes', '0741-555103'],
      [3, 'Disdukcapil', 'Sekretaris', ''],
    ]);
  });

  it('takes the party from a Pihak column by short name, name, ordinal or "PIHAK KEDUA"', () => {
    const text = [
      'Pihak,Unit,Nama',
      'Pemkot Jambi,Dinas A,Satu',
      'Ombudsman Republik Indonesia Perwakilan Provinsi Jambi,Keasistenan,Dua',
      'PIHAK KEDUA,Dinas B,Tiga',
      '1,Keasistenan,Empat',
      'Pemprov Jambi,Dinas C,Lima',
    ].join('\r\n');
    const { rows, errors } = parseLiaisonTable(text, { parties });
    expect(rows.map((r) => [r.name, r.partyId])).toEqual([
      ['Satu', 'p2'],
      ['Dua', 'p1'],
      ['Tiga', 'p2'],
      ['Empat', 'p1'],
    ]);
    expect(errors).toEqual([expect.objectContaining({ row: 6, id: 'liaison.row_party', field: 'partyId' })]);
    expect(errors[0]!.message).toContain('Pemprov Jambi');
    expect(errors[0]!.messageEn).toContain('unknown party');
  });

  it('reports each unreadable row with its line number and keeps the rest', () => {
    const text = [
      'Unit\tNama\tTelepon\tSurel\tSejak',
      'Dinas A\t\t0741\t\t',
      'Dinas B\tB\t0741\tbukan-surel\t',
      'Dinas C\tC\t<script>\t\t',
      'Dinas D\tD\t\t\t31/02/2020',
      'Dinas E\tE\t(0741) 555-105 ext. 2\te@contoh.example\t2020-03-24',
    ].join('\n');
    const { rows, errors } = parseLiaisonTable(text, { parties, defaultPartyId: 'p2' });
    expect(errors.map((e) => [e.row, e.id])).toEqual([
      [2, 'liaison.row_name'],
      [3, 'liaison.row_email'],
      [4, 'liaison.row_phone'],
      [5, 'liaison.row_since'],
    ]);
    expect(rows.map((r) => r.name)).toEqual(['E']);
  });

  it('refuses every row when no party can be known', () => {
    const { rows, errors } = parseLiaisonTable('Dinas A\tNama A', { parties });
    expect(rows).toEqual([]);
    expect(errors[0]).toMatchObject({ row: 1, id: 'liaison.row_party' });
  });

  it('gives nothing for an empty paste', () => {
    expect(parseLiaisonTable(' \n\n', { parties, defaultPartyId: 'p1' })).toEqual({ rows: [], errors: [] });
  });
});

describe('splitCells', () => {
  it('keeps quoted delimiters and doubled quotes inside a cell', () => {
    expect(splitCells('"Dinas Kesehatan, Kota Jambi",Kepala "Bidang",  x  ', ',')).toEqual([
      'Dinas Kesehatan, Kota Jambi',
      'Kepala "Bidang"',
      'x',
    ]);
    expect(splitCells('"a ""b"" c";d', ';')).toEqual(['a "b" c', 'd']);
  });
});

describe('normaliseDate', () => {
  it('accepts ISO and day-first dates, refuses impossible ones', () => {
    expect(normaliseDate('2020-03-24')).toBe('2020-03-24');
    expect(normaliseDate('24-3-2020')).toBe('2020-03-24');
    expect(normaliseDate('24/03/2020')).toBe('2020-03-24');
    expect(normaliseDate('29.02.2021')).toBeNull();
    expect(normaliseDate('kemarin')).toBeNull();
  });
});
