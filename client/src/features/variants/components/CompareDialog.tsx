import { diffWords } from 'diff';
import { useMemo } from 'react';
import { Dialog } from '../../../app/Dialog.tsx';
import type { EditorScreen } from '../../editor/context.ts';
import { Diff } from '../../history/components/Diff.tsx';
import { useVariantsT } from '../messages.ts';
import { useVariantEditor } from '../store.ts';
import { OverrideActions } from './OverrideActions.tsx';
import { OverrideNote } from './OverridesDialog.tsx';
import '../../history/history.css';

type WordOps = Parameters<typeof Diff>[0]['ops'];

/** The words of `before` and `after` as a redline's steps. */
function redline(before: string, after: string): WordOps {
  return diffWords(before, after).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
}

/**
 * "Bandingkan dengan induk": one clause of the variant beside the master's, and the redline
 * from the master's text to this PKS's (struck: only in the master; underlined: only here);
 * where a master change waits, also the master as this PKS last took it. With the clause's
 * decisions below.
 */
export function CompareDialog({ screen }: { screen: EditorScreen }) {
  const t = useVariantsT();
  const clauseId = useVariantEditor((s) => s.comparing);
  const override = useVariantEditor((s) => s.overrides.find((o) => o.clauseId === s.comparing) ?? null);
  const close = () => useVariantEditor.getState().set({ comparing: null });
  const ops = useMemo(
    () => (override ? redline(override.master?.text ?? '', override.variant?.text ?? '') : []),
    [override],
  );
  const side = (label: string, text: string | undefined, testId: string) => (
    <section className="compare-side" data-testid={testId}>
      <h3 className="section-label">{label}</h3>
      <p className="compare-text">{text ?? t('compare.absent')}</p>
    </section>
  );
  return (
    <Dialog
      title={override ? t('compare.title', { label: override.label }) : ''}
      open={clauseId !== null && override !== null}
      onClose={close}
    >
      {override && (
        <div className="compare-clause">
          <OverrideNote override={override} />
          <h3 className="section-label">{t('compare.redline')}</h3>
          <div data-testid="compare-redline">
            <Diff ops={ops} />
          </div>
          <p className="muted small">{t('compare.legend')}</p>
          <div className="compare-sides">
            {side(t('compare.master'), override.master?.text, 'compare-master')}
            {side(t('compare.variant'), override.variant?.text, 'compare-variant')}
          </div>
          {override.flag && override.base && (
            <details>
              <summary>{t('compare.base')}</summary>
              <p className="compare-text">{override.base.text}</p>
            </details>
          )}
          <OverrideActions variantId={screen.document.id} override={override} editable={screen.editable} />
        </div>
      )}
    </Dialog>
  );
}
