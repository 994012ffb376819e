import type { CSSProperties } from 'react';
import { type MessageKey, useT } from '../../../i18n/index.ts';
import type { Party } from '../../cooperations/api.ts';
import type { PartyClauseState } from '../clauseStates.ts';

const LABEL: Record<PartyClauseState, MessageKey> = {
  approved: 'outline.state.approved',
  stale: 'outline.state.stale',
  none: 'outline.state.none',
};

/**
 * One small mark per party: filled in the party colour when approved, a dashed warning ring
 * when the text changed since, an empty ring when not yet. The party's initial is always in
 * it, so colour is never the only signal.
 */
export function ClauseStateDots({ states }: { states: { party: Party; state: PartyClauseState }[] }) {
  const t = useT();
  const text = states.map((s) => t(LABEL[s.state], { party: s.party.shortName })).join('; ');
  return (
    <span className="state-dots" role="img" aria-label={text} title={text}>
      {states.map(({ party, state }) => (
        <span
          key={party.id}
          className={`state-dot ${state}`}
          style={{ '--party': party.color } as CSSProperties}
        >
          {party.shortName.slice(0, 1).toUpperCase()}
        </span>
      ))}
    </span>
  );
}
