import { describe, expect, it } from 'vitest';
import {
  countWithWords,
  dateInWords,
  numberToWords,
  ordinalWord,
  parseIsoDate,
  partyLabel,
  partyLabelList,
} from './words.ts';

describe('numberToWords', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [31, 'tiga puluh satu'],
    [100, 'seratus'],
    [115, 'seratus lima belas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2020, 'dua ribu dua puluh'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [1_000_000, 'satu juta'],
    [2_500_000, 'dua juta lima ratus ribu'],
    [3_000_000_000, 'tiga miliar'],
  ])('%i → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it('refuses negative and fractional numbers', () => {
    expect(() => numberToWords(-1)).toThrow(RangeError);
    expect(() => numberToWords(1.5)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('writes the opening-formula date as docs/DOMAIN.md shows it', () => {
    expect(dateInWords(parseIsoDate('2020-03-10')!)).toBe(
      'Selasa, tanggal sepuluh, bulan Maret, tahun dua ribu dua puluh (10-03-2020)',
    );
    expect(dateInWords(parseIsoDate('2024-12-31')!)).toBe(
      'Selasa, tanggal tiga puluh satu, bulan Desember, tahun dua ribu dua puluh empat (31-12-2024)',
    );
  });

  it('rejects what is not a calendar date', () => {
    expect(parseIsoDate('2021-02-29')).toBeNull();
    expect(parseIsoDate('10-03-2020')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
  });

  it('names ordinals and counts', () => {
    expect(ordinalWord(1)).toBe('pertama');
    expect(ordinalWord(2)).toBe('kedua');
    expect(ordinalWord(4)).toBe('keempat');
    expect(countWithWords(2)).toBe('2 (dua)');
  });
});

describe('party labels', () => {
  it('counts parties in capitals, in either wording', () => {
    expect([1, 2, 3, 11, 12].map((n) => partyLabel(n))).toEqual([
      'PIHAK PERTAMA',
      'PIHAK KEDUA',
      'PIHAK KETIGA',
      'PIHAK KESEBELAS',
      'PIHAK KEDUA BELAS',
    ]);
    expect(partyLabel(1, 'kesatu')).toBe('PIHAK KESATU');
    expect(partyLabel(2, 'kesatu')).toBe('PIHAK KEDUA');
  });

  it('lists two or more parties', () => {
    expect(partyLabelList(2)).toBe('PIHAK PERTAMA dan PIHAK KEDUA');
    expect(partyLabelList(3)).toBe('PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA');
    expect(partyLabelList(2, 'kesatu')).toBe('PIHAK KESATU dan PIHAK KEDUA');
  });
});
