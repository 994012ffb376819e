import type { CSSProperties } from 'react';
import type { Party } from '../api.ts';

/**
 * A party in its colour, with its initial beside the colour so colour is never the only signal;
 * `compact` shows the initial alone, the name kept for screen readers and the tooltip.
 */
export function PartyChip({
  party,
  compact = false,
}: {
  party: Pick<Party, 'name' | 'shortName' | 'color'>;
  compact?: boolean;
}) {
  return (
    <span className="party-chip" style={{ '--party': party.color } as CSSProperties} title={party.name}>
      <span className="initial" aria-hidden="true">
        {party.shortName.slice(0, 1).toUpperCase()}
      </span>
      <span className={compact ? 'visually-hidden' : 'label'}>{party.shortName}</span>
    </span>
  );
}

/** The parties of a cooperation as a row of chips, in their order in the agreement. */
export function PartyChips({
  parties,
  label,
}: {
  parties: Pick<Party, 'id' | 'ordinal' | 'name' | 'shortName' | 'color'>[];
  /** The list's accessible name. */
  label: string;
}) {
  return (
    <ul className="chip-row" aria-label={label}>
      {[...parties]
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((p) => (
          <li key={p.id}>
            <PartyChip party={p} />
          </li>
        ))}
    </ul>
  );
}
