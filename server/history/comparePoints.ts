import type { CompareResponse, PersonDTO } from '../../shared/api/history.ts';
import type { DB } from '../db/connection.ts';
import { iso } from '../db/repos/sql.ts';
import { changesBetween } from './changesRepo.ts';
import { type BodyComparison, compareBodies } from './compareBodies.ts';
import { distinctPeople, type People } from './people.ts';
import type { DocumentPoint } from './pointInTime.ts';

/** Authors of the changes to each clause between two seqs, latest change last. */
export interface ClauseAuthors {
  byClause: Map<string, { person: PersonDTO; at: number }[]>;
  all: PersonDTO[];
}

/** Who changed which clause between two points of the log (in either order). */
export function authorsBetween(
  db: DB,
  documentId: string,
  a: number,
  b: number,
  people: People,
): ClauseAuthors {
  const byClause = new Map<string, { person: PersonDTO; at: number }[]>();
  const all: PersonDTO[] = [];
  for (const row of changesBetween(db, documentId, Math.min(a, b), Math.max(a, b))) {
    const person = people(row.userId);
    byClause.set(row.clauseId, [...(byClause.get(row.clauseId) ?? []), { person, at: row.at }]);
    all.push(person);
  }
  return { byClause, all: distinctPeople(all) };
}

/** The comparison of two points of a document, clause by clause, with the authors of the changes. */
export function comparePoints(
  db: DB,
  documentId: string,
  from: DocumentPoint,
  to: DocumentPoint,
  people: People,
): { response: CompareResponse; comparison: BodyComparison; authors: ClauseAuthors } {
  const comparison = compareBodies(from.state.body, to.state.body);
  const authors = authorsBetween(db, documentId, from.seq, to.seq, people);
  const point = (p: DocumentPoint) => ({
    ref: p.ref,
    seq: p.seq,
    label: p.label,
    at: p.version ? iso(p.version.at) : p.state.at ? iso(p.state.at) : null,
  });
  const response: CompareResponse = {
    from: point(from),
    to: point(to),
    clauses: comparison.clauses.map((c) => ({
      ...c,
      authors:
        c.status === 'unchanged' && !c.moved
          ? []
          : distinctPeople((authors.byClause.get(c.clauseId) ?? []).map((a) => a.person)),
    })),
    counts: comparison.counts,
    authors: authors.all,
  };
  return { response, comparison, authors };
}
