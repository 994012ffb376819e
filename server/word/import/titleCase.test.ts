import { describe, expect, it } from 'vitest';
import { titleCase } from './titleCase.ts';

describe('titleCase', () => {
  it('turns a subject typed in capitals into a title, small words lower case', () => {
    expect(titleCase('PENINGKATAN KUALITAS PELAYANAN PUBLIK DAN PERCEPATAN PENYELESAIAN LAPORAN')).toBe(
      'Peningkatan Kualitas Pelayanan Publik dan Percepatan Penyelesaian Laporan',
    );
    expect(titleCase('TENTANG KERJA SAMA')).toBe('Tentang Kerja Sama');
  });

  it('keeps text that is not all capitals as typed', () => {
    expect(titleCase(' Pengawasan Pelayanan Publik oleh DPRD ')).toBe(
      'Pengawasan Pelayanan Publik oleh DPRD',
    );
  });
});
