import { useMemo } from 'react';
import { clauseStates, useLiveHashes } from '../../editor/clauseStates.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useApprovalsT } from '../messages.ts';
import { ClauseApprovals } from './ClauseApprovals.tsx';
import { LifecycleActions } from './LifecycleActions.tsx';
import '../approvals.css';

/**
 * The Persetujuan tab: how far the parties have come (Pasal agreed by all), the approvals of
 * the Pasal holding the cursor with my party's Approve / Withdraw, and the document's
 * lifecycle (finalise, reopen, sign). States use the live text: an edit shows at once.
 */
export function ApprovalsPanel({ screen }: { screen: EditorScreen }) {
  const t = useApprovalsT();
  const { editor, document, cooperation, outline, currentClauseId } = screen;
  const liveHashes = useLiveHashes(editor, document);
  const parties = useMemo(
    () => [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal),
    [cooperation.parties],
  );
  const states = useMemo(
    () =>
      clauseStates(
        outline.clauses.map((c) => c.id),
        document,
        parties,
        liveHashes,
      ),
    [outline, document, parties, liveHashes],
  );
  const total = outline.clauses.length;
  const agreed = outline.clauses.filter((c) => states.get(c.id)?.every((s) => s.state === 'approved')).length;
  const current = outline.clauses.find((c) => c.id === currentClauseId) ?? null;

  return (
    <div className="stack approvals-panel">
      <section className="stack">
        <h2 className="panel-heading">{t('heading')}</h2>
        <p className="muted small">{t('intro')}</p>
        <label className="approvals-progress">
          <span>{t('progress', { agreed, total })}</span>
          <progress max={Math.max(total, 1)} value={agreed} />
        </label>
      </section>
      {current ? (
        <ClauseApprovals
          screen={screen}
          clause={current}
          approvals={document.clauses.find((c) => c.id === current.id)?.approvals ?? []}
          states={states.get(current.id) ?? []}
        />
      ) : (
        <p className="muted small">{t('noClause')}</p>
      )}
      <LifecycleActions screen={screen} />
    </div>
  );
}
