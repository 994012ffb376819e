import { type Language, useLanguage, useT } from '../i18n/index.ts';

const LANGUAGES: Language[] = ['id', 'en'];

/** ID / EN toggle; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const t = useT();
  return (
    <fieldset className="language-switch" aria-label={t('lang.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          title={t(code === 'id' ? 'lang.id' : 'lang.en')}
          onClick={() => setLanguage(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
