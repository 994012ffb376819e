import type { DueRuleDTO } from '../../../../shared/api/obligations.ts';
import type { IsoDate } from '../../../../shared/calendar/workingDays.ts';
import { addMonths } from '../../../../shared/obligations/dueDate.ts';
import { type Occurrence, occurrencesOf } from '../../../../shared/obligations/occurrences.ts';
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

/** When an obligation next falls due, or why it has no date ('event', 'signing', 'none'). */
export type NextDue =
  | { date: IsoDate; past: boolean; pending: null }
  | { date: null; pending: Exclude<Occurrence['pending'], null> };

/**
 * The next due date of `rule` as the dashboards count occurrences (`occurrencesOf`): a fixed date
 * or a deadline after the signing as it is, even when past (marked so); the first occurrence of a
 * recurrence on or after `today`.
 */
export function nextDue(
  rule: DueRuleDTO | null,
  when: { signedOn: IsoDate | null; today: IsoDate },
): NextDue {
  const window =
    rule?.kind === 'recurring'
      ? { from: when.today, to: addMonths(when.today, rule.everyMonths) }
      : { from: '0001-01-01', to: '9999-12-31' };
  const [first] = occurrencesOf(rule, when.signedOn, window);
  if (!first || first.date === null) return { date: null, pending: first?.pending ?? 'none' };
  return { date: first.date, past: first.date < when.today, pending: null };
}
