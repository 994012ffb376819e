import type { InputHTMLAttributes } from 'react';

/**
 * A labelled input with its own error right under it: the input is marked `aria-invalid` and
 * points to the error with `aria-describedby`, so a screen reader reads it on focus.
 */
export function CheckedField({
  id,
  label,
  error,
  className = 'field',
  ...input
}: {
  id: string;
  label: string;
  error?: string;
  className?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...input}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
