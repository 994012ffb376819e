import type {
  ClauseHistoryEntryDTO,
  ClauseHistoryResponse,
  ClauseTextDTO,
} from '../../shared/api/history.ts';
import type { DocumentOutline } from '../../shared/clauses.ts';
import type { DB } from '../db/connection.ts';
import { iso } from '../db/repos/sql.ts';
import { type ClauseChange, clauseChanges, clauseStates, type StoredClauseState } from './changesRepo.ts';
import { clauseApprovals, clausePoints } from './clauseEventsRepo.ts';
import { distinctPeople, type People } from './people.ts';
import { clauseHeadingOf, clauseText, wordOps } from './text.ts';

/** Consecutive changes by the same person this close together read as one entry. */
export const GROUP_WINDOW_MS = 5 * 60_000;

/** Entries returned at most per request (newest first); older ones with `before`. */
export const DEFAULT_HISTORY_LIMIT = 200;

/** Which entries to read: the newest `limit` ones whose last seq is below `before`. */
export interface HistoryPage {
  limit?: number;
  before?: number;
}

/** One step between two recorded states of the clause and who made it. */
interface Step {
  before: StoredClauseState | null;
  after: StoredClauseState;
  changes: ClauseChange[];
  authorKey: string;
}

/**
 * Every change of one clause, newest first: who (with party), when, the text before and after
 * and a word-level diff, plus the approvals and discussion points along its way. Read from
 * `clause_states`/`clause_changes` (a query, not a replay of the log). Consecutive steps by
 * the same person within {@link GROUP_WINDOW_MS}, with no approval between them, form one entry.
 * Cross-references are written with the document's numbering now (`outline`). Grouping reads
 * every state; texts and diffs are made only for the page of entries returned.
 */
export function clauseHistory(
  db: DB,
  documentId: string,
  clauseId: string,
  people: People,
  outline: DocumentOutline,
  page: HistoryPage = {},
): ClauseHistoryResponse | null {
  const states = clauseStates(db, documentId, clauseId);
  const latest = states.at(-1);
  if (!latest) return null;
  const changes = clauseChanges(db, documentId, clauseId);
  const approvals = clauseApprovals(db, documentId, clauseId, latest.hash, people);
  const approvalTimes = approvals.map((a) => Date.parse(a.at));

  const steps: Step[] = [];
  let c = 0;
  states.forEach((after, i) => {
    const before = states[i - 1] ?? null;
    const mine: ClauseChange[] = [];
    for (let next = changes[c]; next && next.seq <= after.seq; next = changes[++c]) mine.push(next);
    const authorKey = [...new Set(mine.map((m) => m.userId ?? ''))].sort().join(',');
    steps.push({ before, after, changes: mine, authorKey });
  });

  const groups: Step[][] = [];
  for (const step of steps) {
    const group = groups.at(-1);
    const opening = group?.[0];
    const last = group?.at(-1);
    const joinable =
      opening &&
      last &&
      step.authorKey !== '' &&
      step.authorKey === last.authorKey &&
      step.before !== null &&
      step.after.hash !== null &&
      opening.before !== null &&
      step.after.at - last.after.at <= GROUP_WINDOW_MS &&
      !approvalTimes.some((t) => t > last.after.at && t <= step.after.at);
    if (group && joinable) group.push(step);
    else groups.push([step]);
  }

  const texts = new Map<StoredClauseState, ClauseTextDTO | null>();
  const textOf = (s: StoredClauseState | null): ClauseTextDTO | null => {
    if (!s) return null;
    if (!texts.has(s)) {
      const content = s.content();
      texts.set(
        s,
        content
          ? {
              number: s.number,
              heading: clauseHeadingOf(content),
              text: clauseText(content, outline),
              hash: s.hash,
            }
          : null,
      );
    }
    return texts.get(s) ?? null;
  };

  const limit = page.limit ?? DEFAULT_HISTORY_LIMIT;
  const entries: ClauseHistoryEntryDTO[] = [];
  let more = false;
  for (const group of groups.reverse()) {
    const first = group[0];
    const last = group.at(-1);
    if (!first || !last) continue;
    if (page.before !== undefined && last.after.seq >= page.before) continue;
    if (entries.length >= limit) {
      more = true;
      break;
    }
    const before = textOf(first.before);
    const after = textOf(last.after);
    const kinds = new Set(group.flatMap((s) => s.changes.map((ch) => ch.kind)));
    const kind = !before ? 'added' : !after ? 'removed' : before.hash !== after.hash ? 'changed' : 'moved';
    // An edit undone within the same entry changed nothing worth showing.
    if (kind === 'moved' && !kinds.has('moved') && before?.number === after?.number) continue;

    const times = group.flatMap((s) => s.changes.map((ch) => ch.at));
    entries.push({
      kind,
      fromSeq: first.before?.seq ?? 0,
      toSeq: last.after.seq,
      firstAt: iso(times.length ? Math.min(...times) : first.after.at),
      at: iso(times.length ? Math.max(...times) : last.after.at),
      authors: distinctPeople(group.flatMap((s) => s.changes.map((ch) => people(ch.userId)))),
      before,
      after,
      ops: wordOps(before?.text ?? '', after?.text ?? ''),
    });
  }
  return {
    clause: {
      id: clauseId,
      exists: latest.hash !== null,
      number: latest.number,
      heading: textOf(lastWithContent(states))?.heading ?? '',
    },
    entries,
    more,
    approvals,
    points: clausePoints(db, documentId, clauseId),
  };
}

function lastWithContent(states: StoredClauseState[]): StoredClauseState | null {
  return states.findLast((s) => s.hash !== null) ?? null;
}
