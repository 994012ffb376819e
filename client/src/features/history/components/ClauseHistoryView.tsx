import { useEffect, useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useDateTime } from '../../../i18n/format.ts';

import type { EditorScreen } from '../../editor/context.ts';
import { getClauseHistory } from '../api.ts';
import { useHistoryT } from '../messages.ts';
import { Authors } from './Author.tsx';
import { Diff } from './Diff.tsx';

/** Re-read the history this long after the last edit (edits are attributed in bursts). */
const REFRESH_AFTER_EDIT_MS = 1500;

/** One Pasal's history: each change with authors, time and a redline, then approvals and points. */
export function ClauseHistoryView({ screen, clauseId }: { screen: EditorScreen; clauseId: string }) {
  const t = useHistoryT();
  const dateTime = useDateTime();
  const [edits, setEdits] = useState(0);
  const history = useResource(`history:${screen.document.id}:${clauseId}:${edits}`, () =>
    getClauseHistory(screen.document.id, clauseId),
  );

  // After someone edits, the history grows: read it again once the burst is over.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setEdits((n) => n + 1), REFRESH_AFTER_EDIT_MS);
    };
    screen.editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      screen.editor.off('update', onUpdate);
    };
  }, [screen.editor]);

  const data = history.data;
  const at = dateTime;
  return (
    <section className="stack clause-history" aria-live="polite" aria-busy={history.loading}>
      <ErrorNote error={history.error} onRetry={history.reload} />
      {data && !data.clause.exists && <p className="muted small">{t('removedClause')}</p>}
      {data && data.entries.length === 0 && <p className="muted small">{t('noChanges')}</p>}
      {data && data.entries.length > 0 && (
        <ol className="history-entries">
          {data.entries.map((entry) => (
            <li key={`${entry.fromSeq}-${entry.toSeq}`} className={`history-entry ${entry.kind}`}>
              <div className="history-entry-head">
                <span className="badge">{t(`kind.${entry.kind}`)}</span>
                <Authors people={entry.authors} />
                <time className="muted small" dateTime={entry.at}>
                  {at(entry.at)}
                </time>
              </div>
              {entry.kind !== 'moved' && (
                <Diff ops={entry.ops} color={entry.authors[0]?.color} context={80} />
              )}
            </li>
          ))}
        </ol>
      )}
      {data && data.approvals.length > 0 && (
        <>
          <h3 className="history-subheading">{t('approvalsHeading')}</h3>
          <ul className="history-events">
            {data.approvals.map((a) => (
              <li key={`${a.partyId}-${a.at}`} className="small">
                {t('approvedBy', { party: a.partyName, name: a.by.displayName, at: at(a.at) })}
                {a.withdrawnAt && (
                  <span className="muted"> — {t('withdrawn', { at: at(a.withdrawnAt) })}</span>
                )}
                {!a.current && !a.withdrawnAt && <span className="muted"> — {t('notCurrent')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {data && data.points.length > 0 && (
        <>
          <h3 className="history-subheading">{t('pointsHeading')}</h3>
          <ul className="history-events">
            {data.points.map((p) => (
              <li key={p.id} className="small">
                <strong>{p.raisedBy}</strong> ({at(p.at)}): {p.text}
                {p.decision && <span className="muted"> — {p.decision}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
