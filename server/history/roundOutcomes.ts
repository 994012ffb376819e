import type { RoundOutcome } from '../../shared/api/rounds.ts';
import { clauseNodes, type PMJSON } from '../../shared/clauses.ts';
import { MARK, NODE } from '../../shared/schema/names.ts';
import {
  decideSuggestions,
  listSuggestions,
  type SuggestionSummary,
} from '../../shared/suggestions/index.ts';
import { wordOps } from './text.ts';

const FORMAT_TAGS: Record<string, string> = { [MARK.bold]: 'b', [MARK.italic]: 'i', [MARK.underline]: 'u' };

/**
 * The text of a node as words to compare: paragraphs apart, bold, italic and underline shown
 * around their runs (a format change shows in them), suggestion marks left out (their text is
 * what counts).
 */
function comparable(node: PMJSON): string {
  if (node.type === NODE.text) {
    const tags = (node.marks ?? []).map((m) => FORMAT_TAGS[m.type]).filter(Boolean);
    const text = node.text ?? '';
    return tags.length ? `⟦${tags.sort().join('')}⟧${text}⟦/⟧` : text;
  }
  const parts = (node.content ?? []).map(comparable);
  const blocks = (node.content ?? []).some((c) => c.content);
  return blocks ? parts.join('\n¶\n') : parts.join('');
}

/** How much of two texts differs: the characters the word diff inserts or deletes. */
function distance(a: string, b: string): number {
  return wordOps(a, b).reduce((n, op) => (op.op === 'equal' ? n : n + op.text.length), 0);
}

const WHOLE_BLOCKS = new Set<string>([NODE.clause, NODE.chapter]);

/**
 * What became of each of `proposed` (suggestions in the text `from`) by the text `until`, read
 * from the texts alone: still there is pending; gone, it was accepted when `until` reads closer
 * to the text with it accepted than with it rejected, else rejected. Each is judged in its Pasal
 * (the whole body for a suggestion outside any Pasal, one on a whole Pasal or BAB, or one whose
 * Pasal is gone), so other changes elsewhere weigh nothing. A withdrawal reads as a rejection.
 */
export function outcomesByComparison(
  from: PMJSON,
  until: PMJSON,
  proposed: SuggestionSummary[],
): Map<string, RoundOutcome> {
  const stillThere = new Set(listSuggestions(until).map((s) => s.id));
  const fromClauses = clauseNodes(from);
  const untilClauses = clauseNodes(until);
  const outcomes = new Map<string, RoundOutcome>();
  for (const s of proposed) {
    if (stillThere.has(s.id)) {
      outcomes.set(s.id, 'pending');
      continue;
    }
    const inClause = s.clauseId && !s.blocks.some((b) => WHOLE_BLOCKS.has(b.type));
    const before = inClause ? fromClauses.get(s.clauseId!) : undefined;
    const after = inClause ? untilClauses.get(s.clauseId!) : undefined;
    const [scopeFrom, scopeUntil] = before && after ? [before, after] : [from, until];
    const only = (stamp: { id: string }) => stamp.id === s.id;
    const now = comparable(scopeUntil);
    const accepted = distance(comparable(decideSuggestions(scopeFrom, 'accept', only)), now);
    const rejected = distance(comparable(decideSuggestions(scopeFrom, 'reject', only)), now);
    outcomes.set(s.id, accepted <= rejected ? 'accepted' : 'rejected');
  }
  return outcomes;
}

/** A decision the server recorded on a suggestion, as {@link recordedOutcomes} reads it. */
export interface RecordedDecision {
  suggestionId: string;
  decision: 'accept' | 'reject' | 'withdraw';
  /** When (ms). */
  at: number;
}

const RECORDED: Record<RecordedDecision['decision'], RoundOutcome> = {
  accept: 'accepted',
  reject: 'rejected',
  withdraw: 'withdrawn',
};

/**
 * What became of each of `proposed` by `untilMs`, from the decisions the server recorded
 * (`suggestion_decisions`, newest first): the latest decision on it made by then. Suggestions no
 * decision names (decided by writing the text directly) are left out, for
 * {@link outcomesByComparison} to judge.
 */
export function recordedOutcomes(
  decisions: RecordedDecision[],
  proposed: SuggestionSummary[],
  untilMs: number,
): Map<string, RoundOutcome> {
  const wanted = new Set(proposed.map((s) => s.id));
  const outcomes = new Map<string, RoundOutcome>();
  for (const d of decisions) {
    if (d.at > untilMs || !wanted.has(d.suggestionId) || outcomes.has(d.suggestionId)) continue;
    outcomes.set(d.suggestionId, RECORDED[d.decision]);
  }
  return outcomes;
}
