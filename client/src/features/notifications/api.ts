import type { z } from 'zod';
import type {
  markReadResponseSchema,
  NotificationSettingsDTO,
  notificationsResponseSchema,
  remindersResponseSchema,
} from '../../../../shared/api/notifications.ts';
import { api } from '../../app/http.ts';

export type { NotificationDTO, NotificationSettingsDTO } from '../../../../shared/api/notifications.ts';

/** The bell's answer: the latest items, newest first, and how many are unread. */
export type NotificationsResponse = z.infer<typeof notificationsResponseSchema>;

/** `GET /api/me/notifications`. */
export const fetchNotifications = () => api<NotificationsResponse>('GET', '/api/me/notifications');

/** `POST /api/me/notifications/read`: marks `ids`, or every item without them; answers the unread count left. */
export const markNotificationsRead = (ids?: string[]) =>
  api<z.infer<typeof markReadResponseSchema>>('POST', '/api/me/notifications/read', ids ? { ids } : {}).then(
    (r) => r.unread,
  );

/** `GET /api/me/notification-settings`. */
export const fetchNotificationSettings = () =>
  api<{ settings: NotificationSettingsDTO }>('GET', '/api/me/notification-settings').then((r) => r.settings);

/** `PUT /api/me/notification-settings`: answers the settings as stored. */
export const saveNotificationSettings = (settings: NotificationSettingsDTO) =>
  api<{ settings: NotificationSettingsDTO }>('PUT', '/api/me/notification-settings', settings).then(
    (r) => r.settings,
  );

export type { ReminderDTO } from '../../../../shared/api/notifications.ts';

/** `GET /api/cooperations/:id/reminders`: a member's own reminders, an owner's everyone's. */
export const fetchReminders = (cooperationId: string) =>
  api<z.infer<typeof remindersResponseSchema>>(
    'GET',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/reminders`,
  ).then((r) => r.reminders);
