import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarFeedPath,
  calendarFeedResponseSchema,
  type calendarFeedSchema,
} from '../../../shared/api/calendar.ts';
import { meetingParamsSchema } from '../../../shared/api/meetings.ts';
import { feedEntries, meetingEntry } from '../../calendar/entries.ts';
import { calendarFile } from '../../calendar/ics.ts';
import type { AppContext } from '../../context.ts';
import {
  findFeedByToken,
  findLiveCalendarFeed,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from '../../db/repos/calendarFeeds.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { loadMeeting } from '../../db/repos/meetings.ts';
import { iso } from '../../db/repos/sql.ts';
import { calendarFeedNotFound, meetingNotFound } from '../../errors/index.ts';
import { requireUser } from '../../http/auth.ts';
import { requireRecordMember } from '../../http/recordAccess.ts';

/** How often a subscribed calendar is asked to read the feed again. */
const FEED_REFRESH_SECONDS = 3600;

const TOKEN_FILE = /^([A-Za-z0-9_-]{20,100})\.ics$/;

/** Where the request came to: the start of the links a calendar file carries back. */
const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

const sendCalendar = (reply: FastifyReply, body: string, fileName: string) =>
  reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', 'private, no-cache')
    .send(body);

/**
 * Calendar files: one meeting as .ics for its members, and each person's feed of the meetings
 * and follow-up due dates of the cooperations they are a member of, opened by a secret token
 * without a session (calendars subscribe without cookies) that its owner rotates or revokes.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];

  r.get(
    '/api/meetings/:id/calendar.ics',
    { schema: { tags, params: meetingParamsSchema } },
    async (req, reply) => {
      const { record } = requireRecordMember(
        ctx,
        req,
        loadMeeting(ctx.db, req.params.id),
        meetingNotFound,
        'meeting.read',
      );
      const cooperation = findCooperation(ctx.db, record.cooperationId);
      if (!cooperation) throw meetingNotFound();
      const body = calendarFile([meetingEntry(record, cooperation, originOf(req))], record.title);
      return sendCalendar(reply, body, `rapat-${record.date}.ics`);
    },
  );

  r.get(
    '/api/calendar/feed',
    { schema: { tags, response: { 200: calendarFeedResponseSchema } } },
    async (req) => {
      const feed = findLiveCalendarFeed(ctx.db, requireUser(req).id);
      return { feed: { active: feed !== null, createdAt: feed ? iso(feed.createdAt) : null } };
    },
  );

  r.post(
    '/api/calendar/feed',
    { schema: { tags, response: { 201: calendarFeedResponseSchema } } },
    async (req, reply) => {
      const { token, feed } = rotateCalendarFeed(ctx.db, requireUser(req).id);
      const body: z.infer<typeof calendarFeedSchema> = {
        active: true,
        createdAt: iso(feed.createdAt),
        url: `${originOf(req)}${calendarFeedPath(token)}`,
        token,
      };
      return reply.status(201).send({ feed: body });
    },
  );

  r.delete(
    '/api/calendar/feed',
    { schema: { tags, response: { 200: calendarFeedResponseSchema } } },
    async (req) => {
      revokeCalendarFeed(ctx.db, requireUser(req).id);
      return { feed: { active: false, createdAt: null } };
    },
  );

  r.get(
    '/api/calendar/feed/:file',
    { schema: { tags, params: z.object({ file: z.string().max(200) }) } },
    async (req, reply) => {
      const token = TOKEN_FILE.exec(req.params.file)?.[1];
      const feed = token ? findFeedByToken(ctx.db, token) : null;
      if (!feed) throw calendarFeedNotFound();
      const body = calendarFile(feedEntries(ctx.db, feed.userId, originOf(req)), 'Sepakat', {
        refreshSeconds: FEED_REFRESH_SECONDS,
      });
      return sendCalendar(reply, body, 'sepakat.ics');
    },
  );
}
