import { useLanguage } from '../../../i18n/index.ts';
import type { PartyClauseState } from '../../editor/clauseStates.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { approveClauseNow, mayApproveHere } from '../approveNow.ts';
import { useApprovalsT } from '../messages.ts';
import { useApprovalAction } from '../useApprovalAction.ts';
import '../approvals.css';

interface Props {
  screen: EditorScreen;
  clauseId: string;
  number: number;
  /** My party's state on the Pasal and its name; nothing is shown when I belong to no party here. */
  mine: { party: { shortName: string }; state: PartyClauseState } | undefined;
}

/**
 * A small checkbox beside a Pasal in the outline: approves it (or its new text, when it changed since)
 * for my party in one click, through the same call and server check as the Persetujuan panel.
 * Shown only to those who may approve, on a draft, while my party has not approved the text now.
 */
export function OutlineApprove({ screen, clauseId, number, mine }: Props) {
  const t = useApprovalsT();
  const language = useLanguage((s) => s.language);
  const { busy, error, run } = useApprovalAction(screen);
  if (!mine || mine.state === 'approved' || !mayApproveHere(screen)) return null;
  const label = t(mine.state === 'stale' ? 'outlineReapprove' : 'outlineApprove', {
    number,
    party: mine.party.shortName,
  });
  // A checkbox, not a button: the row's one button is the Pasal itself (jump, drag, Alt+↑/↓).
  // It stays unchecked until the approval is given; checked, it leaves with the approval made.
  return (
    <input
      type="checkbox"
      className={`outline-approve ${mine.state}`}
      aria-label={label}
      title={error ? `${label}: ${error.text(language)}` : label}
      checked={busy}
      disabled={busy}
      aria-busy={busy || undefined}
      data-failed={error ? 'true' : undefined}
      onChange={() => run(() => approveClauseNow(screen, clauseId) ?? Promise.resolve())}
    />
  );
}
