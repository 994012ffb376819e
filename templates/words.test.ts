import { describe, expect, it } from 'vitest';
import { dateInWords, numberWithWords, numberWords, partyLabel, partyLabelList } from './words.ts';

describe('numberWords (terbilang)', () => {
  it.each([
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [14, 'empat belas'],
    [20, 'dua puluh'],
    [23, 'dua puluh tiga'],
    [100, 'seratus'],
    [115, 'seratus lima belas'],
    [300, 'tiga ratus'],
    [1000, 'seribu'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2025, 'dua ribu dua puluh lima'],
    [10_000, 'sepuluh ribu'],
    [1_500_000, 'satu juta lima ratus ribu'],
  ])('%i → %s', (n, words) => {
    expect(numberWords(n)).toBe(words);
  });

  it('refuses what it cannot say', () => {
    expect(() => numberWords(-1)).toThrow(RangeError);
    expect(() => numberWords(1.5)).toThrow(RangeError);
  });

  it('writes quantities as agreements do', () => {
    expect(numberWithWords(2)).toBe('2 (dua)');
  });
});

describe('party labels', () => {
  it('counts parties in capitals', () => {
    expect([1, 2, 3, 11, 12].map(partyLabel)).toEqual([
      'PIHAK PERTAMA',
      'PIHAK KEDUA',
      'PIHAK KETIGA',
      'PIHAK KESEBELAS',
      'PIHAK KEDUA BELAS',
    ]);
  });

  it('lists two or more parties', () => {
    expect(partyLabelList(2)).toBe('PIHAK PERTAMA dan PIHAK KEDUA');
    expect(partyLabelList(3)).toBe('PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA');
  });
});

describe('dateInWords', () => {
  it('spells out the opening formula date', () => {
    expect(dateInWords('2025-06-23')).toEqual({
      day: 'Senin',
      dateWords: 'dua puluh tiga',
      month: 'Juni',
      yearWords: 'dua ribu dua puluh lima',
      dateNumeric: '23-06-2025',
      long: '23 Juni 2025',
    });
  });

  it('rejects what is not a real ISO date', () => {
    expect(dateInWords('')).toBeNull();
    expect(dateInWords('23/06/2025')).toBeNull();
    expect(dateInWords('2025-02-30')).toBeNull();
  });
});
