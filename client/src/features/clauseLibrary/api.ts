import type { z } from 'zod';
import type {
  ClauseLibraryItemDTO,
  clauseLibraryClauseResponseSchema,
  clauseLibraryListResponseSchema,
} from '../../../../shared/api/clauseLibrary.ts';
import type { PMJSON } from '../../../../shared/clauses.ts';
import { api } from '../../app/http.ts';

export type LibraryClause = ClauseLibraryItemDTO;
type ListResponse = z.infer<typeof clauseLibraryListResponseSchema>;
type ClauseResponse = z.infer<typeof clauseLibraryClauseResponseSchema>;

/** `GET /api/clause-library?q=&kind=`: standard clauses matching every word of `q`, best first. */
export const searchClauseLibrary = (q: string, kind: 'mou' | 'pks') =>
  api<ListResponse>(
    'GET',
    `/api/clause-library?${new URLSearchParams({ q: q.trim(), kind }).toString()}`,
  ).then((r) => r.clauses);

/** `GET /api/clause-library/:key?kind=`: the clause ready to insert, with fresh ids. */
export const fetchLibraryClause = (key: string, kind: 'mou' | 'pks') =>
  api<ClauseResponse>('GET', `/api/clause-library/${encodeURIComponent(key)}?kind=${kind}`).then(
    (r) => r.clause as unknown as PMJSON,
  );
