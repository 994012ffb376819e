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
 * `PUT /api/me/notification-settings`: where reminders are e-mailed (empty: the app only), the
 * language they are written in first, and `each` (one e-mail per reminder) or `off`.
 */
export const notificationSettingsSchema = z
  .object({
    email: z.union([z.literal(''), z.email().max(254)]),
    language: z.enum(['id', 'en']),
    emailMode: z.enum(['each', 'off']),
  })
  .strict();
export type NotificationSettingsDTO = z.infer<typeof notificationSettingsSchema>;
export const notificationSettingsResponseSchema = z.object({ settings: notificationSettingsSchema });

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
