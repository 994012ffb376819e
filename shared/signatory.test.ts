import { describe, expect, it } from 'vitest';
import { isElectedOfficial, printsNip, signatoryName } from './signatory.ts';

describe('signatoryName', () => {
  it.each([
    ['Dr. Abdul Rokhim, S.Sos., M.Si.', 'Dr. ABDUL ROKHIM, S.Sos., M.Si.'],
    ['DR. ABDUL ROKHIM, S.SOS., M.SI.', 'Dr. ABDUL ROKHIM, S.Sos., M.Si.'],
    ['Prof. Dr. Ir. Siti Aminah, M.T.', 'Prof. Dr. Ir. SITI AMINAH, M.T.'],
    ['H. Eri Cahyadi, S.T., M.T.', 'H. ERI CAHYADI, S.T., M.T.'],
    ['dr. Nanik Sukristina, M.Kes.', 'dr. NANIK SUKRISTINA, M.Kes.'],
    ['M. Yusuf', 'M. YUSUF'],
    ['agus  muttaqin', 'AGUS MUTTAQIN'],
    ['Budi Santoso, S.H., M.H., CLA', 'BUDI SANTOSO, S.H., M.H., CLA'],
    ['Hj. Rina, SE, MM', 'Hj. RINA, SE, MM'],
    ['', ''],
  ])('%j → %j', (raw, printed) => {
    expect(signatoryName(raw)).toBe(printed);
  });

  it('keeps a one-word name that looks like a title as the name', () => {
    expect(signatoryName('Ir.')).toBe('IR.');
  });
});

describe('isElectedOfficial', () => {
  it.each([
    ['Wali Kota Surabaya', true],
    ['WALIKOTA MALANG', true],
    ['Wakil Wali Kota Surabaya', true],
    ['Bupati Sidoarjo', true],
    ['Gubernur Jawa Timur', true],
    ['Menteri Dalam Negeri', true],
    ['Ketua Ombudsman Republik Indonesia', true],
    ['Ketua DPRD Kota Surabaya', true],
    ['Pj. Wali Kota Batu', false],
    ['Penjabat Bupati Sidoarjo', false],
    ['Kepala Perwakilan Ombudsman RI Provinsi Jawa Timur', false],
    ['Kepala Dinas Komunikasi dan Informatika Kota Surabaya', false],
    ['Sekretaris Daerah Kota Surabaya', false],
  ])('%s → %s', (position, elected) => {
    expect(isElectedOfficial(position)).toBe(elected);
  });
});

describe('printsNip', () => {
  it('prints no NIP for a mayor even on a draft, and none on a final copy without one', () => {
    expect(printsNip({ position: 'Wali Kota Surabaya', nip: '', draft: true })).toBe(false);
    expect(printsNip({ position: 'Wali Kota Surabaya', nip: '1970', draft: false })).toBe(false);
    expect(printsNip({ position: 'Kepala Dinas', nip: '', draft: false })).toBe(false);
    expect(printsNip({ position: 'Kepala Dinas', nip: '', draft: true })).toBe(true);
    expect(printsNip({ position: 'Kepala Dinas', nip: '19700101 199001 1 001', draft: false })).toBe(true);
  });
});
