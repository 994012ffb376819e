import { MONTH_NAMES, numberToWords } from '../words.ts';

/**
 * When an obligation falls due, read from its wording. Indonesian drafting writes amounts as
 * digits with words in brackets ("14 (empat belas) hari kerja"), sometimes words alone.
 */

/** The units a period after an event is counted in. */
export type DueUnit = 'working_day' | 'day' | 'month' | 'year';

/** A due rule: a fixed date, a recurrence, or a period after an event. */
export type DueRule =
  | { kind: 'date'; date: string }
  /** "setiap 3 (tiga) bulan", "paling sedikit 1 (satu) kali dalam 1 (satu) tahun" (every 12 months). */
  | { kind: 'recurring'; everyMonths: number }
  /**
   * "paling lambat 14 (empat belas) hari kerja sejak permintaan diterima": `event` is the words after
   * "sejak"; `fromSigning` when that event is the signing, so the date follows from the agreement's.
   */
  | { kind: 'after_event'; amount: number; unit: DueUnit; event: string; fromSigning: boolean };

const WORD_NUMBERS = new Map<string, number>(
  Array.from({ length: 400 }, (_, i) => [numberToWords(i + 1), i + 1] as [string, number]),
);
const WORDS = [...WORD_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|');

/** An amount: "14 (empat belas)", "14", "empat belas", "satu". */
const AMOUNT = String.raw`(\d{1,4}|${WORDS})(?:\s*\(\s*[a-z ]+\s*\))?`;

function amountOf(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : (WORD_NUMBERS.get(raw) ?? Number.NaN);
}

const MONTHS_IN: Record<string, number> = {
  bulan: 1,
  triwulan: 3,
  caturwulan: 4,
  semester: 6,
  tahun: 12,
};
const PERIOD = String.raw`(bulan|triwulan|caturwulan|semester|tahun)(?:nya)?\b`;

const DEADLINE_WORD = '(?:paling lambat|paling lama|selambat-lambatnya)';
const WITHIN = '(?:dalam (?:jangka )?waktu )?';

/** "setiap 6 (enam) bulan", "setiap tahun", "setiap akhir triwulan", "tiap semester". */
const EVERY = new RegExp(
  String.raw`\b(?:setiap|tiap-tiap|tiap)\s+(?:(?:akhir|awal)\s+)?(?:${AMOUNT}\s+)?${PERIOD}`,
);
/** "paling sedikit 1 (satu) kali dalam 1 (satu) tahun", "2 (dua) kali dalam setahun", "sekali setahun". */
const TIMES = new RegExp(
  String.raw`\b(?:${AMOUNT}\s+kali|sekali)\s+(?:dalam\s+|per\s+|untuk\s+)?(?:(?:${AMOUNT}\s+${PERIOD})|(se)(bulan|tahun|semester|triwulan)\b)`,
);
/** "setahun sekali", "sebulan sekali". */
const ONCE_A = /\bse(bulan|tahun)\s+sekali\b/;
const AFTER = new RegExp(
  String.raw`${WITHIN}${DEADLINE_WORD}\s+${WITHIN}${AMOUNT}\s+(hari kerja|hari kalender|hari|bulan|tahun)\s+(?:terhitung\s+)?(?:sejak|setelah|sesudah)\s+([^,;.]+)`,
  'd',
);
const MONTH = MONTH_NAMES.map((m) => m.toLowerCase()).join('|');
const ON_DATE = new RegExp(
  String.raw`(?:${DEADLINE_WORD}|pada)\s+(?:hari\s+\S+,?\s+)?(?:tanggal\s+)?(\d{1,2})\s+(${MONTH})\s+(\d{4})\b`,
);

const UNIT_OF: Record<string, DueUnit> = {
  'hari kerja': 'working_day',
  'hari kalender': 'day',
  hari: 'day',
  bulan: 'month',
  tahun: 'year',
};

/** True when the text sets a time limit ("paling lambat", "selambat-lambatnya", "paling lama"). */
export function hasDeadlineWords(text: string): boolean {
  return new RegExp(DEADLINE_WORD).test(normalise(text));
}

/**
 * The due rule the text states, or null when it states none this reader is sure of: a
 * recurrence first (a deadline inside it, "setiap bulan paling lambat tanggal 10", is a detail of
 * the recurrence), then a date, then a period after an event. A deadline counted back from an
 * event ("paling lambat 3 (tiga) bulan sebelum …") is not read.
 */
export function dueRuleOf(text: string): DueRule | null {
  // Lower case keeps every index of these Latin letters, so the event keeps its own case.
  const spaced = text.replace(/\s+/g, ' ');
  const t = spaced.toLowerCase();
  const every = EVERY.exec(t);
  if (every) {
    const n = every[1] ? amountOf(every[1]) : 1;
    return recurring(n * MONTHS_IN[every[2]!]!);
  }
  const times = TIMES.exec(t);
  if (times) {
    const count = times[1] ? amountOf(times[1]) : 1;
    const period = times[3] ? amountOf(times[2]!) * MONTHS_IN[times[3]]! : MONTHS_IN[times[5]!]!;
    return recurring(period / count);
  }
  const once = ONCE_A.exec(t);
  if (once) return recurring(MONTHS_IN[once[1]!]!);
  const on = ON_DATE.exec(t);
  if (on)
    return dateRule(
      Number(on[3]),
      MONTH_NAMES.findIndex((m) => m.toLowerCase() === on[2]) + 1,
      Number(on[1]),
    );
  const after = AFTER.exec(t);
  if (after) {
    const amount = amountOf(after[1]!);
    const [start, end] = after.indices![3]!;
    const event = spaced
      .slice(start, end)
      .trim()
      .replace(/\s+(?:dan|atau)$/, '');
    if (!Number.isInteger(amount) || amount <= 0 || !event) return null;
    const fromSigning = /\b(?:ditandatangani|penandatanganan)\b/i.test(event);
    return { kind: 'after_event', amount, unit: UNIT_OF[after[2]!]!, event, fromSigning };
  }
  return null;
}

function recurring(everyMonths: number): DueRule | null {
  return Number.isInteger(everyMonths) && everyMonths > 0 ? { kind: 'recurring', everyMonths } : null;
}

function dateRule(year: number, month: number, day: number): DueRule | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { kind: 'date', date: d.toISOString().slice(0, 10) };
}

/** Lower case, one space between words: the form every pattern here reads. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}
