import { describe, expect, it } from 'vitest';
import { uniqueNames, variantFileName } from './variantExport.ts';

describe("a variant's file name in the batch export", () => {
  it('is the unit and its number, kept to safe characters', () => {
    expect(variantFileName('Disdukcapil', '100.3.7/01/Disdukcapil/2025')).toBe(
      'PKS-Disdukcapil-100.3.7-01-Disdukcapil-2025.docx',
    );
    expect(variantFileName('Dinas PM-PTSP', null)).toBe('PKS-Dinas-PM-PTSP-draft.docx');
    expect(variantFileName('RSUD "Raden Mattaher" / Jambi', '')).toBe(
      'PKS-RSUD-Raden-Mattaher-Jambi-draft.docx',
    );
    expect(variantFileName('../../etc', '..\\..')).toBe('PKS-etc-draft.docx');
    expect(variantFileName('Dinas Pendidikan dan Kebudayaan Kota Jambi'.repeat(4), null).length).toBeLessThan(
      100,
    );
  });

  it('never repeats in one zip', () => {
    expect(uniqueNames(['PKS-A-draft.docx', 'PKS-B-draft.docx', 'PKS-A-draft.docx'])).toEqual([
      'PKS-A-draft.docx',
      'PKS-B-draft.docx',
      'PKS-A-draft-2.docx',
    ]);
  });
});
