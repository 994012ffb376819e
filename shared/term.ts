/**
 * Reads the term of an agreement ("5 (lima) tahun") from the text of its JANGKA WAKTU
 * clause, for the completeness warnings. Indonesian drafting writes numbers as digits
 * followed by words in parentheses; words alone ("lima tahun") are read too.
 */

const WORDS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  'dua belas': 12,
  'lima belas': 15,
  'dua puluh': 20,
  'dua puluh lima': 25,
  'tiga puluh': 30,
};

const AMOUNT = String.raw`(\d+(?:[.,]\d+)?|${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const UNIT = String.raw`\s*(?:\([^)]*\)\s*)?(tahun|bulan)\b`;
/** Prefer the amount that follows "jangka waktu" or "berlaku": notice periods come later. */
const AFTER_TERM = new RegExp(String.raw`(?:jangka waktu|berlaku)[^.;]{0,80}?\b${AMOUNT}${UNIT}`, 'i');
const ANY_YEARS = new RegExp(String.raw`\b${AMOUNT}\s*(?:\([^)]*\)\s*)?(tahun)\b`, 'i');

function amount(raw: string): number {
  const key = raw.toLowerCase();
  return WORDS[key] ?? Number(key.replace(',', '.'));
}

/** The term in years stated by a clause's text, or null when none is stated. */
export function termYearsOf(text: string): number | null {
  const match = AFTER_TERM.exec(text) ?? ANY_YEARS.exec(text);
  if (!match) return null;
  const value = amount(match[1]!);
  if (!Number.isFinite(value) || value <= 0) return null;
  return match[2]!.toLowerCase() === 'bulan' ? value / 12 : value;
}

/** The `termYears` meta field as a number, or null when empty or not a positive number. */
export function parseTermYears(value: string | undefined | null): number | null {
  if (!value?.trim()) return null;
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? n : null;
}
