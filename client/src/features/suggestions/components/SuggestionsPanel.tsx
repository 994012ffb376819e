import { useState } from 'react';
import type { SuggestionSummary } from '../../../../../shared/suggestions/index.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { EditorScreen } from '../../editor/context.ts';
import { RaisePointForm } from '../../points/components/RaisePointForm.tsx';
import { usePoints } from '../../points/usePoints.ts';
import { useSuggestionsT } from '../messages.ts';
import { authorOf, byClause } from '../review.ts';
import { useSuggestionRights } from '../rights.ts';
import { useDecision } from '../useDecision.ts';
import { useLiveSuggestions } from '../useLiveSuggestions.ts';
import { BulkDecision } from './BulkDecision.tsx';
import { StaleConfirm } from './StaleConfirm.tsx';
import { SuggestionCard } from './SuggestionCard.tsx';
import '../suggestions.css';

/**
 * The editor's Usulan tab: the pending suggestions of the live document per Pasal, with who
 * proposed them and when, what they change and the points that discuss them; accept, reject or
 * withdraw one, a Pasal's, a party's or all, as far as the member may.
 */
export function SuggestionsPanel({ screen }: { screen: EditorScreen }) {
  const t = useSuggestionsT();
  const { editor, outline, cooperation, document, permissions } = screen;
  /** The suggestion whose "Ajukan poin" form is open. */
  const [raising, setRaising] = useState<string | null>(null);
  const suggestions = useLiveSuggestions(editor);
  const rightOf = useSuggestionRights(screen);
  const decision = useDecision(document.id);
  const { data: points } = usePoints(cooperation.id, { documentId: document.id });
  const groups = byClause(suggestions, outline);
  const decidable = suggestions.filter((s) => rightOf(s) === 'decide');
  // Rejecting a set withdraws the member's own suggestions in it too, as the server does.
  const countOf = (list: SuggestionSummary[]) => ({
    accept: list.filter((s) => rightOf(s) === 'decide').length,
    reject: list.filter((s) => rightOf(s) !== 'none').length,
  });
  const otherParties = [...cooperation.parties]
    .sort((a, b) => a.ordinal - b.ordinal)
    .filter((p) => decidable.some((s) => s.party === p.id));

  return (
    <div className="stack suggestions-panel">
      <p className="small" data-testid="suggestion-count">
        {suggestions.length ? t('panel.count', { n: suggestions.length }) : t('panel.empty')}
      </p>
      {decidable.length > 0 && (
        <BulkDecision
          label={t('panel.all')}
          count={countOf(suggestions)}
          busy={decision.busy}
          onDecide={(d, asker) => decision.send(d, {}, false, asker)}
        />
      )}
      {otherParties.length > 1 &&
        otherParties.map((p) => (
          <BulkDecision
            key={p.id}
            label={t('panel.party', { party: p.shortName })}
            count={countOf(suggestions.filter((s) => s.party === p.id))}
            busy={decision.busy}
            onDecide={(d, asker) => decision.send(d, { party: p.id }, false, asker)}
          />
        ))}
      <ErrorNote error={decision.error} />
      {groups.map((g) => {
        const title = g.clause ? `Pasal ${g.clause.number} — ${g.clause.heading}` : t('panel.outside');
        const mine = g.suggestions.filter((s) => rightOf(s) === 'decide');
        return (
          <section key={g.clauseId ?? 'outside'} className="suggestion-group" data-clause={g.clauseId ?? ''}>
            <h3 className="section-label">{title}</h3>
            {g.clauseId && mine.length > 1 && (
              <BulkDecision
                label={t('panel.clause', { clause: g.clause ? `Pasal ${g.clause.number}` : '' })}
                count={countOf(g.suggestions)}
                busy={decision.busy}
                onDecide={(d, asker) => decision.send(d, { clauseId: g.clauseId ?? undefined }, false, asker)}
              />
            )}
            <ul className="suggestion-list">
              {g.suggestions.map((s) => (
                <SuggestionCard
                  key={s.id}
                  suggestion={s}
                  author={authorOf(s, cooperation.members, cooperation.parties)}
                  right={rightOf(s)}
                  points={(points ?? []).filter((p) => p.suggestionId === s.id)}
                  busy={decision.busy}
                  onDecide={(d) => decision.send(d, { ids: [s.id] })}
                  onRaisePoint={
                    permissions.canComment ? () => setRaising(raising === s.id ? null : s.id) : undefined
                  }
                  pointForm={
                    raising === s.id && (
                      <RaisePointForm
                        cooperation={cooperation}
                        documentId={document.id}
                        editor={editor}
                        clauseId={s.clauseId}
                        clauseLabel={g.clause ? `Pasal ${g.clause.number} — ${g.clause.heading}` : null}
                        suggestionId={s.id}
                        onRaised={() => setRaising(null)}
                      />
                    )
                  }
                />
              ))}
            </ul>
          </section>
        );
      })}
      <StaleConfirm
        held={decision.held}
        busy={decision.busy}
        onConfirm={decision.confirm}
        onCancel={decision.dismiss}
      />
    </div>
  );
}
