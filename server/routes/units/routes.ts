import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okSchema } from '../../../shared/api/common.ts';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  adoptUnitsBodySchema,
  adoptUnitsResponseSchema,
  createUnitBodySchema,
  unitImportResponseSchema,
  unitListQuerySchema,
  unitListResponseSchema,
  unitParamsSchema,
  unitResponseSchema,
  updateUnitBodySchema,
} from '../../../shared/api/units.ts';
import { qualifies } from '../../../shared/policies.ts';
import {
  addUnitAndPublish,
  adoptUnitsAndPublish,
  changeUnitAndPublish,
  importUnitsAndPublish,
  removeUnitAndPublish,
} from '../../commands/published/units.ts';
import type { AppContext } from '../../context.ts';
import { listParties } from '../../db/repos/parties.ts';
import { getUnit, listUnits } from '../../db/repos/units.ts';
import { unitNotFound } from '../../errors/index.ts';
import { requireMember } from '../../http/auth.ts';
import { authorize } from '../../http/authorize.ts';
import { requireRecordMember } from '../../http/recordAccess.ts';
import { presentUnits } from '../../presenters/units.ts';

/**
 * A party's units (OPD): every member reads them; the owners and editors of the unit's party
 * add them one by one, as a table pasted from a spreadsheet or from the liaisons register, and
 * change and remove them.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];

  /** The member acting on party `partyId`'s units, refused (403) unless they may manage them. */
  const partyManager = (req: FastifyRequest, cooperationId: string, partyId: string) => {
    const { member, cooperation } = requireMember(ctx, req, cooperationId);
    authorize(member, 'unit.manage', { partyId });
    return { cooperationId: cooperation.id, userId: member.userId };
  };

  /** The unit `id` and the member managing it (404 for a stranger, 403 for a reader). */
  const unitManager = (req: FastifyRequest, id: string) => {
    const { member, record } = requireRecordMember(ctx, req, getUnit(ctx.db, id), unitNotFound);
    authorize(member, 'unit.manage', { partyId: record.partyId });
    return { cooperationId: record.cooperationId, userId: member.userId };
  };

  r.get(
    '/api/cooperations/:id/units',
    {
      schema: {
        tags,
        params: cooperationParamsSchema,
        querystring: unitListQuerySchema,
        response: { 200: unitListResponseSchema },
      },
    },
    async (req) => {
      const { member, cooperation } = requireMember(ctx, req, req.params.id);
      const units = listUnits(ctx.db, cooperation.id, req.query.partyId);
      const canManagePartyIds = listParties(ctx.db, cooperation.id)
        .filter((p) => qualifies(member, 'unit.manage', { partyId: p.id }))
        .map((p) => p.id);
      return { units: presentUnits(ctx.db, cooperation.id, units), canManagePartyIds };
    },
  );

  r.post(
    '/api/cooperations/:id/units',
    {
      schema: {
        tags,
        description:
          'One unit (partyId, name, shortName, headName, headPosition, headNip, kuasaRef, address) ' +
          'answers 201 { unit }; { partyId, table } pasted from a spreadsheet answers 200 ' +
          '{ units, errors } with the rows refused.',
        params: cooperationParamsSchema,
        body: createUnitBodySchema,
        response: { 201: unitResponseSchema, 200: unitImportResponseSchema },
      },
    },
    async (req, reply) => {
      const actor = partyManager(req, req.params.id, req.body.partyId);
      if (req.body.table !== undefined) {
        return reply.status(200).send(importUnitsAndPublish(ctx, actor, req.body.partyId, req.body.table));
      }
      return reply.status(201).send({ unit: addUnitAndPublish(ctx, actor, req.body) });
    },
  );

  r.post(
    '/api/cooperations/:id/units/adopt',
    {
      schema: {
        tags,
        description:
          "Makes a unit of every distinct unit text of the party's liaisons and links the liaisons to it.",
        params: cooperationParamsSchema,
        body: adoptUnitsBodySchema,
        response: { 200: adoptUnitsResponseSchema },
      },
    },
    async (req) => {
      const actor = partyManager(req, req.params.id, req.body.partyId);
      return adoptUnitsAndPublish(ctx, actor, req.body.partyId);
    },
  );

  r.patch(
    '/api/units/:id',
    {
      schema: {
        tags,
        params: unitParamsSchema,
        body: updateUnitBodySchema,
        response: { 200: unitResponseSchema },
      },
    },
    async (req) => {
      const actor = unitManager(req, req.params.id);
      return { unit: changeUnitAndPublish(ctx, actor, req.params.id, req.body) };
    },
  );

  r.delete(
    '/api/units/:id',
    { schema: { tags, params: unitParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      const actor = unitManager(req, req.params.id);
      removeUnitAndPublish(ctx, actor, req.params.id);
      return { ok: true as const };
    },
  );
}
