import { useMemo } from 'react';
import {
  itemStates,
  useLiveClauseStates,
  useLivePartHashes,
  useOrderedParties,
} from '../../editor/clauseStates.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useLiveSuggestions } from '../../suggestions/useLiveSuggestions.ts';
import { overallState } from '../finaliseGate.ts';
import { useApprovalsT } from '../messages.ts';
import { ApproveAll } from './ApproveAll.tsx';
import { ClauseApprovals } from './ClauseApprovals.tsx';
import { LifecycleActions } from './LifecycleActions.tsx';
import { PartApprovals } from './PartApprovals.tsx';
import '../approvals.css';

/**
 * The Persetujuan tab: how far the parties have come (Pasal agreed by all, and beside it the
 * parts outside the Pasal), the approvals of the Pasal holding the cursor and of every part
 * with my party's Approve / Withdraw, and the document's lifecycle (finalise, reopen, sign).
 * States use the live text: an edit shows at once; other parties' approvals arrive by the
 * event stream (the editor page reads the document again on `approval.changed`).
 */
export function ApprovalsPanel({ screen }: { screen: EditorScreen }) {
  const t = useApprovalsT();
  const { editor, session, document, cooperation, outline, currentClauseId } = screen;
  const parties = useOrderedParties(cooperation.parties);
  const livePartHashes = useLivePartHashes(editor, session.ydoc, document, parties);
  const states = useLiveClauseStates(editor, document, outline.clauses, parties);
  const partStates = useMemo(
    () =>
      itemStates(
        (document.parts ?? []).map((p) => p.id),
        document.parts ?? [],
        parties,
        livePartHashes,
      ),
    [document, parties, livePartHashes],
  );
  const agreedAll = (id: string, of: typeof states) => of.get(id)?.every((s) => s.state === 'approved');
  const total = outline.clauses.length;
  const agreed = outline.clauses.filter((c) => agreedAll(c.id, states)).length;
  const partsTotal = document.parts?.length ?? 0;
  const partsAgreed = (document.parts ?? []).filter((p) => agreedAll(p.id, partStates)).length;
  const current = outline.clauses.find((c) => c.id === currentClauseId) ?? null;
  const suggestions = useLiveSuggestions(editor);
  const pendingHere = current ? suggestions.filter((s) => s.clauseId === current.id).length : 0;
  const items = useMemo(
    () => ({
      clauses: outline.clauses.map((c) => ({ state: overallState(states.get(c.id) ?? []) })),
      parts: (document.parts ?? []).map((p) => ({ state: overallState(partStates.get(p.id) ?? []) })),
    }),
    [outline, document, states, partStates],
  );

  return (
    <div className="stack approvals-panel">
      <section className="stack">
        <h2 className="panel-heading">{t('heading')}</h2>
        <p className="muted small">{t('intro')}</p>
        <label className="approvals-progress" data-testid="pasal-progress">
          <span>{t('progress', { agreed, total })}</span>
          <progress max={Math.max(total, 1)} value={agreed} />
        </label>
        {partsTotal > 0 && (
          <label className="approvals-progress" data-testid="parts-progress">
            <span>{t('partsProgress', { agreed: partsAgreed, total: partsTotal })}</span>
            <progress max={partsTotal} value={partsAgreed} />
          </label>
        )}
        <ApproveAll screen={screen} states={states} partStates={partStates} />
      </section>
      {current ? (
        <ClauseApprovals
          screen={screen}
          clause={current}
          approvals={document.clauses.find((c) => c.id === current.id)?.approvals ?? []}
          states={states.get(current.id) ?? []}
          pending={pendingHere}
        />
      ) : (
        <p className="muted small">{t('noClause')}</p>
      )}
      <PartApprovals screen={screen} states={partStates} liveHashes={livePartHashes} />
      <LifecycleActions screen={screen} items={items} />
    </div>
  );
}
