import { MONTH_NAMES, parseIsoDate } from '../../../shared/words.ts';

/**
 * The date and place of signing as the opening formula of a draft states them: "Pada hari
 * ini Senin, tanggal lima belas, bulan Mei, tahun dua ribu dua puluh tiga (15-05-2023),
 * bertempat di Semarang". Blanks left to fill ("(..-..-....)", "bertempat di ........") give
 * nothing.
 */
export interface Opening {
  /** ISO `YYYY-MM-DD`. */
  date?: string;
  place?: string;
}

const NUMERIC = /\((\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\)/;
const SHORT = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAMES.join('|')})\\s+(\\d{4})\\b`, 'i');
const PLACE = /bertempat\s+di\s+([^,.;:\n]+)/i;

const iso = (day: number, month: number, year: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Reads the date and place from the text before the first Pasal. */
export function readOpening(text: string): Opening {
  const out: Opening = {};
  const numeric = NUMERIC.exec(text);
  const short = numeric ? null : SHORT.exec(text);
  const candidate = numeric
    ? iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]))
    : short
      ? iso(
          Number(short[1]),
          MONTH_NAMES.findIndex((m) => m.toLowerCase() === short[2]!.toLowerCase()) + 1,
          Number(short[3]),
        )
      : undefined;
  if (candidate && parseIsoDate(candidate)) out.date = candidate;
  const place = PLACE.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
  if (place && /\p{L}{2}/u.test(place)) out.place = place;
  return out;
}
