import { useCallback } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type { MessageKey } from './id.ts';

/** The languages of the interface; Indonesian is the default. */
export type Language = 'id' | 'en';

/**
 * A table of messages in both languages: the app's own (`id.ts`, `en.ts`) or a feature's,
 * kept beside it in `features/<feature>/messages.ts` so adding words touches no shared file.
 * The type checker requires the same keys in both; `{name}` marks a parameter.
 */
export interface Messages<K extends string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

/** The app-wide messages (`id.ts`, `en.ts`), the table `useT()` reads without an argument. */
export const appMessages: Messages<MessageKey> = { id, en };

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

/** A translate function over one table's keys. */
export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

/** `text` with its `{name}` placeholders filled from `params`; unknown ones stay visible. */
export function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message of `messages` in `language` with its placeholders filled; outside React too. */
export function textIn<K extends string>(
  messages: Messages<K>,
  language: Language,
  key: K,
  params?: MessageParams,
): string {
  return fill(messages[language][key] ?? messages.id[key], params);
}

/** An app-wide message in a given language with its `{placeholders}` filled. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return textIn(appMessages, language, key, params);
}

/**
 * The translate function of the current language over the app's messages, or over a feature's
 * table when given one; components re-render when the language changes.
 */
export function useT(): Translate<MessageKey>;
export function useT<K extends string>(messages: Messages<K>): Translate<K>;
export function useT(messages: Messages<string> = appMessages): Translate<string> {
  const language = useLanguage((s) => s.language);
  return useCallback(
    (key: string, params?: MessageParams) => textIn(messages, language, key, params),
    [messages, language],
  );
}
