import { ConfirmDialog } from '../../../app/ConfirmDialog.tsx';
import { useSuggestionsT } from '../messages.ts';
import type { HeldDecision } from '../useDecision.ts';

/**
 * Asks before deciding a suggestion whose Pasal changed since it was made, and shows exactly
 * the text the decision removes from the document (as the server computed it).
 */
export function StaleConfirm({
  held,
  busy,
  onConfirm,
  onCancel,
}: {
  held: HeldDecision | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useSuggestionsT();
  const removed = (held?.stale ?? []).filter((s) => s.removes);
  return (
    <ConfirmDialog
      title={t('stale.title')}
      open={held !== null}
      confirmLabel={t('stale.confirm')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      returnTo={held?.from}
    >
      <p>{t('stale.intro')}</p>
      {removed.length ? (
        <ul className="stale-removed">
          {removed.map((s) => (
            <li key={s.id}>
              <del>{s.removes}</del>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('stale.nothing')}</p>
      )}
    </ConfirmDialog>
  );
}
