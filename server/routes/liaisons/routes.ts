import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okSchema } from '../../../shared/api/common.ts';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  createLiaisonBodySchema,
  liaisonImportResponseSchema,
  liaisonListQuerySchema,
  liaisonListResponseSchema,
  liaisonParamsSchema,
  liaisonResponseSchema,
  updateLiaisonBodySchema,
} from '../../../shared/api/liaisons.ts';
import {
  addLiaisonAndPublish,
  changeLiaisonAndPublish,
  importLiaisonsAndPublish,
  removeLiaisonAndPublish,
} from '../../commands/published/liaisons.ts';
import type { AppContext } from '../../context.ts';
import { findLiaison, listLiaisons } from '../../db/repos/liaisons.ts';
import { liaisonNotFound } from '../../errors/index.ts';
import { requireActor, requireMember } from '../../http/auth.ts';
import { recordAccess } from '../../http/recordAccess.ts';
import { presentLiaison } from '../../presenters/liaisons.ts';

/**
 * The register of liaisons (penghubung / PIC) per party and unit: members read it; editors and
 * owners add liaisons one by one or as a table pasted from a spreadsheet, change and remove them.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const liaisonAccess = recordAccess(ctx, findLiaison, liaisonNotFound);
  const tags = ['liaisons'];

  r.get(
    '/api/cooperations/:id/liaisons',
    {
      schema: {
        tags,
        params: cooperationParamsSchema,
        querystring: liaisonListQuerySchema,
        response: { 200: liaisonListResponseSchema },
      },
    },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id);
      return { liaisons: listLiaisons(ctx.db, cooperation.id, req.query.partyId).map(presentLiaison) };
    },
  );

  r.post(
    '/api/cooperations/:id/liaisons',
    {
      schema: {
        tags,
        description:
          'One liaison (partyId, name, unit, position, phone, email, since) answers 201 { liaison }; ' +
          '{ table, partyId? } pasted from a spreadsheet answers 200 { liaisons, errors } with the rows refused.',
        params: cooperationParamsSchema,
        body: createLiaisonBodySchema,
        response: { 201: liaisonResponseSchema, 200: liaisonImportResponseSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(ctx, req, req.params.id, 'liaison.manage');
      if (req.body.table !== undefined) {
        const imported = importLiaisonsAndPublish(ctx, actor, req.body.table, req.body.partyId);
        return reply.status(200).send(imported);
      }
      return reply.status(201).send({ liaison: addLiaisonAndPublish(ctx, actor, req.body) });
    },
  );

  r.patch(
    '/api/liaisons/:id',
    {
      schema: {
        tags,
        params: liaisonParamsSchema,
        body: updateLiaisonBodySchema,
        response: { 200: liaisonResponseSchema },
      },
    },
    async (req) => {
      const { member } = liaisonAccess(req, req.params.id, 'liaison.manage');
      return { liaison: changeLiaisonAndPublish(ctx, member, req.params.id, req.body) };
    },
  );

  r.delete(
    '/api/liaisons/:id',
    { schema: { tags, params: liaisonParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      const { member } = liaisonAccess(req, req.params.id, 'liaison.manage');
      removeLiaisonAndPublish(ctx, member, req.params.id);
      return { ok: true as const };
    },
  );
}
