import type { InputHTMLAttributes } from 'react';
import { Field } from '../../../app/Field.tsx';

/**
 * A labelled input with its own error right under it (a party's name, short name or seat): the
 * input is marked `aria-invalid` and points to the error, so a screen reader reads it on focus.
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
  return (
    <Field label={label} error={error} className={className}>
      <input id={id} className="input" {...input} />
    </Field>
  );
}
