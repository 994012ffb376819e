import { useCallback } from 'react';
import { type MessageParams, useLanguage } from './index.ts';

/** A feature's translate function: its own keys, `{name}` placeholders filled. */
export type FeatureT<K extends string> = (key: K, params?: MessageParams) => string;

/** A feature's own dictionary in both languages (the type checker requires the same keys). */
export interface FeatureMessages<K extends string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

const fill = (text: string, params?: MessageParams) =>
  params
    ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
    : text;

/**
 * The translate function of a feature's own dictionary in the interface language. Features
 * keep their words beside them so adding one does not touch the shared `id.ts` / `en.ts`; the
 * same rules hold: every message in Bahasa Indonesia and English, `{name}` marks a parameter.
 */
export function useFeatureT<K extends string>(messages: FeatureMessages<K>): FeatureT<K> {
  const language = useLanguage((s) => s.language);
  return useCallback(
    (key: K, params?: MessageParams) => fill(messages[language][key], params),
    [messages, language],
  );
}
