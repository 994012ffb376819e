import { describe, expect, it } from 'vitest';
import { dueRuleOf, hasDeadlineWords } from './due.ts';

describe('dueRuleOf', () => {
  it('reads recurrences in months', () => {
    expect(dueRuleOf('menyampaikan laporan setiap 3 (tiga) bulan')).toEqual({
      kind: 'recurring',
      everyMonths: 3,
    });
    expect(dueRuleOf('menyampaikan laporan setiap 6 (enam) bulan.')).toEqual({
      kind: 'recurring',
      everyMonths: 6,
    });
    expect(dueRuleOf('rapat koordinasi setiap bulan')).toEqual({ kind: 'recurring', everyMonths: 1 });
    expect(dueRuleOf('setiap triwulan')).toEqual({ kind: 'recurring', everyMonths: 3 });
    expect(dueRuleOf('pada setiap akhir semester')).toEqual({ kind: 'recurring', everyMonths: 6 });
    expect(dueRuleOf('setiap tahun anggaran')).toEqual({ kind: 'recurring', everyMonths: 12 });
    expect(dueRuleOf('setiap dua tahun')).toEqual({ kind: 'recurring', everyMonths: 24 });
    expect(dueRuleOf('paling sedikit 1 (satu) kali dalam 1 (satu) tahun')).toEqual({
      kind: 'recurring',
      everyMonths: 12,
    });
    expect(dueRuleOf('paling sedikit 1 (satu) kali dalam setahun')).toEqual({
      kind: 'recurring',
      everyMonths: 12,
    });
    expect(dueRuleOf('sekurang-kurangnya 2 (dua) kali dalam setahun')).toEqual({
      kind: 'recurring',
      everyMonths: 6,
    });
    expect(dueRuleOf('evaluasi dilakukan setahun sekali')).toEqual({ kind: 'recurring', everyMonths: 12 });
  });

  it('leaves a recurrence that is not a whole number of months', () => {
    expect(dueRuleOf('5 (lima) kali dalam setahun')).toBeNull();
    expect(dueRuleOf('secara berkala')).toBeNull();
    expect(dueRuleOf('Setiap pemberitahuan dilakukan secara tertulis')).toBeNull();
  });

  it('reads a period after an event, in working days, days or months', () => {
    expect(dueRuleOf('paling lambat 14 (empat belas) hari kerja sejak laporan diteruskan')).toEqual({
      kind: 'after_event',
      amount: 14,
      unit: 'working_day',
      event: 'laporan diteruskan',
      fromSigning: false,
    });
    expect(
      dueRuleOf('dalam waktu paling lama 30 (tiga puluh) hari kalender setelah Rapat Evaluasi, dan'),
    ).toEqual({
      kind: 'after_event',
      amount: 30,
      unit: 'day',
      event: 'Rapat Evaluasi',
      fromSigning: false,
    });
    expect(dueRuleOf('selambat-lambatnya tiga bulan terhitung sejak Perjanjian ini ditandatangani.')).toEqual(
      {
        kind: 'after_event',
        amount: 3,
        unit: 'month',
        event: 'Perjanjian ini ditandatangani',
        fromSigning: true,
      },
    );
  });

  it('reads a fixed date', () => {
    expect(dueRuleOf('paling lambat tanggal 31 Desember 2026')).toEqual({ kind: 'date', date: '2026-12-31' });
    expect(dueRuleOf('paling lambat 31 Januari 2027')).toEqual({ kind: 'date', date: '2027-01-31' });
    expect(dueRuleOf('paling lambat tanggal 31 Februari 2027')).toBeNull();
  });

  it('does not read a deadline counted back from an event', () => {
    const before = 'paling lambat 3 (tiga) bulan sebelum jangka waktu berakhir';
    expect(dueRuleOf(before)).toBeNull();
    expect(hasDeadlineWords(before)).toBe(true);
    expect(hasDeadlineWords('menunjuk pejabat penghubung')).toBe(false);
  });
});
