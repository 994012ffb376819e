import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../../app/ConfirmDialog.tsx';
import { useSuggestionsT } from '../messages.ts';

type Decision = 'accept' | 'reject';

/**
 * Accept or reject a set of suggestions at once (all, a party's, a Pasal's), named by `label`:
 * it asks first, saying how many and what the decision does, since it changes the text for
 * every party at once and is undone only by writing the text again.
 */
export function BulkDecision({
  label,
  count,
  busy,
  onDecide,
}: {
  label: string;
  /** How many suggestions each decision covers (rejecting includes the member's own). */
  count: Record<Decision, number>;
  busy: boolean;
  /** Runs once the member confirmed, with the button that asked (where focus goes back). */
  onDecide: (decision: Decision, asker: HTMLElement | null) => void;
}) {
  const t = useSuggestionsT();
  const [asking, setAsking] = useState<Decision | null>(null);
  const buttons = { accept: useRef<HTMLButtonElement>(null), reject: useRef<HTMLButtonElement>(null) };
  const button = (decision: Decision) => (
    <button
      ref={buttons[decision]}
      type="button"
      className="button small"
      disabled={busy}
      aria-haspopup="dialog"
      aria-label={`${t(decision === 'accept' ? 'acceptAll' : 'rejectAll')}: ${label}`}
      onClick={() => setAsking(decision)}
    >
      {t(decision === 'accept' ? 'acceptAll' : 'rejectAll')}
    </button>
  );
  return (
    <div className="suggestion-bulk">
      <span className="small">{label}</span>
      {button('accept')}
      {button('reject')}
      <ConfirmDialog
        title={t(asking === 'reject' ? 'bulk.title.reject' : 'bulk.title.accept')}
        open={asking !== null}
        confirmLabel={t(asking === 'reject' ? 'bulk.confirm.reject' : 'bulk.confirm.accept', {
          n: count[asking ?? 'accept'],
        })}
        busy={busy}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (!asking) return;
          setAsking(null);
          onDecide(asking, buttons[asking].current);
        }}
      >
        <p>
          {t(asking === 'reject' ? 'bulk.intro.reject' : 'bulk.intro.accept', {
            n: count[asking ?? 'accept'],
            what: label,
          })}
        </p>
        <p className="muted small">{t('bulk.record')}</p>
      </ConfirmDialog>
    </div>
  );
}
