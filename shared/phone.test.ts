import { describe, expect, it } from 'vitest';
import { indonesianDigits, telHref, whatsAppHref } from './phone.ts';

describe('indonesianDigits', () => {
  it.each([
    ['0812-3456-789', '628123456789'],
    ['+62 812 3456 789', '628123456789'],
    ['62812-3456-789', '628123456789'],
    ['0062 812 3456 789', '628123456789'],
    ['+62 (0)812 3456 789', '628123456789'],
    ['(0741) 555100', '62741555100'],
    ['0741-555.100', '62741555100'],
  ])('reads %s as %s', (phone, digits) => {
    expect(indonesianDigits(phone)).toBe(digits);
  });

  it.each([
    ['+1 202 555 0100', 'another country'],
    ['0812', 'too short'],
    ['0812 3456 7890 1234', 'too long'],
    ['0812-3456-789 ext. 2', 'words in it'],
    ['', 'empty'],
    ['123456789', 'neither 0 nor a country code'],
  ])('refuses %s (%s)', (phone) => {
    expect(indonesianDigits(phone)).toBeNull();
  });
});

describe('contact links', () => {
  it('calls and messages an Indonesian number internationally', () => {
    expect(telHref('0812-3456-789')).toBe('tel:+628123456789');
    expect(whatsAppHref('0812-3456-789')).toBe('https://wa.me/628123456789');
    expect(whatsAppHref('+62 812 3456 789')).toBe('https://wa.me/628123456789');
  });

  it('still calls a number it cannot read as Indonesian, and offers no WhatsApp link for it', () => {
    expect(telHref('+1 202 555 0100')).toBe('tel:+12025550100');
    expect(whatsAppHref('+1 202 555 0100')).toBeNull();
  });
});
