import type { PersonDTO } from '../../shared/api/history.ts';
import type { DB } from '../db/connection.ts';
import { clauseChanges, clauseStates } from './changesRepo.ts';
import type { People } from './people.ts';
import { clauseText, wordOps } from './text.ts';

/** One person's turn at a clause between two points: the words they inserted and deleted. */
interface Turn {
  person: PersonDTO;
  at: number;
  inserted: string;
  deleted: string;
}

/**
 * Who inserted or deleted some words of a clause between two seqs, when several people
 * edited it: the clause's recorded states are walked turn by turn (a turn is consecutive
 * states by the same person), each turn diffed word by word, and the latest turn that
 * inserted (or deleted) those words is credited. Null when no turn contains them.
 */
export function wordAuthors(
  db: DB,
  documentId: string,
  clauseId: string,
  fromSeq: number,
  toSeq: number,
  people: People,
): (kind: 'ins' | 'del', text: string) => { person: PersonDTO; at: number } | null {
  const states = clauseStates(db, documentId, clauseId).filter((s) => s.seq <= toSeq);
  const changes = clauseChanges(db, documentId, clauseId).filter((c) => c.seq > fromSeq && c.seq <= toSeq);
  const startAt = states.findLastIndex((s) => s.seq <= fromSeq);
  const turns: Turn[] = [];
  const start = states[startAt];
  let before = start ? textAt(start) : '';
  let c = 0;
  for (let i = startAt + 1; i < states.length; ) {
    // Gather the states of one turn (same sole author).
    let j = i;
    let author: string | null | undefined;
    let at = 0;
    for (; j < states.length; j++) {
      const state = states[j]!;
      const mine = [];
      for (let next = changes[c]; next && next.seq <= state.seq; next = changes[++c]) mine.push(next);
      const users = new Set(mine.map((m) => m.userId));
      const user = users.size === 1 ? [...users][0] : undefined;
      if (j > i && user !== author) {
        c -= mine.length;
        break;
      }
      author = user;
      at = Math.max(at, ...mine.map((m) => m.at));
    }
    // The turn holds at least state i, so states[j - 1] is its last.
    const end = states[j - 1];
    const after = end ? textAt(end) : before;
    const ops = wordOps(before, after);
    turns.push({
      person: people(author ?? null),
      at,
      inserted: ops
        .filter((o) => o.op === 'insert')
        .map((o) => o.text)
        .join('\u0000'),
      deleted: ops
        .filter((o) => o.op === 'delete')
        .map((o) => o.text)
        .join('\u0000'),
    });
    before = after;
    i = j;
  }
  return (kind, text) => {
    const needle = text.trim();
    if (!needle) return null;
    return (
      turns.findLast(
        (turn) => (kind === 'ins' ? turn.inserted : turn.deleted).includes(needle) && turn.person.userId,
      ) ?? null
    );
  };
}

function textAt(state: { content(): import('../../shared/clauses.ts').PMJSON | null }): string {
  const content = state.content();
  return content ? clauseText(content) : '';
}
