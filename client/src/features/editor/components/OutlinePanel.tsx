import { useMemo, useRef, useState } from 'react';
import { brokenReferences, type PMJSON } from '../../../../../shared/clauses.ts';
import { showToast } from '../../../app/toast.ts';
import { moveClauseBefore } from '../../../document/clauseCommands.ts';
import { jumpToClause } from '../../../document/jumpToClause.ts';
import { applyClauseMove } from '../../../document/moveClause.ts';
import { useT } from '../../../i18n/index.ts';
import { OutlineApprove } from '../../approvals/components/OutlineApprove.tsx';
import { OpenPointsBadge, useOpenPointCounts } from '../../points/components/OpenPointsBadge.tsx';
import { OverrideBadge } from '../../variants/components/OverrideBadge.tsx';
import { useLiveClauseStates, useOrderedParties } from '../clauseStates.ts';
import type { EditorScreen } from '../context.ts';
import { ClauseStateDots } from './ClauseStateDots.tsx';

/** One line of the outline: a BAB heading or a Pasal. */
type Entry =
  | { kind: 'chapter'; id: string; label: string; title: string; index: number }
  | { kind: 'clause'; id: string; number: number; heading: string; index: number };

/**
 * Kerangka: every Pasal with its number, heading and each party's state; click to jump,
 * drag or Alt+↑/↓ to reorder (a real move in the shared document, live for everyone).
 */
export function OutlinePanel({ screen }: { screen: EditorScreen }) {
  const { editor, outline, editable, currentClauseId, document, cooperation } = screen;
  const openPoints = useOpenPointCounts(cooperation.id, document.id);
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropBefore, setDropBefore] = useState<string | null>(null);
  const parties = useOrderedParties(cooperation.parties);
  const states = useLiveClauseStates(editor, document, outline.clauses, parties);
  const broken = useMemo(
    () => brokenReferences(editor.getJSON() as PMJSON, outline).length,
    [outline, editor],
  );

  const entries: Entry[] = [
    ...outline.chapters.map((c) => ({
      kind: 'chapter' as const,
      id: c.id,
      label: `BAB ${c.roman}`,
      title: c.title,
      index: c.index,
    })),
    ...outline.clauses.map((c) => ({
      kind: 'clause' as const,
      id: c.id,
      number: c.number,
      heading: c.heading,
      index: c.index,
    })),
  ].sort((a, b) => a.index - b.index);
  const clauseIds = outline.clauses.map((c) => c.id);

  const jump = (id: string) => jumpToClause(editor, id);

  const move = (id: string, beforeId: string | null) => {
    const planned = moveClauseBefore(editor.state, id, beforeId);
    if (!planned) return false;
    applyClauseMove(editor, planned);
    return true;
  };

  const moveByKey = (id: string, direction: -1 | 1) => {
    const i = clauseIds.indexOf(id);
    const target = direction < 0 ? clauseIds[i - 1] : clauseIds[i + 2];
    if (direction < 0 && !target) return;
    if (direction > 0 && i === clauseIds.length - 1) return;
    if (move(id, target ?? null)) {
      const number = clauseIds.indexOf(id) + direction + 1;
      showToast(t('outline.moved', { number }));
      requestAnimationFrame(() =>
        listRef.current?.querySelector<HTMLElement>(`[data-outline-id="${id}"]`)?.focus(),
      );
    }
  };

  return (
    <nav className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading" className="column-heading">
        {t('outline.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="muted small outline-empty">{t('outline.empty')}</p>
      ) : (
        <ol className="outline-list" ref={listRef}>
          {entries.map((entry) =>
            entry.kind === 'chapter' ? (
              <li key={entry.id} className="outline-chapter">
                <button type="button" onClick={() => jump(entry.id)}>
                  <span className="outline-number">{entry.label}</span> {entry.title}
                </button>
              </li>
            ) : (
              <li
                key={entry.id}
                className={`outline-clause${entry.id === currentClauseId ? ' current' : ''}${dropBefore === entry.id ? ' drop-before' : ''}${dragging === entry.id ? ' dragging' : ''}`}
                draggable={editable}
                onDragStart={(e) => {
                  e.dataTransfer.setData('text/x-sepakat-clause', entry.id);
                  e.dataTransfer.effectAllowed = 'move';
                  setDragging(entry.id);
                }}
                onDragEnd={() => {
                  setDragging(null);
                  setDropBefore(null);
                }}
                onDragOver={(e) => {
                  if (!dragging) return;
                  e.preventDefault();
                  setDropBefore(entry.id);
                }}
                onDrop={(e) => {
                  e.preventDefault();
                  const id = e.dataTransfer.getData('text/x-sepakat-clause') || dragging;
                  if (id) move(id, entry.id);
                  setDragging(null);
                  setDropBefore(null);
                }}
              >
                <button
                  type="button"
                  data-outline-id={entry.id}
                  aria-current={entry.id === currentClauseId ? 'location' : undefined}
                  onClick={() => jump(entry.id)}
                  onKeyDown={(e) => {
                    if (!e.altKey || !editable) return;
                    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                      e.preventDefault();
                      moveByKey(entry.id, e.key === 'ArrowUp' ? -1 : 1);
                    }
                  }}
                >
                  <span className="outline-number">Pasal {entry.number}</span>
                  <span className="outline-heading">{entry.heading || t('outline.noHeading')}</span>
                </button>
                <OverrideBadge clauseId={entry.id} />
                <OpenPointsBadge count={openPoints.get(entry.id)} />
                <ClauseStateDots states={states.get(entry.id) ?? []} />
                <OutlineApprove
                  screen={screen}
                  clauseId={entry.id}
                  number={entry.number}
                  mine={states.get(entry.id)?.find((s) => s.party.id === cooperation.myPartyId)}
                />
              </li>
            ),
          )}
          {editable && dragging && (
            <li
              className={`outline-drop-end${dropBefore === null ? ' active' : ''}`}
              onDragOver={(e) => {
                e.preventDefault();
                setDropBefore(null);
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragging) move(dragging, null);
                setDragging(null);
              }}
            />
          )}
        </ol>
      )}
      {broken > 0 && (
        <p className="outline-warning" role="alert">
          {t('outline.brokenRefs', { count: broken })}
        </p>
      )}
      {editable && entries.length > 1 && <p className="muted small outline-hint">{t('outline.hint')}</p>}
    </nav>
  );
}
