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
  addLiaison,
  changeLiaison,
  importLiaisons,
  removeLiaison,
} from '../../commands/meetings/liaisons.ts';
import type { AppContext } from '../../context.ts';
import { findLiaison, listLiaisons } from '../../db/repos/liaisons.ts';
import { liaisonNotFound } from '../../errors/index.ts';
import { requireMember } from '../../http/auth.ts';
import { requireRecordMember } from '../../http/recordAccess.ts';
import { presentLiaison } from './present.ts';

/**
 * The register of liaisons (penghubung / PIC) per party and unit: members read it; editors and
 * owners add liaisons one by one or as a table pasted from a spreadsheet, change and remove them.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
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
      const { user, cooperation } = requireMember(ctx, req, req.params.id, 'liaison.manage');
      const actor = { cooperationId: cooperation.id, userId: user.id };
      if (req.body.table !== undefined) {
        const result = importLiaisons(ctx.db, actor, req.body.table, req.body.partyId);
        const liaisons = result.liaisons.map(presentLiaison);
        for (const liaison of liaisons) {
          ctx.events?.publish(cooperation.id, {
            type: 'liaison.created',
            liaisonId: liaison.id,
            liaison,
            by: user.id,
          });
        }
        return reply.status(200).send({ liaisons, errors: result.errors });
      }
      const liaison = presentLiaison(addLiaison(ctx.db, actor, req.body));
      ctx.events?.publish(cooperation.id, {
        type: 'liaison.created',
        liaisonId: liaison.id,
        liaison,
        by: user.id,
      });
      return reply.status(201).send({ liaison });
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
      const found = findLiaison(ctx.db, req.params.id);
      const { user, member } = requireRecordMember(ctx, req, found, liaisonNotFound, 'liaison.manage');
      const liaison = presentLiaison(changeLiaison(ctx.db, req.params.id, req.body));
      ctx.events?.publish(member.cooperationId, {
        type: 'liaison.updated',
        liaisonId: liaison.id,
        liaison,
        by: user.id,
      });
      return { liaison };
    },
  );

  r.delete(
    '/api/liaisons/:id',
    { schema: { tags, params: liaisonParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      const found = findLiaison(ctx.db, req.params.id);
      const { user, member } = requireRecordMember(ctx, req, found, liaisonNotFound, 'liaison.manage');
      removeLiaison(ctx.db, req.params.id);
      ctx.events?.publish(member.cooperationId, {
        type: 'liaison.deleted',
        liaisonId: req.params.id,
        by: user.id,
      });
      return { ok: true as const };
    },
  );
}
