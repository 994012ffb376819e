import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  createMeetingBodySchema,
  meetingListQuerySchema,
  meetingListResponseSchema,
  meetingParamsSchema,
  meetingResponseSchema,
  reopenMeetingBodySchema,
  updateMeetingBodySchema,
} from '../../../shared/api/meetings.ts';
import {
  closeMeetingAndPublish,
  openMeetingAndPublish,
  planMeetingAndPublish,
  reopenMeetingAndPublish,
  updateMeetingAndPublish,
} from '../../commands/published/meetings.ts';
import type { AppContext } from '../../context.ts';
import { findMeetingRecord, listMeetings, loadMeeting } from '../../db/repos/meetings.ts';
import { meetingNotFound } from '../../errors/index.ts';
import { requireActor, requireMember } from '../../http/auth.ts';
import { authorize } from '../../http/authorize.ts';
import { recordAccess, requireRecordMember } from '../../http/recordAccess.ts';
import { presentMeeting } from '../../presenters/meetings.ts';
import minutesRoutes from './minutes.ts';

/**
 * Meetings of a cooperation: members read them; editors and owners plan, change, open and
 * close them. Every change is published to the cooperation's event stream.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const meetingAccess = recordAccess(ctx, findMeetingRecord, meetingNotFound);
  const tags = ['meetings'];

  r.get(
    '/api/cooperations/:id/meetings',
    {
      schema: {
        tags,
        params: cooperationParamsSchema,
        querystring: meetingListQuerySchema,
        response: { 200: meetingListResponseSchema },
      },
    },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id);
      return {
        meetings: listMeetings(ctx.db, cooperation.id, req.query.state).map((m) => presentMeeting(ctx.db, m)),
      };
    },
  );

  r.post(
    '/api/cooperations/:id/meetings',
    {
      schema: {
        tags,
        params: cooperationParamsSchema,
        body: createMeetingBodySchema,
        response: { 201: meetingResponseSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(ctx, req, req.params.id, 'meeting.plan');
      return reply.status(201).send({ meeting: planMeetingAndPublish(ctx, actor, req.body) });
    },
  );

  r.get(
    '/api/meetings/:id',
    { schema: { tags, params: meetingParamsSchema, response: { 200: meetingResponseSchema } } },
    async (req) => {
      const { record } = requireRecordMember(ctx, req, loadMeeting(ctx.db, req.params.id), meetingNotFound);
      return { meeting: presentMeeting(ctx.db, record) };
    },
  );

  r.patch(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        params: meetingParamsSchema,
        body: updateMeetingBodySchema,
        response: { 200: meetingResponseSchema },
      },
    },
    async (req) => {
      const { user } = meetingAccess(req, req.params.id, 'meeting.plan');
      return { meeting: updateMeetingAndPublish(ctx, req.params.id, req.body, user.id) };
    },
  );

  r.post(
    '/api/meetings/:id/open',
    { schema: { tags, params: meetingParamsSchema, response: { 200: meetingResponseSchema } } },
    async (req) => {
      const { user } = meetingAccess(req, req.params.id, 'meeting.run');
      return { meeting: openMeetingAndPublish(ctx, req.params.id, user.id) };
    },
  );

  r.post(
    '/api/meetings/:id/close',
    { schema: { tags, params: meetingParamsSchema, response: { 200: meetingResponseSchema } } },
    async (req) => {
      const { user } = meetingAccess(req, req.params.id, 'meeting.run');
      return { meeting: await closeMeetingAndPublish(ctx, req.params.id, user.id) };
    },
  );

  r.post(
    '/api/meetings/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a closed meeting, giving the reason printed in its minutes',
        params: meetingParamsSchema,
        body: reopenMeetingBodySchema,
        response: { 200: meetingResponseSchema },
      },
    },
    async (req) => {
      const { user, member, record } = meetingAccess(req, req.params.id);
      authorize(member, 'meeting.reopen', record);
      return { meeting: await reopenMeetingAndPublish(ctx, req.params.id, user, req.body.reason) };
    },
  );

  await minutesRoutes(app, ctx);
}
