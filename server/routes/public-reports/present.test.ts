import { describe, expect, it } from 'vitest';
import { defaultDeadlineDays } from './present.ts';

const commitment = (days: number, text: string) => ({
  obligationId: `o${days}`,
  days,
  clausePath: 'Pasal 5',
  text,
});

describe('the deadline a new report gets', () => {
  it.each([
    ['14 working days when the agreement states none', [], 14],
    ['the agreement’s commitment', [commitment(10, 'menanggapi laporan yang diteruskan')], 10],
    [
      'the usual one beside one for urgent reports',
      [commitment(3, 'laporan masyarakat yang mendesak'), commitment(14, 'menanggapi laporan')],
      14,
    ],
    ['the urgent one when it is the only one', [commitment(3, 'laporan yang mendesak')], 3],
  ])('%s', (_name, commitments, days) => {
    expect(defaultDeadlineDays(commitments)).toBe(days);
  });
});
