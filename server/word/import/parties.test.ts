import { describe, expect, it } from 'vitest';
import { readKomparisi, readSignatureTable, wordingOf } from './parties.ts';

describe('readKomparisi', () => {
  it('reads name with degrees, office, institution and the PIHAK KESATU label', () => {
    expect(
      readKomparisi(
        '1. Dr. H. HENDRAR PRIHADI, S.E., M.M., Wali Kota Semarang, dalam hal ini bertindak untuk dan atas nama Pemerintah Kota Semarang, berkedudukan di Jalan Pemuda Nomor 148 Semarang, selanjutnya disebut PIHAK KESATU;',
      ),
    ).toEqual({
      ordinal: 1,
      label: 'PIHAK KESATU',
      name: 'Dr. H. HENDRAR PRIHADI, S.E., M.M.',
      position: 'Wali Kota Semarang',
      institution: 'Pemerintah Kota Semarang',
    });
  });

  it('reads "selanjutnya dalam Perjanjian ini disebut PIHAK KEDUA" and a name without degrees', () => {
    expect(
      readKomparisi(
        'SITI AMINAH, Kepala Perwakilan, selaku pejabat yang bertindak atas nama Ombudsman RI, selanjutnya dalam Perjanjian ini disebut PIHAK KEDUA.',
      ),
    ).toMatchObject({
      ordinal: 2,
      name: 'SITI AMINAH',
      position: 'Kepala Perwakilan',
      institution: 'Ombudsman RI',
    });
  });

  it('is null for a line that names no party', () => {
    expect(readKomparisi('PARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:')).toBeNull();
    expect(readKomparisi('bahwa PIHAK KESATU adalah penyelenggara pelayanan publik;')).toBeNull();
  });
});

describe('readSignatureTable', () => {
  const cells = (...columns: string[][]) => [columns];

  it('reads party labels, offices, names and the NIP of each column', () => {
    const rows = [
      [
        ['PIHAK KESATU,', 'WALI KOTA SEMARANG,'],
        ['PIHAK KEDUA,', 'KEPALA PERWAKILAN,'],
      ],
      [[''], ['Meterai Rp10.000']],
      [['Dr. H. HENDRAR PRIHADI, S.E., M.M.'], ['SISKA WIDYASTUTI, S.H.', 'NIP. 19800101 200501 2 001']],
    ];
    expect(readSignatureTable(rows)).toEqual([
      {
        ordinal: 1,
        label: 'PIHAK KESATU',
        position: 'WALI KOTA SEMARANG',
        name: 'Dr. H. HENDRAR PRIHADI, S.E., M.M.',
      },
      {
        ordinal: 2,
        label: 'PIHAK KEDUA',
        position: 'KEPALA PERWAKILAN',
        name: 'SISKA WIDYASTUTI, S.H.',
        nip: '19800101 200501 2 001',
      },
    ]);
  });

  it('recognises a table without party labels by its offices and NIP', () => {
    const columns = readSignatureTable(
      cells(
        ['Untuk dan atas nama Pemerintah Kota Semarang', 'Wali Kota Semarang', 'ttd', 'HENDRAR PRIHADI'],
        ['Kepala Perwakilan Ombudsman', 'SISKA WIDYASTUTI', 'NIP 19800101'],
      ),
    );
    expect(columns).toEqual([
      { institution: 'Pemerintah Kota Semarang', position: 'Wali Kota Semarang', name: 'HENDRAR PRIHADI' },
      { position: 'Kepala Perwakilan Ombudsman', name: 'SISKA WIDYASTUTI', nip: '19800101' },
    ]);
  });

  it('leaves other tables alone', () => {
    expect(readSignatureTable(cells(['Unit'], ['Tugas']))).toBeNull();
    expect(
      readSignatureTable([
        [['No.'], ['Kegiatan'], ['Jadwal']],
        [['1.'], ['Sosialisasi'], ['Juni']],
      ]),
    ).toBeNull();
    expect(readSignatureTable(cells(['PIHAK KESATU']))).toBeNull();
  });
});

describe('wordingOf', () => {
  it('tells PIHAK KESATU from PIHAK PERTAMA', () => {
    expect(wordingOf('selanjutnya disebut PIHAK KESATU')).toBe('kesatu');
    expect(wordingOf('selanjutnya disebut Pihak Pertama')).toBe('pertama');
    expect(wordingOf('PIHAK KEDUA')).toBeUndefined();
  });
});
