import type { ClauseOutline } from '../../../../../shared/clauses.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useDateTime } from '../../../i18n/format.ts';

import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import type { Approval } from '../../documents/api.ts';
import type { PartyStates } from '../../editor/clauseStates.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { withdrawApproval } from '../api.ts';
import { approveClauseNow } from '../approveNow.ts';
import { useApprovalsT } from '../messages.ts';
import { useApprovalAction } from '../useApprovalAction.ts';
import { ApprovalButtons } from './ApprovalButtons.tsx';

interface Props {
  screen: EditorScreen;
  clause: ClauseOutline;
  approvals: Approval[];
  states: PartyStates;
  /** Suggestions in this Pasal not yet accepted or rejected: approving waits for them. */
  pending: number;
}

/** One Pasal's approval by each party, and my party's Approve / Withdraw buttons. */
export function ClauseApprovals({ screen, clause, approvals, states, pending }: Props) {
  const t = useApprovalsT();
  const dateTime = useDateTime();
  const { document, cooperation } = screen;
  const { busy, error, run } = useApprovalAction(screen);
  const nameOf = (userId: string) =>
    cooperation.members.find((m) => m.userId === userId)?.displayName ?? userId;
  const mine = states.find((s) => s.party.id === cooperation.myPartyId);

  // The hash of the text on my screen: if the server's copy reads differently, it refuses.
  // No toast on success: the row turns "Disetujui" right here (announced by aria-live), and
  // toasts would pile up over the text while a party works through the Pasal.
  const approve = () => run(() => approveClauseNow(screen, clause.id) ?? Promise.resolve());
  const withdraw = () => run(() => withdrawApproval(document.id, clause.id));

  return (
    <section className="stack clause-approvals" aria-live="polite">
      <h3 className="clause-approvals-title">
        {t('clauseTitle', { number: clause.number })}
        {clause.heading && <span className="muted"> — {clause.heading}</span>}
      </h3>
      <ul className="approval-rows">
        {states.map(({ party, state }) => {
          const approval = approvals.find((a) => a.partyId === party.id);
          return (
            <li key={party.id} className={`approval-row ${state}`} data-party={party.id}>
              <PartyChip party={party} />
              <span className="approval-state">{t(`state.${state}`)}</span>
              {approval && (
                <span className="muted small approval-by">
                  {t('approvedBy', {
                    name: nameOf(approval.userId),
                    at: dateTime(approval.at),
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {pending > 0 && (
        <p className="small pending-suggestions" data-testid="pending-suggestions">
          {t('pendingSuggestions', { count: pending })}
        </p>
      )}
      <ApprovalButtons
        screen={screen}
        mine={mine}
        busy={busy}
        onApprove={approve}
        onWithdraw={withdraw}
        blocked={pending > 0 ? t('pendingBlocks') : undefined}
      />
      <ErrorNote error={error} />
    </section>
  );
}
