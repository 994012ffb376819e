import { useVariantsT } from '../messages.ts';
import { useOverrideOf } from '../store.ts';
import '../variants.css';

/** In the outline, beside a variant's Pasal that differs from the master: says so, in words and colour. */
export function OverrideBadge({ clauseId }: { clauseId: string }) {
  const t = useVariantsT();
  const override = useOverrideOf(clauseId);
  if (!override) return null;
  const flagged = override.flag !== null;
  return (
    <span
      className={`outline-override${flagged ? ' flagged' : ''}`}
      data-testid="outline-override"
      title={t(flagged ? 'override.flagged' : 'override.badge')}
    >
      {flagged ? '⚠ ' : '≠ '}
      <span className="visually-hidden">{t(flagged ? 'override.flagged' : 'override.badge')}</span>
    </span>
  );
}
