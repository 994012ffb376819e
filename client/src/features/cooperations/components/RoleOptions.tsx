import { useT } from '../../../i18n/index.ts';
import { ROLES } from '../api.ts';
import { useSuggestOnlyT } from '../suggestOnlyMessages.ts';

/**
 * The roles of a role picker, weakest first (the options of its `<select>`); the suggester's
 * option carries its one-line explanation as a tooltip, and {@link SuggesterHint} shows it.
 */
export function RoleOptions() {
  const t = useT();
  const ts = useSuggestOnlyT();
  return ROLES.map((r) => (
    <option key={r} value={r} title={r === 'suggester' ? ts('role.suggesterHint') : undefined}>
      {t(`role.${r}`)}
    </option>
  ));
}

/** The one line under a role picker that says what a suggester (Pengusul) does. */
export function SuggesterHint({ id }: { id?: string }) {
  const ts = useSuggestOnlyT();
  return (
    <p id={id} className="muted small">
      {ts('role.suggesterHint')}
    </p>
  );
}
