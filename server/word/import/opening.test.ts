import { describe, expect, it } from 'vitest';
import { readOpening } from './opening.ts';

describe('readOpening', () => {
  it('reads the date in brackets and the place', () => {
    expect(
      readOpening(
        'Pada hari ini Rabu, tanggal lima belas, bulan Mei, tahun dua ribu dua puluh empat (15-05-2024), bertempat di Semarang, kami yang bertanda tangan di bawah ini:',
      ),
    ).toEqual({ date: '2024-05-15', place: 'Semarang' });
  });

  it('reads "15 Mei 2024" and ignores blanks and dates that do not exist', () => {
    expect(readOpening('Ditandatangani di Kota Tegal pada 3 Maret 2022.')).toEqual({ date: '2022-03-03' });
    expect(readOpening('Pada hari ini ........ (..-..-....), bertempat di ........')).toEqual({});
    expect(readOpening('(31-02-2024)')).toEqual({});
  });
});
