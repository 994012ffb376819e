import { shortLabel } from '../../../../../shared/signedParts.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useLanguage } from '../../../i18n/index.ts';
import type { PartyStates } from '../../editor/clauseStates.ts';
import { ClauseStateDots } from '../../editor/components/ClauseStateDots.tsx';
import type { EditorScreen } from '../../editor/context.ts';
import { approvePart, withdrawPartApproval } from '../api.ts';
import { overallState } from '../finaliseGate.ts';
import { useApprovalsT } from '../messages.ts';
import { useApprovalAction } from '../useApprovalAction.ts';
import { ApprovalButtons } from './ApprovalButtons.tsx';

interface Props {
  screen: EditorScreen;
  /** Each party's state on each part, by part id. */
  states: Map<string, PartyStates>;
  /** Part hashes computed from my own copy (opening, arrangement, closing, printed details). */
  liveHashes: Map<string, string>;
}

/**
 * What is printed and signed besides the Pasal — the opening, the arrangement and text outside
 * any Pasal, the closing, the printed details, the parties and a PKS's annex — each with every
 * party's state and my party's Approve / Withdraw. I approve what I see: the hash of my own copy
 * where the browser can compute it, otherwise the server's.
 */
export function PartApprovals({ screen, states, liveHashes }: Props) {
  const t = useApprovalsT();
  const language = useLanguage((s) => s.language);
  const { document, cooperation } = screen;
  const { busy, error, run } = useApprovalAction(screen);
  if (!document.parts?.length) return null;

  return (
    <section className="stack part-approvals" aria-live="polite">
      <h3 className="clause-approvals-title">{t('partsHeading')}</h3>
      <p className="muted small">{t('partsIntro')}</p>
      <ul className="part-rows">
        {document.parts.map((part) => {
          const partyStates = states.get(part.id) ?? [];
          const mine = partyStates.find((s) => s.party.id === cooperation.myPartyId);
          const name = shortLabel(part.label)[language];
          const approve = () =>
            run(() => approvePart(document.id, part.id, liveHashes.get(part.id) ?? part.hash));
          const withdraw = () => run(() => withdrawPartApproval(document.id, part.id));
          return (
            <li key={part.id} className="part-row" data-part={part.id} data-state={overallState(partyStates)}>
              <div className="part-row-head">
                <span className="part-name" title={part.label[language]}>
                  {name}
                </span>
                <ClauseStateDots states={partyStates} />
              </div>
              {mine && <span className="muted small">{t(`state.${mine.state}`)}</span>}
              <ApprovalButtons
                screen={screen}
                mine={mine}
                busy={busy}
                onApprove={approve}
                onWithdraw={withdraw}
                item={name}
              />
            </li>
          );
        })}
      </ul>
      <ErrorNote error={error} />
    </section>
  );
}
