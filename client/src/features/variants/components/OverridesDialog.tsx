import { Dialog } from '../../../app/Dialog.tsx';
import type { EditorScreen } from '../../editor/context.ts';
import type { Override } from '../api.ts';
import { useVariantsT } from '../messages.ts';
import { useVariantEditor } from '../store.ts';
import { OverrideActions } from './OverrideActions.tsx';

/** What the list says of one clause: how it differs, and why it waits for review. */
function OverrideNote({ override }: { override: Override }) {
  const t = useVariantsT();
  return (
    <>
      {override.kind && <p className="muted small">{t(`override.kind.${override.kind}`)}</p>}
      {override.flag && (
        <p className="override-flag-note" role="status">
          {t(`override.flag.${override.flag}`)}
        </p>
      )}
    </>
  );
}

/** "Tinjau": every clause of the variant that differs from the master or waits for review. */
export function OverridesDialog({ screen }: { screen: EditorScreen }) {
  const t = useVariantsT();
  const open = useVariantEditor((s) => s.reviewing);
  const overrides = useVariantEditor((s) => s.overrides);
  const close = () => useVariantEditor.getState().set({ reviewing: false });
  return (
    <Dialog title={t('review.title')} open={open} onClose={close}>
      {overrides.length === 0 ? (
        <p className="empty-state">{t('review.none')}</p>
      ) : (
        <ul className="override-list">
          {overrides.map((o) => (
            <li key={o.clauseId} className={`override-item${o.flag ? ' flagged' : ''}`}>
              <strong>
                {o.label}
                {o.heading ? ` — ${o.heading}` : ''}
              </strong>
              <OverrideNote override={o} />
              <OverrideActions
                variantId={screen.document.id}
                override={o}
                editable={screen.editable}
                onCompare={() => useVariantEditor.getState().set({ comparing: o.clauseId, reviewing: false })}
              />
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

export { OverrideNote };
