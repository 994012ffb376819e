import { describe, expect, it } from 'vitest';
import { signingMismatch } from '../errors/index.ts';
import { approvedSigning, checkSigningDate } from './signDocument.ts';

const now = Date.parse('2025-03-10T12:00:00Z');
const refusal = (date: string) => {
  try {
    checkSigningDate(date, now);
    return null;
  } catch (err) {
    return err as { id: string; field: string; status: number };
  }
};

describe('checkSigningDate', () => {
  it('accepts past days, today and tomorrow (a day of slack for time zones)', () => {
    for (const d of ['2024-02-29', '2025-03-10', '2025-03-11']) expect(refusal(d)).toBeNull();
  });

  it('refuses days that do not exist, naming the field', () => {
    for (const d of ['2025-02-29', '2025-13-01', '2025-04-31', '2025-3-1']) {
      expect(refusal(d)).toMatchObject({ id: 'validation.invalid', field: 'date', status: 400 });
    }
  });

  it('refuses a date more than a day ahead', () => {
    expect(refusal('2025-03-12')).toMatchObject({ id: 'validation.invalid', field: 'date' });
  });
});

describe('the date and place a signing must confirm', () => {
  it('are those the final text prints: trimmed as the export trims them, empty when not text', () => {
    expect(approvedSigning({ date: ' 2025-06-23 ', place: '\tKota Jambi  ' })).toEqual({
      date: '2025-06-23',
      place: 'Kota Jambi',
    });
    expect(approvedSigning({})).toEqual({ date: '', place: '' });
    expect(approvedSigning({ date: 7 as unknown as string, place: 'Jambi' })).toEqual({
      date: '',
      place: 'Jambi',
    });
  });

  it('are named, in both languages and in the details, when a signing names others', () => {
    const error = signingMismatch({ date: '2025-06-23', place: 'Kota Jambi' });
    expect(error.status).toBe(409);
    expect(error.toBody().error).toMatchObject({
      id: 'document.signing_mismatch',
      details: { date: '2025-06-23', place: 'Kota Jambi' },
    });
    expect(error.message).toContain('2025-06-23 di Kota Jambi');
    expect(error.message).toContain('buka kembali dokumen');
    expect(error.messageEn).toContain('2025-06-23 at Kota Jambi');
    expect(error.messageEn).toContain('reopen the document');
  });
});
