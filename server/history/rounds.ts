import type { RoundCounts, RoundDTO, RoundOutcome } from '../../shared/api/rounds.ts';
import { outlineOf, type PMJSON } from '../../shared/clauses.ts';
import { listSuggestions } from '../../shared/suggestions/index.ts';
import type { AppContext } from '../context.ts';
import { listParties, type PartyRecord } from '../db/repos/parties.ts';
import { iso } from '../db/repos/sql.ts';
import { listSuggestionDecisions, type SuggestionDecision } from '../db/repos/suggestionDecisions.ts';
import type { People } from './people.ts';
import { CURRENT, resolvePoint } from './pointInTime.ts';
import { stateAt } from './reconstruct.ts';
import { outcomesByComparison, recordedOutcomes } from './roundOutcomes.ts';
import { listRounds, type RoundRecord } from './roundsRepo.ts';
import { findVersion, type VersionRecord } from './versionsRepo.ts';

/** The default name of a round: "Putaran 2 — dikirim oleh Ombudsman RI". */
export const defaultRoundLabel = (number: number, partyShortName: string) =>
  `Putaran ${number} — dikirim oleh ${partyShortName}`;

type RoundsContext = Pick<AppContext, 'db' | 'collab' | 'store'>;

function countOf(outcomes: RoundOutcome[]): RoundCounts {
  const counts: RoundCounts = {
    proposed: outcomes.length,
    accepted: 0,
    rejected: 0,
    withdrawn: 0,
    pending: 0,
  };
  for (const o of outcomes) counts[o] += 1;
  return counts;
}

/** The text a round's outcomes are read at: the next round's, or the text now (`at` Infinity). */
export interface RoundUntil {
  ref: string;
  body: PMJSON;
  at: number;
}

/**
 * One round as the API lists it: the suggestions its party had in the text it sent, and what
 * became of each by `until` (the next round's text, or the text now): still in the text is
 * pending; gone, the decision the server recorded, or else what the text shows.
 */
export function presentRound(
  round: RoundRecord,
  version: VersionRecord,
  sent: PMJSON,
  until: RoundUntil,
  decisions: SuggestionDecision[],
  party: PartyRecord | undefined,
  people: People,
): RoundDTO {
  const proposed = listSuggestions(sent).filter((s) => s.party === round.partyId);
  const outcomes = outcomesByComparison(sent, until.body, proposed);
  const recorded = recordedOutcomes(decisions, proposed, until.at);
  let fromText = false;
  for (const [id, outcome] of outcomes) {
    if (outcome === 'pending') continue;
    const known = recorded.get(id);
    if (known) outcomes.set(id, known);
    else fromText = true;
  }
  const numbers = new Map(outlineOf(sent).clauses.map((c) => [c.id, c.number]));
  const suggestions = proposed.map((s) => ({
    id: s.id,
    clauseId: s.clauseId,
    clauseNumber: s.clauseId ? (numbers.get(s.clauseId) ?? null) : null,
    author: people(s.user),
    ts: s.ts,
    inserted: s.inserted,
    deleted: s.deleted,
    formats: s.formats,
    blocks: s.blocks.length,
    outcome: outcomes.get(s.id) ?? 'pending',
  }));
  return {
    number: round.number,
    versionId: version.id,
    label: version.label,
    seq: version.seq,
    at: iso(version.at),
    party: {
      id: round.partyId,
      name: party?.name ?? '',
      shortName: party?.shortName ?? '',
      color: party?.color ?? null,
    },
    by: round.userId ? people(round.userId) : null,
    limitOtherParty: round.limitOtherParty,
    proposed: suggestions,
    counts: countOf(suggestions.map((s) => s.outcome)),
    until: until.ref,
    outcomesFrom: fromText ? 'comparison' : 'record',
  };
}

/** The rounds of a document, oldest first, each with what it proposed and what became of it. */
export async function documentRounds(
  ctx: RoundsContext,
  document: { id: string; cooperationId: string },
  people: People,
): Promise<RoundDTO[]> {
  const rounds = listRounds(ctx.db, document.id)
    .map((round) => ({ round, version: findVersion(ctx.db, document.id, round.versionId) }))
    .filter((r): r is { round: RoundRecord; version: VersionRecord } => r.version !== null);
  if (rounds.length === 0) return [];
  const parties = new Map(listParties(ctx.db, document.cooperationId).map((p) => [p.id, p]));
  const now = await resolvePoint(ctx, document.id, CURRENT);
  const decisions = listSuggestionDecisions(ctx.db, document.id);
  return rounds.map(({ round, version }, i) => {
    const next = rounds[i + 1]?.version;
    const until: RoundUntil = next
      ? { ref: next.id, body: stateAt(ctx.db, document.id, next.seq).body, at: next.at }
      : { ref: CURRENT, body: now.state.body, at: Number.POSITIVE_INFINITY };
    const sent = stateAt(ctx.db, document.id, version.seq).body;
    return presentRound(round, version, sent, until, decisions, parties.get(round.partyId), people);
  });
}
