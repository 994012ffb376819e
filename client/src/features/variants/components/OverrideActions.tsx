import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { Override } from '../api.ts';
import { useDecide } from '../decide.ts';
import { useVariantsT } from '../messages.ts';

/**
 * What can be done with one clause of a variant: compare it with the master, return it to the
 * master's text, or, where a master change waits, take that change or keep this PKS's text.
 * The decisions need a member who may edit the variant (`editable`).
 */
export function OverrideActions({
  variantId,
  override,
  editable,
  onCompare,
}: {
  variantId: string;
  override: Override;
  editable: boolean;
  onCompare?: () => void;
}) {
  const t = useVariantsT();
  const { decide, busy, error } = useDecide(variantId);
  return (
    <div className="override-actions">
      {onCompare && (
        <button type="button" className="button small" onClick={onCompare}>
          {t('override.compare')}
        </button>
      )}
      {editable && (
        <button
          type="button"
          className="button small"
          disabled={busy !== null}
          onClick={() => decide(override, 'drop')}
        >
          {t(override.flag ? 'override.dropFlagged' : 'override.drop')}
        </button>
      )}
      {editable && override.flag && (
        <button
          type="button"
          className="button small"
          disabled={busy !== null}
          onClick={() => decide(override, 'keep')}
        >
          {t('override.keep')}
        </button>
      )}
      <ErrorNote error={error} />
    </div>
  );
}
