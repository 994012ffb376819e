interface ToolButtonProps {
  label: string;
  /** Shortcut shown in the tooltip. */
  keys?: string;
  icon: string;
  iconClass?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** Why the command is unavailable now (suggestion mode): disables it, and is its tooltip. */
  blocked?: string;
  wide?: boolean;
  onClick: () => void;
}

/**
 * A toolbar button: a short visible glyph, its full name for screen readers and the tooltip,
 * `aria-pressed` for toggles. mousedown is prevented so the editor keeps its selection.
 */
export function ToolButton({
  label,
  keys,
  icon,
  iconClass,
  pressed,
  disabled,
  blocked,
  wide,
  onClick,
}: ToolButtonProps) {
  return (
    <button
      type="button"
      className={`tool-button${wide ? ' wide' : ''}`}
      aria-label={label}
      aria-pressed={pressed}
      title={blocked ?? (keys ? `${label} (${keys})` : label)}
      disabled={disabled || blocked !== undefined}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span className={iconClass} aria-hidden="true">
        {icon}
      </span>
    </button>
  );
}
