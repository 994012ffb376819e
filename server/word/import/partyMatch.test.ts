import { describe, expect, it } from 'vitest';
import { type DraftParty, draftParties, matchParties, nameScore, relabel } from './partyMatch.ts';

const cooperation = [
  {
    id: 'ori',
    ordinal: 1,
    name: 'Ombudsman RI Perwakilan Provinsi Jawa Tengah',
    shortName: 'Ombudsman Jateng',
  },
  { id: 'kota', ordinal: 2, name: 'Pemerintah Kota Semarang', shortName: 'Pemkot Semarang' },
];
const party = (ordinal: number, institution?: string): DraftParty => ({
  ordinal,
  institution,
  signatory: {},
});

describe('draftParties', () => {
  it("joins the komparisi, the signature table and the title block by the draft's own labels", () => {
    const parties = draftParties(
      { parties: ['PEMERINTAH KOTA SEMARANG', 'OMBUDSMAN RI'], numbers: ['119/456/2024', '......'] },
      [
        { ordinal: 2, label: 'PIHAK KEDUA', name: 'SISKA', position: 'Kepala Perwakilan' },
        {
          ordinal: 1,
          label: 'PIHAK KESATU',
          name: 'HENDRAR',
          position: 'Wali Kota Semarang',
          institution: 'Pemerintah Kota Semarang',
        },
      ],
      [
        { name: 'SISKA', nip: '1980' },
        { ordinal: 1, label: 'PIHAK KESATU', name: 'HENDRAR' },
      ],
    );
    expect(parties).toEqual([
      {
        ordinal: 1,
        label: 'PIHAK KESATU',
        institution: 'Pemerintah Kota Semarang',
        number: '119/456/2024',
        signatory: { name: 'HENDRAR', position: 'Wali Kota Semarang' },
      },
      // The unlabelled signature column is SISKA's by her name; the blank number is no number.
      {
        ordinal: 2,
        label: 'PIHAK KEDUA',
        institution: 'OMBUDSMAN RI',
        signatory: { name: 'SISKA', position: 'Kepala Perwakilan', nip: '1980' },
      },
    ]);
  });
});

describe('matchParties', () => {
  it("matches by name, not by place: the Pemkot named first is the cooperation's party 2", () => {
    const matches = matchParties(
      [
        party(1, 'PEMERINTAH KOTA SEMARANG'),
        party(2, 'OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI JAWA TENGAH'),
      ],
      cooperation,
    );
    expect(matches.map((m) => [m.ordinal, m.partyId, m.match])).toEqual([
      [1, 'kota', 'name'],
      [2, 'ori', 'name'],
    ]);
  });

  it('asks when a name matches none, offering the one party left over without taking it', () => {
    const matches = matchParties(
      [party(1, 'PEMERINTAH KOTA SEMARANG'), party(2, 'LEMBAGA LAIN')],
      cooperation,
    );
    expect(matches[1]).toEqual({ ordinal: 2, partyId: null, match: 'none', suggestedPartyId: 'ori' });
  });

  it('asks when two draft parties name the same cooperation party', () => {
    const matches = matchParties([party(1, 'Pemkot Semarang'), party(2, 'Kota Semarang')], cooperation);
    expect(matches.map((m) => m.match)).toEqual(['conflict', 'conflict']);
    expect(matches.every((m) => m.partyId === null)).toBe(true);
  });

  it('tells Kota from Kabupaten of the same name', () => {
    const kab = { name: 'Pemerintah Kabupaten Semarang', shortName: 'Pemkab Semarang' };
    expect(nameScore('PEMERINTAH KOTA SEMARANG', cooperation[1]!)).toBeGreaterThan(
      nameScore('PEMERINTAH KOTA SEMARANG', kab),
    );
    const matches = matchParties(
      [party(1, 'Pemerintah Kota Semarang')],
      [{ id: 'kab', ordinal: 1, ...kab }, { ...cooperation[1]! }],
    );
    expect(matches[0]!.partyId).toBe('kota');
  });
});

describe('relabel', () => {
  it("swaps the labels in one pass, in the cooperation's wording, keeping capitals", () => {
    const swap = new Map([
      [1, 2],
      [2, 1],
    ]);
    expect(
      relabel('PIHAK KESATU menyerahkan data kepada PIHAK KEDUA; Pihak Kesatu hadir.', swap, 'pertama'),
    ).toBe('PIHAK KEDUA menyerahkan data kepada PIHAK PERTAMA; Pihak Kedua hadir.');
    expect(relabel('PARA PIHAK dan PIHAK KETIGA', swap, 'kesatu')).toBe('PARA PIHAK dan PIHAK KETIGA');
  });
});
