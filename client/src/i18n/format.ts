import type { Language } from './index.ts';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "3 Mei 2025 14.20" / "3 May 2025, 14:20": a time the API gave as an ISO string. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
