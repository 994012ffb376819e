import { describe, expect, it } from 'vitest';
import { kuasaPhrase, printedUnitName } from './unitName.ts';

describe('printedUnitName', () => {
  it('names a unit with the region of its party', () => {
    expect(printedUnitName('Dinas Kependudukan dan Pencatatan Sipil', 'Pemerintah Kota Jambi')).toBe(
      'Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
    );
    expect(printedUnitName('Dinas Sosial', 'Pemerintah Daerah Kabupaten Jembrana')).toBe(
      'Dinas Sosial Kabupaten Jembrana',
    );
    expect(printedUnitName('Fakultas Hukum', 'Universitas Jambi')).toBe('Fakultas Hukum Universitas Jambi');
  });

  it('leaves a name that carries its region already as it is', () => {
    expect(printedUnitName('Dinas Sosial Kota Jambi ', 'Pemerintah Kota Jambi')).toBe(
      'Dinas Sosial Kota Jambi',
    );
    expect(printedUnitName('RSUD', '')).toBe('RSUD');
  });
});

describe('kuasaPhrase', () => {
  it('reads a reference kept with or without its "Surat Kuasa"', () => {
    expect(kuasaPhrase('Surat Kuasa Wali Kota Jambi Nomor 180/101/HK/2025')).toBe(
      'berdasarkan Surat Kuasa Wali Kota Jambi Nomor 180/101/HK/2025',
    );
    expect(kuasaPhrase('Wali Kota Jambi Nomor 800/12/Setda')).toBe(
      'berdasarkan Surat Kuasa Wali Kota Jambi Nomor 800/12/Setda',
    );
    expect(kuasaPhrase('  ')).toBe('');
  });
});
