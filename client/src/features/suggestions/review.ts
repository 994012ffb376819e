import type { DocumentOutline } from '../../../../shared/clauses.ts';
import type { SuggestionSummary } from '../../../../shared/suggestions/index.ts';

/** The suggestions of one Pasal (or of the text outside any Pasal: `clauseId` null), in document order. */
export interface ClauseSuggestions {
  clauseId: string | null;
  /** The Pasal's number and heading from the live outline; null outside the Pasal. */
  clause: { number: number; heading: string } | null;
  suggestions: SuggestionSummary[];
}

/**
 * The suggestions grouped by Pasal in the order the text shows them: a group per Pasal at its
 * first suggestion, and the text outside the Pasal (opening, closing) as a group of its own.
 */
export function byClause(suggestions: SuggestionSummary[], outline: DocumentOutline): ClauseSuggestions[] {
  const groups = new Map<string | null, ClauseSuggestions>();
  for (const s of suggestions) {
    let group = groups.get(s.clauseId);
    if (!group) {
      const c = s.clauseId ? outline.clauses.find((x) => x.id === s.clauseId) : undefined;
      group = {
        clauseId: s.clauseId,
        clause: c ? { number: c.number, heading: c.heading } : null,
        suggestions: [],
      };
      groups.set(s.clauseId, group);
    }
    group.suggestions.push(s);
  }
  return [...groups.values()];
}

/** What the signed-in member may do with one suggestion: decide it (another party's) or withdraw it (their own). */
export type SuggestionRight = 'decide' | 'withdraw' | 'none';

/**
 * Whether `me` may accept and reject `s`, or only withdraw it, by the rule the server applies
 * (`suggestion.decide` in shared/policies.ts): `mayDecide` asks the policy for one decision.
 */
export function rightOver(
  s: Pick<SuggestionSummary, 'party' | 'user'>,
  mayDecide: (s: Pick<SuggestionSummary, 'party' | 'user'>, decision: 'accept' | 'reject') => boolean,
): SuggestionRight {
  if (mayDecide(s, 'accept')) return 'decide';
  return mayDecide(s, 'reject') ? 'withdraw' : 'none';
}

/** At most `max` characters of `text` on one line, with an ellipsis where it was cut. */
export function shortText(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/**
 * The stylesheet that colours suggestions by their author's party: each party's id sets
 * `--party` on the marks and blocks that carry it (`data-party`), under `scope`. Party ids and
 * colours come from the server; both are escaped so neither can break out of its rule.
 */
export function partyStyles(scope: string, parties: { id: string; color: string }[]): string {
  return parties
    .filter((p) => /^#[0-9a-fA-F]{3,8}$/.test(p.color))
    .map((p) => `${scope} [data-party="${cssString(p.id)}"] { --party: ${p.color}; }`)
    .join('\n');
}

/** A value safe inside a double-quoted CSS string. */
const cssString = (value: string) =>
  value.replace(/[\\"\n\r\f<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);

/** Who proposed a suggestion: the member's name (null if they left) and their party as the cooperation lists it. */
export function authorOf<P extends { id: string }>(
  s: Pick<SuggestionSummary, 'party' | 'user'>,
  members: { userId: string; displayName: string }[],
  parties: P[],
): { name: string | null; party: P | null } {
  return {
    name: members.find((m) => m.userId === s.user)?.displayName ?? null,
    party: parties.find((p) => p.id === s.party) ?? null,
  };
}
