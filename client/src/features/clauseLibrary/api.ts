import type { z } from 'zod';
import type {
  ClauseLibraryItemDTO,
  clauseLibraryClauseResponseSchema,
  clauseLibraryListResponseSchema,
} from '../../../../shared/api/clauseLibrary.ts';
import type { PMJSON } from '../../../../shared/clauses.ts';
import type { PartyWording } from '../../../../shared/words.ts';
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

/** `GET /api/clause-library/:key?kind=&wording=`: the clause ready to insert, with fresh ids. */
export const fetchLibraryClause = (key: string, kind: 'mou' | 'pks', wording: PartyWording = 'pertama') =>
  api<ClauseResponse>(
    'GET',
    `/api/clause-library/${encodeURIComponent(key)}?${new URLSearchParams({ kind, wording }).toString()}`,
  ).then((r) => r.clause as unknown as PMJSON);
