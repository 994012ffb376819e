import { describe, expect, it } from 'vitest';
import { parseTermYears, termYearsOf } from './term.ts';

describe('termYearsOf', () => {
  it.each([
    ['Nota Kesepakatan ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak ditandatangani.', 5],
    ['berlaku selama 10 (sepuluh) tahun', 10],
    ['jangka waktu 18 (delapan belas) bulan sejak tanggal ditandatangani', 1.5],
    ['berlaku untuk jangka waktu lima tahun', 5],
    ['Perjanjian ini berlaku 3 tahun.', 3],
  ])('%s → %d', (text, years) => {
    expect(termYearsOf(text)).toBe(years);
  });

  it('reads the term, not the notice period that follows it', () => {
    const text =
      'PIHAK yang bermaksud memperpanjang memberitahukan paling lambat 3 (tiga) bulan sebelumnya. Jangka waktu kerja sama ini 2 (dua) tahun.';
    expect(termYearsOf(text)).toBe(2);
  });

  it('is null when no duration is stated', () => {
    expect(termYearsOf('Jangka waktu ditetapkan kemudian oleh PARA PIHAK.')).toBeNull();
  });
});

describe('parseTermYears', () => {
  it('reads the meta field', () => {
    expect(parseTermYears('5')).toBe(5);
    expect(parseTermYears(' 2,5 ')).toBe(2.5);
    expect(parseTermYears('')).toBeNull();
    expect(parseTermYears(undefined)).toBeNull();
    expect(parseTermYears('lima')).toBeNull();
    expect(parseTermYears('0')).toBeNull();
  });
});
