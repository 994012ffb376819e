import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useDateTime } from '../../../i18n/format.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { authorOf } from '../../suggestions/review.ts';
import type { PersonDTO } from '../api.ts';
import { getSuggestionDecisions, type SuggestionDecisionDTO } from '../decisionsApi.ts';
import { useDecisionsT } from '../decisionsMessages.ts';
import { Author } from './Author.tsx';
import { SuggestedText } from './SuggestedText.tsx';

/** A member and party as the history shows them, from the cooperation the editor already has. */
function usePerson(screen: EditorScreen) {
  const t = useDecisionsT();
  const { members, parties } = screen.cooperation;
  return (userId: string, partyId: string): PersonDTO => {
    const { name, party } = authorOf({ user: userId, party: partyId }, members, parties);
    return {
      userId,
      displayName: name ?? t('unknown'),
      partyId,
      partyName: party?.name ?? null,
      partyShortName: party?.shortName ?? null,
      color: party?.color ?? null,
    };
  };
}

/** One decision: who decided it and when, the outcome, its Pasal and the text it proposed. */
function DecisionRow({ screen, decision: d }: { screen: EditorScreen; decision: SuggestionDecisionDTO }) {
  const t = useDecisionsT();
  const dateTime = useDateTime();
  const person = usePerson(screen);
  const clause = d.clauseId ? screen.outline.clauses.find((c) => c.id === d.clauseId) : undefined;
  const where = clause
    ? t('clause', { number: clause.number })
    : d.clauseId
      ? t('removedClause')
      : t('outside');
  const proposer = person(d.author.userId, d.author.partyId);
  return (
    <li className="version-row decision-row" data-decision={d.decision} data-suggestion={d.suggestionId}>
      <div className="version-row-head">
        <span className={`badge decision-${d.decision}`}>{t(`decision.${d.decision}`)}</span>
        <strong>{where}</strong>
      </div>
      <div className="version-row-meta small muted">
        <Author person={person(d.userId, d.partyId)} />
        <time dateTime={d.at}>{dateTime(d.at)}</time>
      </div>
      <SuggestedText deleted={d.deleted} inserted={d.inserted} max={120} />
      <p className="small muted">
        {d.decision !== 'withdraw' && t('proposedBy', { name: proposer.displayName })}
        {d.confirmedStale && ` · ${t('stale')}`}
      </p>
    </li>
  );
}

/**
 * The Riwayat tab's suggestion decisions, newest first: who accepted, rejected or withdrew which
 * suggestion, when, in which Pasal, and the text it proposed. Read again when a decision is made.
 */
export function SuggestionDecisions({ screen }: { screen: EditorScreen }) {
  const t = useDecisionsT();
  const { document, cooperation } = screen;
  const decisions = useResource(`suggestion-decisions:${document.id}`, () =>
    getSuggestionDecisions(document.id),
  );
  useCooperationEvents(cooperation.id, (e) => {
    if (e.type === 'stream.reset' || (e.type === 'suggestions.decided' && e.documentId === document.id)) {
      decisions.reload();
    }
  });
  const list = decisions.data?.decisions ?? [];
  return (
    <section className="stack suggestion-decisions" aria-labelledby="suggestion-decisions-heading">
      <h2 className="panel-heading" id="suggestion-decisions-heading">
        {t('heading')}
      </h2>
      <ErrorNote error={decisions.error} onRetry={decisions.reload} />
      {decisions.data && list.length === 0 && <p className="muted small">{t('none')}</p>}
      <ol className="version-list decision-list">
        {list.map((d) => (
          <DecisionRow key={d.id} screen={screen} decision={d} />
        ))}
      </ol>
    </section>
  );
}
