import type { EditorScreen } from '../../editor/context.ts';
import { useHistoryT } from '../messages.ts';
import { ClauseHistoryView } from './ClauseHistoryView.tsx';
import { ImportReply } from './ImportReply.tsx';
import { RoundsSection } from './RoundsSection.tsx';
import { SuggestionDecisions } from './SuggestionDecisions.tsx';
import { VersionsList } from './VersionsList.tsx';
import '../history.css';

/**
 * The Riwayat tab: the history of the Pasal holding the cursor (who changed what, when, with
 * the words before and after), the negotiation rounds, the suggestions decided, the import of a
 * Word reply, then the document's versions with links to compare them.
 */
export function HistoryPanel({ screen }: { screen: EditorScreen }) {
  const t = useHistoryT();
  const clause = screen.outline.clauses.find((c) => c.id === screen.currentClauseId) ?? null;
  return (
    <div className="stack history-panel">
      <section className="stack">
        <h2 className="panel-heading">{t('heading')}</h2>
        {clause ? (
          <>
            <h3 className="history-subheading">
              {t('clauseTitle', { number: clause.number })}
              {clause.heading && <span className="muted"> — {clause.heading}</span>}
            </h3>
            <ClauseHistoryView screen={screen} clauseId={clause.id} />
          </>
        ) : (
          <p className="muted small">{t('noClause')}</p>
        )}
      </section>
      <RoundsSection screen={screen} />
      <SuggestionDecisions screen={screen} />
      <ImportReply screen={screen} />
      <VersionsList screen={screen} />
    </div>
  );
}
