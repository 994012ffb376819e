import type { AppContext } from '../context.ts';
import { addNotification, countUnreadNotifications } from '../db/repos/notifications.ts';

/** A new item for one person's bell. */
export interface NewNotification {
  userId: string;
  cooperationId: string | null;
  kind: string;
  payload: Record<string, unknown>;
}

/**
 * Tells a person's open pages that an item landed in their bell (`notification.created` on
 * `GET /api/me/events`, with the unread count after it). Storage knows nothing of HTTP: whoever
 * adds an item calls this with the app's context.
 */
export function announceNotification(
  ctx: Pick<AppContext, 'db' | 'userEvents'>,
  n: { userId: string; notificationId: string; kind: string },
): void {
  ctx.userEvents?.publish(n.userId, {
    type: 'notification.created',
    notificationId: n.notificationId,
    kind: n.kind,
    unread: countUnreadNotifications(ctx.db, n.userId),
  });
}

/**
 * Puts an item in a person's bell and tells their open pages. Inside a transaction the event
 * still reaches no page before the commit: the transaction runs to its end before the server
 * reads the next request. Returns the item's id (null when a reminder's item was there already).
 */
export function notify(
  ctx: Pick<AppContext, 'db' | 'userEvents'>,
  n: NewNotification,
  reminderId: string | null,
  now: number,
): string | null {
  const notificationId = addNotification(ctx.db, n, reminderId, now);
  if (notificationId) announceNotification(ctx, { userId: n.userId, notificationId, kind: n.kind });
  return notificationId;
}
