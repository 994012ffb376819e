import { describe, expect, it } from 'vitest';
import { cityOfSeat, localTime, placeAndDate, reopeningSentence } from './recordWords.ts';

describe('the words of the record', () => {
  it('takes the city of a seat as a letter is dated', () => {
    expect(cityOfSeat('Kota Jambi, Provinsi Jambi')).toBe('Jambi');
    expect(cityOfSeat('Kabupaten Kubu Raya')).toBe('Kubu Raya');
    expect(cityOfSeat('Pontianak\nJl. Sutan Syahrir No. 1')).toBe('Pontianak');
    expect(cityOfSeat('')).toBe('');
    expect(placeAndDate('Pontianak', '2026-03-10')).toBe('Pontianak, 10 Maret 2026');
    expect(placeAndDate('', '2026-03-10')).toMatch(/^\.{10,}, 10 Maret 2026$/);
  });

  it('tells the time of a reopening in the meeting’s own time zone', () => {
    // 2020-03-10T23:30Z is already the 11th in Jakarta (06.30) and in Jayapura (08.30).
    const at = Date.UTC(2020, 2, 10, 23, 30);
    expect(localTime(at, 'WIB')).toEqual({ date: { year: 2020, month: 3, day: 11 }, time: '06.30' });
    expect(localTime(at, 'WIT').time).toBe('08.30');
    expect(
      reopeningSentence({ at, name: 'Kepala Perwakilan', reason: 'Salah ketik pada keputusan. ' }, 'WITA'),
    ).toBe(
      'Notula ini diubah setelah rapat dibuka kembali pada Rabu, 11 Maret 2020 pukul 07.30 WITA oleh ' +
        'Kepala Perwakilan, dengan alasan: Salah ketik pada keputusan.',
    );
  });
});
