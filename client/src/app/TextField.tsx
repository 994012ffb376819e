import type { InputHTMLAttributes } from 'react';

/** A labelled text input in the app's form style: the label above, the input below. */
export function TextField({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="field">
      <span>{label}</span>
      <input className="input" {...input} />
    </label>
  );
}
