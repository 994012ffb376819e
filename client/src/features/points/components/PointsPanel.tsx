import { useState } from 'react';
import type { EditorScreen } from '../../editor/context.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { useRecordLock } from '../../meetings/useRecordLock.ts';
import { clauseLabelIn, showAnchor, usePoints } from '../usePoints.ts';
import { PointList } from './PointList.tsx';
import { RaisePointForm } from './RaisePointForm.tsx';
import '../../meetings/meetings.css';

/**
 * The editor's Poin tab: the discussion points of the clause holding the cursor (or of the
 * whole document), live; a new point from the selection with Ctrl+Alt+M.
 */
export function PointsPanel({ screen }: { screen: EditorScreen }) {
  const t = useMeetingsT();
  const { cooperation, document, outline, currentClauseId, editor, permissions } = screen;
  const [all, setAll] = useState(false);
  const { data } = usePoints(cooperation.id, { documentId: document.id });
  const shown = (data ?? []).filter((p) => all || !currentClauseId || p.clauseId === currentClauseId);
  const current = outline.clauses.find((c) => c.id === currentClauseId);
  const recordLocked = useRecordLock(cooperation.id);

  return (
    <div className="stack points-panel">
      {permissions.canComment && (
        <RaisePointForm
          cooperation={cooperation}
          documentId={document.id}
          editor={editor}
          clauseId={currentClauseId}
          clauseLabel={current ? `Pasal ${current.number} — ${current.heading}` : null}
        />
      )}
      <div className="segmented" role="radiogroup">
        <label>
          <input type="radio" checked={!all} onChange={() => setAll(false)} />
          {t('points.thisClause')}
        </label>
        <label>
          <input type="radio" checked={all} onChange={() => setAll(true)} />
          {t('points.allInDocument')}
        </label>
      </div>
      <PointList
        points={shown}
        loaded={Boolean(data)}
        cooperation={cooperation}
        cardProps={(p) => ({
          clauseLabel: clauseLabelIn(outline, p),
          onShow: showAnchor,
          recordLocked: recordLocked(p),
        })}
      />
    </div>
  );
}
