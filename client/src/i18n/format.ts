import { useCallback } from 'react';
import type { TimeZone } from '../../../shared/api/meetings.ts';
import { TIME_ZONE_IANA } from '../../../shared/timeZones.ts';
import { type Language, useLanguage } from './index.ts';
import { useTimeZone } from './timeZone.ts';

/** The `Intl` locale of each interface language. */
export const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * "3 Mei 2025, 14.20 WIB" / "3 May 2025, 14:20 WIB": a time the API gave as an ISO string, in
 * `zone` (by default the current cooperation's, see `timeZone.ts`) and named by it.
 */
export function formatDateTime(
  iso: string,
  language: Language,
  zone: TimeZone = useTimeZone.getState().zone,
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(locales[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE_IANA[zone],
  }).format(date);
  return `${text} ${zone}`;
}

/** `formatDateTime` in the interface language and the current zone, redrawn when either changes. */
export function useDateTime(): (iso: string) => string {
  const language = useLanguage((s) => s.language);
  const zone = useTimeZone((s) => s.zone);
  return useCallback((iso: string) => formatDateTime(iso, language, zone), [language, zone]);
}
