import { describe, expect, it } from 'vitest';
import { agreementPartySettings, wordingOfText } from './agreementSettings.ts';

describe('agreementPartySettings', () => {
  it('fills the defaults and ignores what it cannot read', () => {
    expect(agreementPartySettings(undefined)).toEqual({ wording: 'pertama', firstSignsLeft: true });
    expect(agreementPartySettings({ parties: { wording: 'kesatu', signatureOrder: 'firstRight' } })).toEqual({
      wording: 'kesatu',
      firstSignsLeft: false,
    });
    expect(agreementPartySettings({ parties: { wording: 'satu' } })).toEqual({
      wording: 'pertama',
      firstSignsLeft: true,
    });
  });
});

describe('wordingOfText', () => {
  it('follows the words the text uses, else the setting', () => {
    expect(wordingOfText('selanjutnya disebut PIHAK KESATU', 'pertama')).toBe('kesatu');
    expect(wordingOfText('selanjutnya disebut PIHAK PERTAMA', 'kesatu')).toBe('pertama');
    expect(wordingOfText('PARA PIHAK sepakat', 'kesatu')).toBe('kesatu');
  });
});
