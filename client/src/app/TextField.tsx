import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field.tsx';

/** A labelled text input in the app's form style: the label above, the input, its hint or error. */
export function TextField({
  label,
  hint,
  error,
  ...input
}: { label: string; hint?: ReactNode; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} hint={hint} error={error}>
      <input className="input" {...input} />
    </Field>
  );
}
