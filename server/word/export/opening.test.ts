import { describe, expect, it } from 'vitest';
import { closing, doc, p, preamble } from './fixtures.ts';
import { fillOpening, fillText } from './opening.ts';

const values = {
  day: 'Selasa',
  date: 'sepuluh',
  month: 'Maret',
  year: 'dua ribu dua puluh',
  numeric: '10-03-2020',
  place: 'Bandung',
};

describe('fillText', () => {
  it('fills dotted blanks after their keywords', () => {
    expect(
      fillText(
        'Pada hari ini ......, tanggal ......, bulan ......, tahun ...... (......), bertempat di ......,',
        values,
      ),
    ).toBe(
      'Pada hari ini Selasa, tanggal sepuluh, bulan Maret, tahun dua ribu dua puluh (10-03-2020), bertempat di Bandung,',
    );
  });

  it('fills named placeholders in brackets or braces, Indonesian or English', () => {
    expect(
      fillText(
        'hari [hari], tanggal {{tanggal}}, bulan [month], tahun [year in words] ([dd-mm-yyyy])',
        values,
      ),
    ).toBe('hari Selasa, tanggal sepuluh, bulan Maret, tahun dua ribu dua puluh (10-03-2020)');
  });

  it('leaves unknown placeholders and blanks without a value alone', () => {
    expect(fillText('[nama pejabat] tanggal ......', { place: 'Bandung' })).toBe(
      '[nama pejabat] tanggal ......',
    );
  });
});

describe('fillOpening', () => {
  it('fills only the opening formula, from meta date and place', () => {
    const body = doc(
      preamble(
        p('Pada hari ini ...., tanggal ....'),
        p('bahwa Nota Kesepakatan Nomor [nomor] tanggal [tanggal] ....'),
      ),
      closing(p('tanggal ....')),
    );
    const out = fillOpening(body, { date: '2020-03-10', place: 'Bandung' });
    expect(out.content?.[0]?.content?.[0]?.content?.[0]?.text).toBe('Pada hari ini Selasa, tanggal sepuluh');
    expect(out.content?.[0]?.content?.[1]?.content?.[0]?.text).toBe(
      'bahwa Nota Kesepakatan Nomor [nomor] tanggal [tanggal] ....',
    );
    expect(out.content?.[1]?.content?.[0]?.content?.[0]?.text).toBe('tanggal ....');
  });

  it('returns the body untouched when there is no date or place', () => {
    const body = doc(preamble(p('Pada hari ini ....')));
    expect(fillOpening(body, {})).toBe(body);
  });
});
