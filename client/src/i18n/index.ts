import { useCallback } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { en } from './en.ts';
import { type Dictionary, id, type MessageKey } from './id.ts';

export type { MessageKey } from './id.ts';

/** The languages of the interface; Indonesian is the default. */
export type Language = 'id' | 'en';

const dictionaries: Record<Language, Dictionary> = { id, en };

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** The chosen interface language, remembered in localStorage across visits. */
export const useLanguage = create<LanguageState>()(
  persist(
    (set) => ({
      language: 'id',
      setLanguage: (language) => set({ language }),
    }),
    { name: 'sepakat.language' },
  ),
);

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** A message in a given language with its `{placeholders}` filled. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = dictionaries[language][key] ?? id[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The translate function of the current language; components re-render when it changes. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const language = useLanguage((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
