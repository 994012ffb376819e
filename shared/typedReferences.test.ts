import { describe, expect, it } from 'vitest';
import { typedReferences } from './typedReferences.ts';

/** Each reference as "<text> → pasal/ayat", "(lain)" when it cites another instrument. */
const read = (text: string) =>
  typedReferences(text).map(
    (r) =>
      `${text.slice(r.index, r.index + r.length)} → ${r.pasal ?? '-'}/${r.ayat ?? '-'}${r.otherInstrument ? ' (lain)' : ''}`,
  );

describe('typedReferences', () => {
  it('finds a Pasal, a Pasal with its ayat, and a bare ayat', () => {
    expect(read('sebagaimana dimaksud dalam Pasal 7 ayat (1), Pasal 3, dan pada ayat (2).')).toEqual([
      'Pasal 7 ayat (1) → 7/1',
      'Pasal 3 → 3/-',
      'ayat (2) → -/2',
    ]);
  });

  it('gives a bare ayat listed after a numbered one the same Pasal', () => {
    expect(read('Pasal 7 ayat (1) dan ayat (2) berlaku; ayat (3) tidak.')).toEqual([
      'Pasal 7 ayat (1) → 7/1',
      'ayat (2) → 7/2',
      'ayat (3) → -/3',
    ]);
    expect(read('sebagaimana dimaksud pada ayat (1), ayat (2), dan ayat (3)')).toEqual([
      'ayat (1) → -/1',
      'ayat (2) → -/2',
      'ayat (3) → -/3',
    ]);
  });

  it('marks citations of laws and of the MoU as another instrument, a whole list at once', () => {
    expect(read('berdasarkan Pasal 363 Undang-Undang Nomor 23 Tahun 2014')).toEqual([
      'Pasal 363 → 363/- (lain)',
    ]);
    expect(read('Pasal 19 ayat (2) huruf a Peraturan Pemerintah Nomor 28 Tahun 2018')).toEqual([
      'Pasal 19 ayat (2) → 19/2 (lain)',
    ]);
    expect(read('Pasal 5 dan Pasal 6 UU 25/2009, serta Pasal 2')).toEqual([
      'Pasal 5 → 5/- (lain)',
      'Pasal 6 → 6/- (lain)',
      'Pasal 2 → 2/-',
    ]);
    expect(read('sebagaimana dimaksud dalam Pasal 3 Nota Kesepakatan antara PARA PIHAK')).toEqual([
      'Pasal 3 → 3/- (lain)',
    ]);
  });

  it('keeps a reference to this document ("… ini") as one of ours', () => {
    expect(read('sebagaimana dimaksud dalam Pasal 3 Perjanjian Kerja Sama ini')).toEqual(['Pasal 3 → 3/-']);
  });

  it('does not read a longer number or a word that only begins alike', () => {
    expect(read('Pasalnya 7 hari; Pasal 12A; Pasal 123')).toEqual(['Pasal 123 → 123/-']);
    expect(read('sebagaimana dimaksud pada ayat(1)')).toEqual(['ayat(1) → -/1']);
  });
});
