import { useState } from 'react';
import { type ClauseOutline, clauseHash, clauseNodes, type PMJSON } from '../../../../../shared/clauses.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { Party } from '../../cooperations/api.ts';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import type { Approval } from '../../documents/api.ts';
import type { PartyClauseState } from '../../editor/clauseStates.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { approveClause, withdrawApproval } from '../api.ts';
import { useApprovalsT } from '../messages.ts';

interface Props {
  screen: EditorScreen;
  clause: ClauseOutline;
  approvals: Approval[];
  states: { party: Party; state: PartyClauseState }[];
}

/** One Pasal's approval by each party, and my party's Approve / Withdraw buttons. */
export function ClauseApprovals({ screen, clause, approvals, states }: Props) {
  const t = useApprovalsT();
  const language = useLanguage((s) => s.language);
  const { editor, document, cooperation, permissions } = screen;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const nameOf = (userId: string) =>
    cooperation.members.find((m) => m.userId === userId)?.displayName ?? userId;
  const mine = states.find((s) => s.party.id === cooperation.myPartyId);

  // No toast on success: the row turns "Disetujui" right here (announced by aria-live), and
  // toasts would pile up over the text while a party works through the Pasal.
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
      screen.reloadDocument();
    }
  };

  // The hash of the text on my screen: if the server's copy reads differently, it refuses.
  const approve = () => {
    const node = clauseNodes(editor.getJSON() as PMJSON).get(clause.id);
    if (!node || !mine) return;
    return run(() => approveClause(document.id, clause.id, clauseHash(node)));
  };
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
                    at: formatDateTime(approval.at, language),
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {document.status === 'draft' && mine && (
        <div className="approval-actions">
          {permissions.canApprove ? (
            <>
              {mine.state !== 'approved' && (
                <button type="button" className="button primary" disabled={busy} onClick={approve}>
                  {t(mine.state === 'stale' ? 'reapprove' : 'approve', { party: mine.party.shortName })}
                </button>
              )}
              {mine.state !== 'none' && (
                <button type="button" className="button quiet" disabled={busy} onClick={withdraw}>
                  {t('withdraw')}
                </button>
              )}
            </>
          ) : (
            <p className="muted small">{t('cannotApprove')}</p>
          )}
        </div>
      )}
      <ErrorNote error={error} />
    </section>
  );
}
