import type { DueRuleDTO } from '../../../../shared/api/obligations.ts';
import { type IsoDate, isWorkingDay } from '../../../../shared/calendar/workingDays.ts';
import { addMonths, dueDateOf } from '../../../../shared/obligations/dueDate.ts';
import { MONTH_NAMES } from '../../../../shared/words.ts';
import type { Language } from '../../i18n/index.ts';

/**
 * An obligation's due rule in plain words and its next due date, as the Pelaksanaan tab shows
 * them: "setiap 3 bulan", "paling lambat 14 hari kerja sejak permintaan diterima", "31 Maret 2027".
 */

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "31 Maret 2027" / "31 March 2027": a calendar date as the agreement would print it. */
export function dateInWords(date: IsoDate, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = (language === 'en' ? MONTHS_EN : MONTH_NAMES)[m - 1];
  return `${d} ${month} ${y}`;
}

const UNITS: Record<Language, Record<'working_day' | 'day' | 'month' | 'year', [string, string]>> = {
  // Indonesian does not inflect for number: one word for one and for many.
  id: {
    working_day: ['hari kerja', 'hari kerja'],
    day: ['hari', 'hari'],
    month: ['bulan', 'bulan'],
    year: ['tahun', 'tahun'],
  },
  en: {
    working_day: ['working day', 'working days'],
    day: ['day', 'days'],
    month: ['month', 'months'],
    year: ['year', 'years'],
  },
};

const amountOf = (n: number, unit: keyof (typeof UNITS)['id'], language: Language) =>
  `${n} ${UNITS[language][unit][n === 1 ? 0 : 1]}`;

/** "setiap bulan", "setiap 3 bulan", "setiap tahun", "setiap 2 tahun" (and in English). */
function everyInWords(months: number, language: Language): string {
  const every = language === 'en' ? 'every' : 'setiap';
  if (months % 12 === 0) {
    const years = months / 12;
    return years === 1
      ? `${every} ${UNITS[language].year[0]}`
      : `${every} ${amountOf(years, 'year', language)}`;
  }
  return months === 1
    ? `${every} ${UNITS[language].month[0]}`
    : `${every} ${amountOf(months, 'month', language)}`;
}

/**
 * The rule in plain words. The event of a period after an event is the agreement's own words
 * (Indonesian), quoted as they are in English.
 */
export function dueRuleInWords(rule: DueRuleDTO | null, language: Language): string {
  if (!rule) return language === 'en' ? 'no due date' : 'tanpa tenggat';
  switch (rule.kind) {
    case 'date':
      return dateInWords(rule.date, language);
    case 'recurring':
      return everyInWords(rule.everyMonths, language);
    case 'after_event': {
      const period = amountOf(rule.amount, rule.unit, language);
      return language === 'en'
        ? `within ${period} of “${rule.event}”`
        : `paling lambat ${period} sejak ${rule.event}`;
    }
  }
}

/** When an obligation next falls due, and why there is no date when there is none. */
export type NextDue =
  | { kind: 'date'; date: IsoDate; past: boolean; workingDay: boolean }
  /** Counted from the signing, which has not happened yet. */
  | { kind: 'awaitsSigning' }
  /** Counted from an event of its own (a request, a change): each occurrence is dated then. */
  | { kind: 'awaitsEvent' }
  | { kind: 'none' };

/**
 * The next due date of `rule` on or after `today`: a fixed date (even when past, marked so); the
 * next occurrence of a recurrence counted from the signing; a period after the signing.
 */
export function nextDue(
  rule: DueRuleDTO | null,
  when: { signedOn: IsoDate | null; today: IsoDate },
): NextDue {
  if (!rule) return { kind: 'none' };
  const dated = (date: IsoDate): NextDue => ({
    kind: 'date',
    date,
    past: date < when.today,
    workingDay: isWorkingDay(date),
  });
  if (rule.kind === 'date') return dated(rule.date);
  if (rule.kind === 'after_event' && !rule.fromSigning) return { kind: 'awaitsEvent' };
  if (!when.signedOn) return { kind: 'awaitsSigning' };
  if (rule.kind === 'after_event') return dated(dueDateOf(rule, { signedOn: when.signedOn })!);
  // Whole periods since the signing bring the count close to today without walking every one.
  const monthsSince =
    (Number(when.today.slice(0, 4)) - Number(when.signedOn.slice(0, 4))) * 12 +
    Number(when.today.slice(5, 7)) -
    Number(when.signedOn.slice(5, 7));
  let k = Math.max(1, Math.floor(monthsSince / rule.everyMonths));
  let date = addMonths(when.signedOn, k * rule.everyMonths);
  while (date < when.today) {
    k += 1;
    date = addMonths(when.signedOn, k * rule.everyMonths);
  }
  return dated(date);
}
