/**
 * Indonesian words for numbers, dates and parties ("terbilang"), in one place for the
 * templates, the Word files and the client. The opening formula of an agreement states its
 * date: "Selasa, tanggal sepuluh, bulan Maret, tahun dua ribu dua puluh (10-03-2020)".
 */

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const SCALES: [number, string][] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
];

export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** 2020 → "dua ribu dua puluh"; 11 → "sebelas"; 1000 → "seribu". Non-negative integers only. */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`numberToWords: ${n} is not a non-negative integer`);
  if (n < 10) return UNITS[n]!;
  return below(n);
}

function below(n: number): string {
  for (const [scale, word] of SCALES) {
    if (n >= scale) return join(`${below(Math.floor(n / scale))} ${word}`, n % scale);
  }
  if (n >= 1000) {
    const thousands = Math.floor(n / 1000);
    return join(thousands === 1 ? 'seribu' : `${below(thousands)} ribu`, n % 1000);
  }
  if (n >= 100) {
    const hundreds = Math.floor(n / 100);
    return join(hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`, n % 100);
  }
  if (n >= 20) return join(`${UNITS[Math.floor(n / 10)]} puluh`, n % 10);
  if (n >= 12) return `${UNITS[n - 10]} belas`;
  if (n === 11) return 'sebelas';
  if (n === 10) return 'sepuluh';
  return UNITS[n]!;
}

function join(head: string, rest: number): string {
  return rest === 0 ? head : `${head} ${below(rest)}`;
}

/**
 * How an agreement counts its parties: "PIHAK PERTAMA" (the usual wording) or "PIHAK KESATU"
 * (some regions' drafts). Both say "KEDUA", "KETIGA" from the second party on.
 */
export type PartyWording = 'pertama' | 'kesatu';

/** 1 → "pertama" (or "kesatu"), 2 → "kedua", 4 → "keempat": the ordinal in "PIHAK KEDUA". */
export function ordinalWord(n: number, wording: PartyWording = 'pertama'): string {
  return n === 1 ? wording : `ke${numberToWords(n)}`;
}

/** 1 → "PIHAK PERTAMA", 3 → "PIHAK KETIGA", 12 → "PIHAK KEDUA BELAS". */
export function partyLabel(position: number, wording: PartyWording = 'pertama'): string {
  return `PIHAK ${ordinalWord(position, wording).toUpperCase()}`;
}

/** "PIHAK PERTAMA dan PIHAK KEDUA"; "PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA". */
export function partyLabelList(count: number, wording: PartyWording = 'pertama'): string {
  const labels = Array.from({ length: count }, (_, i) => partyLabel(i + 1, wording));
  if (labels.length <= 2) return labels.join(' dan ');
  return `${labels.slice(0, -1).join(', ')}, dan ${labels[labels.length - 1]}`;
}

/** 2 → "2 (dua)": the way agreements state counts ("rangkap 2 (dua) asli"). */
export function countWithWords(n: number): string {
  return `${n} (${numberToWords(n)})`;
}

/** A calendar date, read from ISO `YYYY-MM-DD` without any time-zone shift. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD` (the meta `date` value); null when it is not a real date. */
export function parseIsoDate(iso: string | undefined | null): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((iso ?? '').trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Day of the week in Indonesian ("Selasa"). */
export function dayName(date: CalendarDate): string {
  return DAY_NAMES[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "10-03-2020": the numeric date in brackets after the words. */
export function numericDate(date: CalendarDate): string {
  return `${pad(date.day)}-${pad(date.month)}-${date.year}`;
}

/** "10 Maret 2020": a short date for headers and footers. */
export function shortDate(date: CalendarDate): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/** The parts of the opening formula, each written out in words. */
export function datePartsInWords(date: CalendarDate) {
  return {
    day: dayName(date),
    date: numberToWords(date.day),
    month: MONTH_NAMES[date.month - 1],
    year: numberToWords(date.year),
    numeric: numericDate(date),
  };
}

/** "Selasa, tanggal sepuluh, bulan Maret, tahun dua ribu dua puluh (10-03-2020)". */
export function dateInWords(date: CalendarDate): string {
  const p = datePartsInWords(date);
  return `${p.day}, tanggal ${p.date}, bulan ${p.month}, tahun ${p.year} (${p.numeric})`;
}
