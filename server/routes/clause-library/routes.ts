import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  clauseLibraryClauseQuerySchema,
  clauseLibraryClauseResponseSchema,
  clauseLibraryListResponseSchema,
  clauseLibraryParamsSchema,
  clauseLibraryQuerySchema,
} from '../../../shared/api/clauseLibrary.ts';
import { inPartyWording } from '../../../templates/index.ts';
import { clauseFromLibrary, clauseLibraryItem, listClauseLibrary } from '../../../templates/library.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../errors/index.ts';
import { requireUser } from '../../http/auth.ts';

/**
 * The standard clauses (templates/clauses) for the editor's picker. The library is the same
 * for every cooperation, so any signed-in user may read it.
 */
export default async function routes(app: FastifyInstance, _ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/clause-library',
    {
      schema: {
        tags: ['clause-library'],
        querystring: clauseLibraryQuerySchema,
        response: { 200: clauseLibraryListResponseSchema },
      },
    },
    async (req) => {
      requireUser(req);
      return { clauses: listClauseLibrary(req.query.q, req.query.kind) };
    },
  );

  r.get(
    '/api/clause-library/:key',
    {
      schema: {
        tags: ['clause-library'],
        params: clauseLibraryParamsSchema,
        querystring: clauseLibraryClauseQuerySchema,
        response: { 200: clauseLibraryClauseResponseSchema },
      },
    },
    async (req) => {
      requireUser(req);
      const kind = req.query.kind ?? 'pks';
      const item = clauseLibraryItem(req.params.key, kind);
      const found = clauseFromLibrary(req.params.key, kind);
      const clause = found && inPartyWording(found, req.query.wording);
      if (!item || !clause) throw notFound('clause_library', 'Pasal pustaka', 'Library clause');
      // Spread: PMJSON is an interface, and only object types satisfy the schema's record type.
      return { item, clause: { ...clause } };
    },
  );
}
