import { locales } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/index.ts';
import type { Meeting } from '../api.ts';

/** "Selasa, 10 Maret 2020, 09.00–12.00 WIB": the meeting's day and hours in the interface language. */
export function meetingWhen(
  m: Pick<Meeting, 'date' | 'timeFrom' | 'timeTo' | 'timeZone'>,
  language: Language,
) {
  const day = new Intl.DateTimeFormat(locales[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDay(m.date));
  const clock = (hhmm: string) => (language === 'id' ? hhmm.replace(':', '.') : hhmm);
  return `${day}, ${clock(m.timeFrom)}–${clock(m.timeTo)} ${m.timeZone}`;
}

/** "24 Maret 2020" for a due date. */
export function dayText(iso: string | null, language: Language) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDay(iso));
}

/** Midnight UTC of an ISO `YYYY-MM-DD`; an invalid date when a part is missing, as `Intl` then says. */
function utcDay(iso: string): Date {
  const [y = Number.NaN, mo = Number.NaN, d = Number.NaN] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d));
}
