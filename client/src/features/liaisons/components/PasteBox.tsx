import { type FormEvent, type ReactNode, useState } from 'react';
import type { LiaisonRowError } from '../../../../../shared/api/liaisons.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';

/**
 * The state of a pasted table: `send` posts it and answers the rows refused and the toast to
 * show; the text is cleared when every row was taken, and `onImported` runs after every answer.
 */
export function usePastedTable(
  send: (table: string) => Promise<{ errors: LiaisonRowError[]; toast: string }>,
  onImported: () => void,
) {
  const [table, setTable] = useState('');
  const [rowErrors, setRowErrors] = useState<LiaisonRowError[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const result = await send(table);
      setRowErrors(result.errors);
      showToast(result.toast);
      if (!result.errors.length) setTable('');
      onImported();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  return { value: table, onChange: setTable, rowErrors, error, onSubmit: submit };
}

/**
 * A table pasted from a spreadsheet: a hint, any choices (`children`), the text, the rows the
 * server refused with why, and the button that sends it. Liaisons and units paste through it.
 */
export function PasteBox({
  hint,
  label,
  value,
  onChange,
  onSubmit,
  error,
  rowErrors,
  rowErrorsTitle,
  submitLabel,
  className,
  children,
}: {
  hint: string;
  /** The text area's accessible name. */
  label: string;
  value: string;
  onChange: (table: string) => void;
  onSubmit: () => void;
  error: ApiError | null;
  rowErrors: LiaisonRowError[];
  rowErrorsTitle: string;
  submitLabel: string;
  className: string;
  children?: ReactNode;
}) {
  const language = useLanguage((s) => s.language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className={`stack card ${className}`} onSubmit={submit}>
      <p className="muted small">{hint}</p>
      {children}
      <textarea
        className="input mono"
        rows={6}
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <ErrorNote error={error} />
      {rowErrors.length > 0 && (
        <div className="row-errors" role="alert">
          <p>{rowErrorsTitle}</p>
          <ul>
            {rowErrors.map((e) => (
              <li key={`${e.row}-${e.id}`}>{language === 'en' ? e.messageEn : e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!value.trim()}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
