import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  markReadBodySchema,
  markReadResponseSchema,
  notificationSettingsBodySchema,
  notificationSettingsResponseSchema,
  notificationsResponseSchema,
  remindersResponseSchema,
} from '../../../shared/api/notifications.ts';
import type { AppContext } from '../../context.ts';
import {
  countUnreadNotifications,
  findNotificationSettings,
  listNotifications,
  markNotificationsRead,
  saveNotificationSettings,
} from '../../db/repos/notifications.ts';
import { listCooperationReminders, type Reminder } from '../../db/repos/reminders.ts';
import { iso } from '../../db/repos/sql.ts';
import { eventsUnavailable } from '../../errors/index.ts';
import { requireMember, requireUser } from '../../http/auth.ts';
import { SESSION_COOKIE, sessionIsLive } from '../../http/session.ts';
import { EventHub, openStream } from '../../http/sse.ts';

const presentReminder = (r: Reminder) => ({
  id: r.id,
  kind: r.kind,
  subjectId: r.subjectId,
  occurrence: r.occurrence,
  userId: r.userId,
  channel: r.channel,
  dueAt: iso(r.dueAt),
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: iso(r.nextAttemptAt),
  lastError: r.lastError,
  sentAt: r.sentAt === null ? null : iso(r.sentAt),
});

/**
 * The signed-in person's bell (read, mark read, its live stream), their notification settings,
 * and a cooperation's reminders: each member sees their own, an owner everyone's.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hub = ctx.userEvents instanceof EventHub ? ctx.userEvents : null;
  // Open streams would hold the HTTP server's close up: end them first.
  app.addHook('preClose', async () => hub?.close());

  r.get(
    '/api/me/events',
    {
      schema: {
        tags: ['notifications'],
        summary: "The signed-in person's own events as Server-Sent Events (text/event-stream)",
        description:
          '`data: {"type": "notification.created", "notificationId", "kind", "unread"}` when an item ' +
          'lands in their bell. The stream ends with `stream.ended` (signed-out) when the session ends.',
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      if (!hub) throw eventsUnavailable();
      const token = req.cookies[SESSION_COOKIE];
      const lastEventId = req.headers['last-event-id'];
      hub.subscribe(
        user.id,
        openStream(reply),
        { userId: user.id, check: () => (sessionIsLive(ctx.db, token) ? null : 'signed-out') },
        typeof lastEventId === 'string' ? lastEventId : undefined,
      );
    },
  );

  r.get(
    '/api/me/notifications',
    { schema: { tags: ['notifications'], response: { 200: notificationsResponseSchema } } },
    async (req) => {
      const user = requireUser(req);
      return {
        unread: countUnreadNotifications(ctx.db, user.id),
        notifications: listNotifications(ctx.db, user.id).map((n) => ({
          id: n.id,
          cooperationId: n.cooperationId,
          kind: n.kind,
          payload: n.payload,
          createdAt: iso(n.createdAt),
          readAt: n.readAt === null ? null : iso(n.readAt),
        })),
      };
    },
  );

  r.post(
    '/api/me/notifications/read',
    {
      schema: {
        tags: ['notifications'],
        body: markReadBodySchema,
        response: { 200: markReadResponseSchema },
      },
    },
    async (req) => {
      const user = requireUser(req);
      markNotificationsRead(ctx.db, user.id, req.body.ids ?? null, Date.now());
      return { unread: countUnreadNotifications(ctx.db, user.id) };
    },
  );

  r.get(
    '/api/me/notification-settings',
    { schema: { tags: ['notifications'], response: { 200: notificationSettingsResponseSchema } } },
    async (req) => ({ settings: findNotificationSettings(ctx.db, requireUser(req).id) }),
  );

  r.put(
    '/api/me/notification-settings',
    {
      schema: {
        tags: ['notifications'],
        summary:
          'Where reminders are e-mailed (empty: the app only), the language first, daily digest, each or off, and which kinds',
        body: notificationSettingsBodySchema,
        response: { 200: notificationSettingsResponseSchema },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const kept = findNotificationSettings(ctx.db, user.id).emailKinds;
      saveNotificationSettings(
        ctx.db,
        user.id,
        { ...req.body, emailKinds: req.body.emailKinds ?? kept },
        Date.now(),
      );
      return { settings: findNotificationSettings(ctx.db, user.id) };
    },
  );

  r.get(
    '/api/cooperations/:id/reminders',
    {
      schema: {
        tags: ['notifications'],
        summary:
          "The cooperation's reminders with their state and last error: one's own, or everyone's for an owner",
        params: cooperationParamsSchema,
        response: { 200: remindersResponseSchema },
      },
    },
    async (req) => {
      const { user, member } = requireMember(ctx, req, req.params.id);
      const all = listCooperationReminders(ctx.db, req.params.id);
      const visible = member.role === 'owner' ? all : all.filter((x) => x.userId === user.id);
      return { reminders: visible.map(presentReminder) };
    },
  );
}
