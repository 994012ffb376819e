import { describe, expect, it } from 'vitest';
import { type DueRule, dueRuleOf, hasDeadlineWords } from './due.ts';

const every = (everyMonths: number): DueRule => ({ kind: 'recurring', everyMonths });

describe('dueRuleOf', () => {
  it.each([
    ['menyampaikan laporan setiap 3 (tiga) bulan', 3],
    ['menyampaikan laporan setiap 6 (enam) bulan.', 6],
    ['rapat koordinasi setiap bulan', 1],
    ['setiap triwulan', 3],
    ['pada setiap akhir semester', 6],
    ['setiap tahun anggaran', 12],
    ['setiap dua tahun', 24],
    ['paling sedikit 1 (satu) kali dalam 1 (satu) tahun', 12],
    ['paling sedikit 1 (satu) kali dalam setahun', 12],
    ['sekurang-kurangnya 2 (dua) kali dalam setahun', 6],
    ['evaluasi dilakukan setahun sekali', 12],
  ])('reads "%s" as every %i months', (text, months) => {
    expect(dueRuleOf(text)).toEqual(every(months));
  });

  it.each([
    '5 (lima) kali dalam setahun',
    'secara berkala',
    'Setiap pemberitahuan dilakukan secara tertulis',
    'paling lambat tanggal 31 Februari 2027',
    // A deadline counted back from an event is not a due date Sepakat can place.
    'paling lambat 3 (tiga) bulan sebelum jangka waktu berakhir',
  ])('reads no rule from "%s"', (text) => {
    expect(dueRuleOf(text)).toBeNull();
  });

  it.each<[string, DueRule]>([
    [
      'paling lambat 14 (empat belas) hari kerja sejak laporan diteruskan',
      {
        kind: 'after_event',
        amount: 14,
        unit: 'working_day',
        event: 'laporan diteruskan',
        fromSigning: false,
      },
    ],
    [
      'dalam waktu paling lama 30 (tiga puluh) hari kalender setelah Rapat Evaluasi, dan',
      { kind: 'after_event', amount: 30, unit: 'day', event: 'Rapat Evaluasi', fromSigning: false },
    ],
    [
      'selambat-lambatnya tiga bulan terhitung sejak Perjanjian ini ditandatangani.',
      {
        kind: 'after_event',
        amount: 3,
        unit: 'month',
        event: 'Perjanjian ini ditandatangani',
        fromSigning: true,
      },
    ],
    ['paling lambat tanggal 31 Desember 2026', { kind: 'date', date: '2026-12-31' }],
    ['paling lambat 31 Januari 2027', { kind: 'date', date: '2027-01-31' }],
  ])('reads "%s"', (text, rule) => {
    expect(dueRuleOf(text)).toEqual(rule);
  });
});

describe('hasDeadlineWords', () => {
  it.each([
    ['paling lambat 3 (tiga) bulan sebelum jangka waktu berakhir', true],
    ['menunjuk pejabat penghubung', false],
  ])('"%s" → %s', (text, expected) => {
    expect(hasDeadlineWords(text)).toBe(expected);
  });
});
