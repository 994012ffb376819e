import type { ItemStatus } from '../status.ts';

interface CompletenessRowProps {
  status: ItemStatus;
  icon: string;
  label: string;
  statusText: string;
  /** Where clicking takes the user (a Pasal, the Info tab, the library); null: not clickable. */
  action: { label: string; run: () => void } | null;
}

/** One section of the checklist: a glyph, its name and its status in words, never colour alone. */
export function CompletenessRow({ status, icon, label, statusText, action }: CompletenessRowProps) {
  const body = (
    <>
      <span className="completeness-icon" aria-hidden="true">
        {icon}
      </span>
      <span className="completeness-text">
        <span className="completeness-label">{label}</span>
        <span className="completeness-status">
          {statusText}
          {action && <span className="completeness-action"> · {action.label}</span>}
        </span>
      </span>
    </>
  );
  return (
    <li className={`completeness-item ${status}`} data-status={status}>
      {action ? (
        <button type="button" onClick={action.run}>
          {body}
        </button>
      ) : (
        <div className="completeness-static">{body}</div>
      )}
    </li>
  );
}
