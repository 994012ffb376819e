import { z } from 'zod';
import { idSchema } from './common.ts';

/** One item of the bell: `kind` says how the client words `payload` (e.g. `action.due`). */
export const notificationSchema = z.object({
  id: z.string(),
  cooperationId: z.string().nullable(),
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDTO = z.infer<typeof notificationSchema>;

/** `GET /api/me/notifications`: the latest items, newest first, and how many are unread. */
export const notificationsResponseSchema = z.object({
  unread: z.number().int(),
  notifications: z.array(notificationSchema),
});

/** `POST /api/me/notifications/read`: the items to mark read, or all of them without `ids`. */
export const markReadBodySchema = z.object({ ids: z.array(idSchema).max(500).optional() }).strict();
export const markReadResponseSchema = z.object({ unread: z.number().int() });

/**
 * The kinds of reminder and notice a person may take or leave by e-mail (the bell shows them
 * all): meeting follow-ups, obligations falling due, term ends, reports and comments on
 * obligations, public reports, and drafting rounds.
 */
export const EMAIL_KINDS = [
  'followUps',
  'obligations',
  'termEnds',
  'reports',
  'publicReports',
  'rounds',
] as const;
export const emailKindSchema = z.enum(EMAIL_KINDS);
export type EmailKind = z.infer<typeof emailKindSchema>;

/**
 * How often reminders are e-mailed: `digest` (one e-mail a day at 07:00 local time listing the
 * day's reminders, the default), `each` (one e-mail per reminder) or `off`.
 */
export const emailModeSchema = z.enum(['digest', 'each', 'off']);
export type EmailMode = z.infer<typeof emailModeSchema>;

/** A person's notification settings as the server keeps them. */
export const notificationSettingsSchema = z
  .object({
    email: z.union([z.literal(''), z.email().max(254)]),
    language: z.enum(['id', 'en']),
    emailMode: emailModeSchema,
    /** The kinds e-mailed; the others stay in the bell. */
    emailKinds: z.array(emailKindSchema).max(EMAIL_KINDS.length),
  })
  .strict();
export type NotificationSettingsDTO = z.infer<typeof notificationSettingsSchema>;

/**
 * `PUT /api/me/notification-settings`: where reminders are e-mailed (empty: the app only), the
 * language they are written in first, how often, and which kinds (left out: kept as they were).
 */
export const notificationSettingsBodySchema = notificationSettingsSchema.extend({
  emailKinds: notificationSettingsSchema.shape.emailKinds.optional(),
});
export const notificationSettingsResponseSchema = z.object({ settings: notificationSettingsSchema });

/**
 * The signed-in person's own events (`GET /api/me/events`): `notification.created` when an
 * item lands in their bell, with the unread count after it.
 */
export const userEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('notification.created'),
    notificationId: z.string(),
    kind: z.string(),
    unread: z.number().int(),
  }),
]);
export type UserEvent = z.infer<typeof userEventSchema>;

/** A reminder as its recipient (or the cooperation's owner) sees it: pending ones carry their last error. */
export const reminderSchema = z.object({
  id: z.string(),
  kind: z.string(),
  subjectId: z.string(),
  occurrence: z.string(),
  userId: z.string(),
  channel: z.enum(['app', 'email']),
  dueAt: z.string(),
  state: z.enum(['pending', 'sending', 'sent', 'failed', 'cancelled']),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string(),
  sentAt: z.string().nullable(),
});
export type ReminderDTO = z.infer<typeof reminderSchema>;

/** `GET /api/cooperations/:id/reminders`. */
export const remindersResponseSchema = z.object({ reminders: z.array(reminderSchema) });
