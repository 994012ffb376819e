import { describe, expect, it } from 'vitest';
import { fillOpeningText, isOpeningText, openingSlots, openingValues } from './opening.ts';

const OPENING =
  'Pada hari ini ......, tanggal ......, bulan ......, tahun ...... (......), bertempat di ......, kami yang bertanda tangan di bawah ini:';

describe('the opening formula read from the signing date and place', () => {
  it('gives the day, date, month and year in words, the numeric date and the place', () => {
    const values = openingValues({ date: '2020-03-10', place: ' Jambi ' });
    expect(values).toMatchObject({ day: 'Selasa', month: 'Maret', numeric: '10-03-2020', place: 'Jambi' });
    expect(values.date).toBe('sepuluh');
    expect(values.year).toBe('dua ribu dua puluh');
    expect(openingValues({})).toEqual({});
  });

  it('finds each blank where the editor shows the value and the export prints it', () => {
    const values = openingValues({ date: '2020-03-10', place: 'Jambi' });
    const slots = openingSlots(OPENING, values);
    expect(slots.map((s) => [s.slot, OPENING.slice(s.from, s.to)])).toEqual([
      ['day', '......'],
      ['date', '......'],
      ['month', '......'],
      ['year', '......'],
      ['numeric', '......'],
      ['place', '......'],
    ]);
    expect(fillOpeningText(OPENING, values)).toBe(
      'Pada hari ini Selasa, tanggal sepuluh, bulan Maret, tahun dua ribu dua puluh (10-03-2020), bertempat di Jambi, kami yang bertanda tangan di bawah ini:',
    );
  });

  it('fills named placeholders, and leaves a blank whose value is unknown', () => {
    const text = 'Pada hari ini [hari] tanggal {{tanggal}} bertempat di [tempat]';
    const onlyPlace = openingValues({ place: 'Bandung' });
    expect(openingSlots(text, onlyPlace).map((s) => s.slot)).toEqual(['place']);
    expect(fillOpeningText(text, onlyPlace)).toBe(
      'Pada hari ini [hari] tanggal {{tanggal}} bertempat di Bandung',
    );
    expect(fillOpeningText(OPENING, {})).toBe(OPENING);
  });

  it('knows the opening from the other preamble paragraphs', () => {
    expect(isOpeningText(OPENING)).toBe(true);
    expect(isOpeningText('Nota Kesepakatan Nomor [nomor] tanggal [tanggal]')).toBe(false);
  });
});
