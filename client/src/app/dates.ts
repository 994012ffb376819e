import type { Language } from '../i18n/index.ts';

/** A real calendar date as ISO `YYYY-MM-DD`, or null. */
function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The two shapes a typed date may take: ISO "2025-08-17" and day first "17/08/2025". */
const ISO_TYPED = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date typed the Indonesian way — day first: "17/08/2025", "17-8-2025", "17.08.2025" — or
 * as ISO "2025-08-17", to ISO; null when it is not a real date. Empty text is "".
 */

export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  if (!s) return '';
  let m = ISO_TYPED.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/**
 * Why typed text is no date: 'noSuchDate' when it has a date's shape but the calendar lacks
 * that day ("31/02/2021", "12/13/2025"), 'format' for anything else; null when it is a date.
 */
export function typedDateProblem(text: string): 'format' | 'noSuchDate' | null {
  if (parseTypedDate(text) !== null) return null;
  const s = text.trim();
  return ISO_TYPED.test(s) || DAY_FIRST.test(s) ? 'noSuchDate' : 'format';
}

/** ISO `YYYY-MM-DD` as "17/08/2025" (day first, as both id-ID and en-GB write it); other text as it is. */
export function formatTypedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "Minggu, 17 Agustus 2025" / "Sunday, 17 August 2025"; null for what is not an ISO date. */
export function longDate(iso: string, language: Language): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(date);
}
