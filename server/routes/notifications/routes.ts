import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  markReadBodySchema,
  markReadResponseSchema,
  notificationSettingsResponseSchema,
  notificationSettingsSchema,
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
import { requireMember, requireUser } from '../../http/auth.ts';

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
 * The signed-in person's bell (read, mark read), their notification settings, and a
 * cooperation's reminders: each member sees their own, an owner everyone's.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

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
        summary: 'Where reminders are e-mailed (empty: the app only), the language first, each or off',
        body: notificationSettingsSchema,
        response: { 200: notificationSettingsResponseSchema },
      },
    },
    async (req) => {
      const user = requireUser(req);
      saveNotificationSettings(ctx.db, user.id, req.body, Date.now());
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
