/**
 * Numbers and dates in Indonesian words, as agreements write them: "tahun dua ribu dua
 * puluh lima", "rangkap 2 (dua)", "PIHAK KETIGA".
 */

const UNITS = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** 2025 → "dua ribu dua puluh lima" (terbilang), for 0 ≤ n < 10¹². */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`numberWords: ${n}`);
  if (n === 0) return 'nol';
  const words = (x: number): string => {
    if (x < 12) return UNITS[x];
    if (x < 20) return `${UNITS[x - 10]} belas`;
    if (x < 100) return join(`${UNITS[Math.floor(x / 10)]} puluh`, words(x % 10));
    if (x < 200) return join('seratus', words(x - 100));
    if (x < 1000) return join(`${UNITS[Math.floor(x / 100)]} ratus`, words(x % 100));
    if (x < 2000) return join('seribu', words(x - 1000));
    if (x < 1e6) return join(`${words(Math.floor(x / 1000))} ribu`, words(x % 1000));
    if (x < 1e9) return join(`${words(Math.floor(x / 1e6))} juta`, words(x % 1e6));
    return join(`${words(Math.floor(x / 1e9))} miliar`, words(x % 1e9));
  };
  return words(n);
}

const join = (a: string, b: string) => (b ? `${a} ${b}` : a);

/** 2 → "2 (dua)": the way a quantity is written in an agreement. */
export function numberWithWords(n: number): string {
  return `${n} (${numberWords(n)})`;
}

/** 1 → "PIHAK PERTAMA", 3 → "PIHAK KETIGA", 12 → "PIHAK KEDUA BELAS". */
export function partyLabel(position: number): string {
  const ordinal = position === 1 ? 'pertama' : `ke${numberWords(position)}`;
  return `PIHAK ${ordinal.toUpperCase()}`;
}

/** "PIHAK PERTAMA dan PIHAK KEDUA"; "PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA". */
export function partyLabelList(count: number): string {
  const labels = Array.from({ length: count }, (_, i) => partyLabel(i + 1));
  if (labels.length <= 2) return labels.join(' dan ');
  return `${labels.slice(0, -1).join(', ')}, dan ${labels[labels.length - 1]}`;
}

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const MONTHS = [
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

export interface DateInWords {
  /** "Senin" */
  day: string;
  /** "dua puluh tiga" */
  dateWords: string;
  /** "Juni" */
  month: string;
  /** "dua ribu dua puluh lima" */
  yearWords: string;
  /** "23-06-2025" */
  dateNumeric: string;
  /** "23 Juni 2025" */
  long: string;
}

/** The parts of the opening formula for an ISO date `YYYY-MM-DD`; null when it is not one. */
export function dateInWords(iso: string | undefined | null): DateInWords | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso?.trim() ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return {
    day: DAYS[date.getUTCDay()],
    dateWords: numberWords(day),
    month: MONTHS[month - 1],
    yearWords: numberWords(year),
    dateNumeric: `${m[3]}-${m[2]}-${m[1]}`,
    long: `${day} ${MONTHS[month - 1]} ${year}`,
  };
}
