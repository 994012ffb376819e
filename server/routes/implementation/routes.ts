import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  cooperationImplementationSchema,
  implementationQuerySchema,
  myDueSchema,
  unitImplementationSchema,
} from '../../../shared/api/implementation.ts';
import { unitParamsSchema } from '../../../shared/api/units.ts';
import type { AppContext } from '../../context.ts';
import { getUnit } from '../../db/repos/units.ts';
import { unitNotFound } from '../../errors/index.ts';
import { requireMember, requireUser } from '../../http/auth.ts';
import { requireRecordMember } from '../../http/recordAccess.ts';
import { cooperationImplementation, myDue, unitImplementation } from '../../implementation/dashboards.ts';

/**
 * Dashboards of carrying agreements out: read by every member of the cooperation (404 to anyone
 * else), counted on the server's clock in the cooperation's time zone.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['implementation'];

  r.get(
    '/api/cooperations/:id/implementation',
    {
      schema: {
        tags,
        summary: "How a cooperation's confirmed obligations stand, per party and per OPD",
        description:
          'Occurrences in [from, to] (from: since the signing; to: 90 days ahead) by state, those overdue, due or needing more, and response times to reports from the public per OPD. Any member.',
        params: cooperationParamsSchema,
        querystring: implementationQuerySchema,
        response: { 200: cooperationImplementationSchema },
      },
    },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id);
      return cooperationImplementation(ctx.db, cooperation, req.query, Date.now());
    },
  );

  r.get(
    '/api/units/:id/implementation',
    {
      schema: {
        tags,
        summary: "What one OPD owes across the cooperation's documents",
        description:
          'The obligations bound to the OPD and those of its own PKS, each occurrence with its state. Any member; 404 `unit.not_found` to others.',
        params: unitParamsSchema,
        querystring: implementationQuerySchema,
        response: { 200: unitImplementationSchema },
      },
    },
    async (req) => {
      const { record } = requireRecordMember(ctx, req, getUnit(ctx.db, req.params.id), unitNotFound);
      return unitImplementation(ctx.db, record, req.query, Date.now());
    },
  );

  r.get(
    '/api/me/due',
    {
      schema: {
        tags,
        summary: 'What the signed-in person owes this week, across their cooperations',
        description:
          'Occurrences due Monday to Sunday in each cooperation’s zone, or past due, not done, of obligations the person answers for as liaison, OPD member or party member.',
        response: { 200: myDueSchema },
      },
    },
    async (req) => ({ items: myDue(ctx.db, requireUser(req).id, Date.now()) }),
  );
}
