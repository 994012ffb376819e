import { useId, useRef, useState } from 'react';
import { useLanguage, useT } from '../i18n/index.ts';
import { formatTypedDate, longDate, parseTypedDate, typedDateProblem } from './dates.ts';
import './dateField.css';

interface DateFieldProps {
  label: string;
  /** ISO `YYYY-MM-DD`, or ''. */
  value: string;
  disabled?: boolean;
  name: string;
  onChange: (iso: string) => void;
}

/**
 * The one way a date is entered in Sepakat (the signing date, a meeting's day, a follow-up's
 * deadline): written day first (17/08/2025), whatever language the browser itself runs in (the
 * native date input follows the browser, often showing mm/dd/yyyy), with a calendar button for
 * the native picker and the date in words below ("Minggu, 17 Agustus 2025"), or why what was
 * typed is no date. The value is ISO; `onChange` fires as soon as what is typed is a real date.
 */
export function DateField({ label, value, disabled, name, onChange }: DateFieldProps) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  // What is being typed; null while the field shows the shared value.
  const [draft, setDraft] = useState<string | null>(null);
  // Why the typed text is no date, shown once the field is left.
  const [problem, setProblem] = useState<'format' | 'noSuchDate' | null>(null);
  const invalid = problem !== null;
  const words = longDate(value, language);

  const type = (text: string) => {
    setDraft(text);
    const iso = parseTypedDate(text);
    if (iso !== null) {
      setProblem(null);
      if (iso !== value) onChange(iso);
    }
  };

  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <div className="date-field-row">
        <input
          id={id}
          className="input"
          name={name}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('meta.dateFormat')}
          value={draft ?? formatTypedDate(value)}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-words`}
          onChange={(e) => type(e.target.value)}
          onBlur={() => {
            const why = draft === null ? null : typedDateProblem(draft);
            if (why) setProblem(why);
            else setDraft(null);
          }}
        />
        <button
          type="button"
          className="button quiet date-field-pick"
          disabled={disabled}
          aria-label={t('meta.datePick')}
          title={t('meta.datePick')}
          onClick={() => picker.current?.showPicker?.()}
        >
          <svg
            aria-hidden="true"
            width="18"
            height="18"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <rect x="3" y="5" width="18" height="16" rx="2" />
            <path d="M3 10h18M8 3v4M16 3v4" />
          </svg>
        </button>
        <input
          ref={picker}
          className="date-field-native"
          type="date"
          tabIndex={-1}
          aria-hidden="true"
          lang={language}
          value={/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}
          onChange={(e) => {
            setDraft(null);
            setProblem(null);
            onChange(e.target.value);
          }}
        />
      </div>
      <span
        id={`${id}-words`}
        className={invalid ? 'date-field-error' : 'date-field-words'}
        role={invalid ? 'alert' : undefined}
      >
        {problem === 'noSuchDate'
          ? t('meta.dateNoSuchDate', { date: draft ?? '' })
          : problem === 'format'
            ? t('meta.dateInvalid')
            : words}
      </span>
    </div>
  );
}
