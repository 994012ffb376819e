import { useSuggestionsT } from '../messages.ts';

/** Accept or reject a set of suggestions at once (all, a party's, a Pasal's), named by `label`. */
export function BulkDecision({
  label,
  busy,
  onDecide,
}: {
  label: string;
  busy: boolean;
  onDecide: (decision: 'accept' | 'reject') => void;
}) {
  const t = useSuggestionsT();
  return (
    <div className="suggestion-bulk">
      <span className="small">{label}</span>
      <button
        type="button"
        className="button small"
        disabled={busy}
        aria-label={`${t('acceptAll')}: ${label}`}
        onClick={() => onDecide('accept')}
      >
        {t('acceptAll')}
      </button>
      <button
        type="button"
        className="button small"
        disabled={busy}
        aria-label={`${t('rejectAll')}: ${label}`}
        onClick={() => onDecide('reject')}
      >
        {t('rejectAll')}
      </button>
    </div>
  );
}
