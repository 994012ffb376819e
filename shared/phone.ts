/**
 * Links to reach a person from a phone number as Indonesians write it: "0812-3456-789",
 * "(0741) 555100", "+62 812 3456 789", "62812…", "0062…". The liaison register shows these
 * so whoever receives a report can call or message the PIC with one tap.
 */

/** Country code of Indonesia, which a local number's leading 0 stands for. */
const INDONESIA = '62';

/**
 * The number in international digits without "+" ("0812-3456-789" → "628123456789"), or
 * null when it is not an Indonesian number (another country code, too short or too long).
 */
export function indonesianDigits(phone: string): string | null {
  const compact = phone.trim().replace(/[\s().\-/]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let digits = compact.replace(/^\+/, '').replace(/^00/, '');
  const international = compact.startsWith('+') || compact.startsWith('00');
  if (!international && digits.startsWith('0')) digits = INDONESIA + digits.slice(1);
  // "+62 (0)812…": the trunk 0 written after the country code.
  if (digits.startsWith(`${INDONESIA}0`)) digits = INDONESIA + digits.slice(3);
  // Subscriber numbers are 7 to 12 digits after the country code, never starting with 0.
  return /^62[1-9]\d{6,11}$/.test(digits) ? digits : null;
}

/** A `tel:` link: the international number when it is Indonesian, else the digits as written. */
export function telHref(phone: string): string {
  const digits = indonesianDigits(phone);
  return digits ? `tel:+${digits}` : `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A WhatsApp chat link (`https://wa.me/628…`), or null when the number is not Indonesian. */
export function whatsAppHref(phone: string): string | null {
  const digits = indonesianDigits(phone);
  return digits ? `https://wa.me/${digits}` : null;
}
