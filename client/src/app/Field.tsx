import { cloneElement, type ReactElement, type ReactNode, useId } from 'react';

/** The props Field sets on its control to tie it to the label, the hint and the error. */
interface ControlProps {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}

interface FieldProps {
  /** What the control is for: its accessible name. */
  label: string;
  /** A line under the control that explains it; read with the control on focus. */
  hint?: ReactNode;
  /** Why the value is refused: marks the control invalid and is read with it on focus. */
  error?: string;
  /** The wrapper's classes; `field` unless a layout needs more (`field grow`). */
  className?: string;
  /** The one control: an input, a select or a textarea. */
  children: ReactElement<ControlProps>;
}

/**
 * A labelled control in the app's form style: the label above, the control, then its hint or
 * its error. The label names the control through `htmlFor` (the control's own id, or one made
 * here), and the hint and error are tied to it with `aria-describedby`, so the markup stays the
 * same whether an error is shown or not and the control keeps its focus when one appears.
 */
export function Field({ label, hint, error, className = 'field', children }: FieldProps) {
  const madeId = useId();
  const id = children.props.id ?? madeId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [
    children.props['aria-describedby'],
    hint === undefined ? undefined : hintId,
    error ? errorId : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : children.props['aria-invalid'],
      })}
      {hint !== undefined && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
