import type { PartyClauseState } from '../../editor/clauseStates.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useApprovalsT } from '../messages.ts';

interface Props {
  screen: EditorScreen;
  /** My party's state on the item; nothing is shown when I belong to no party here. */
  mine: { party: { shortName: string }; state: PartyClauseState } | undefined;
  busy: boolean;
  onApprove: () => void;
  onWithdraw: () => void;
  /** Names the item in the buttons' accessible names when several are on screen ("Penutup"). */
  item?: string;
  /** Why approving is closed now (pending suggestions): Approve is disabled and says so. */
  blocked?: string;
}

/** My party's Approve (or approve the new text) and Withdraw, on a draft, for those who may. */
export function ApprovalButtons({ screen, mine, busy, onApprove, onWithdraw, item, blocked }: Props) {
  const t = useApprovalsT();
  if (screen.document.status !== 'draft' || !mine) return null;
  if (!screen.permissions.canApprove) return <p className="muted small">{t('cannotApprove')}</p>;
  const buttons = [
    {
      show: mine.state !== 'approved',
      text: t(mine.state === 'stale' ? 'reapprove' : 'approve', { party: mine.party.shortName }),
      className: 'button primary',
      onClick: onApprove,
      blocked,
    },
    {
      show: mine.state !== 'none',
      text: t('withdraw'),
      className: 'button quiet',
      onClick: onWithdraw,
      blocked: undefined,
    },
  ];
  return (
    <div className="approval-actions">
      {buttons
        .filter((b) => b.show)
        .map((b) => (
          <button
            key={b.className}
            type="button"
            className={b.className}
            disabled={busy || b.blocked !== undefined}
            title={b.blocked}
            onClick={b.onClick}
            aria-label={item ? `${b.text}: ${item}` : undefined}
          >
            {b.text}
          </button>
        ))}
    </div>
  );
}
