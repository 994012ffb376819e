import { describe, expect, it } from 'vitest';
import { checkSigningDate } from './signDocument.ts';

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
