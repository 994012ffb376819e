import { EMAIL_KINDS, type EmailKind, type EmailMode } from '../../../shared/api/notifications.ts';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** One item of a person's bell in the app. */
export interface Notification {
  id: string;
  userId: string;
  cooperationId: string | null;
  kind: string;
  payload: Record<string, unknown>;
  reminderId: string | null;
  createdAt: number;
  readAt: number | null;
}

interface NotificationRow {
  id: string;
  user_id: string;
  cooperation_id: string | null;
  kind: string;
  payload: string;
  reminder_id: string | null;
  created_at: number;
  read_at: number | null;
}

const toNotification = (r: NotificationRow): Notification => ({
  id: r.id,
  userId: r.user_id,
  cooperationId: r.cooperation_id,
  kind: r.kind,
  payload: JSON.parse(r.payload) as Record<string, unknown>,
  reminderId: r.reminder_id,
  createdAt: r.created_at,
  readAt: r.read_at,
});

/**
 * Puts an item in a person's bell. With a reminder id, at most once per reminder (the column is
 * unique): delivering the same reminder again after an interrupted attempt adds nothing.
 * Returns the new item's id, or null when nothing was added.
 */
export function addNotification(
  db: DB,
  n: { userId: string; cooperationId: string | null; kind: string; payload: Record<string, unknown> },
  reminderId: string | null,
  now: number,
): string | null {
  const id = newId('nt');
  const info = sql(
    db,
    `INSERT OR IGNORE INTO notifications (id, user_id, cooperation_id, kind, payload, reminder_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, n.userId, n.cooperationId, n.kind, JSON.stringify(n.payload), reminderId, now);
  return info.changes > 0 ? id : null;
}

/** A person's latest bell items, newest first. */
export function listNotifications(db: DB, userId: string, limit = 50): Notification[] {
  return sql<[string, number], NotificationRow>(
    db,
    'SELECT * FROM notifications WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?',
  )
    .all(userId, limit)
    .map(toNotification);
}

/** How many of a person's bell items are unread. */
export function countUnreadNotifications(db: DB, userId: string): number {
  return sql<[string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL',
  ).get(userId)!.n;
}

/** Marks a person's items read: those named, or all when `ids` is null. Others' items are never touched. */
export function markNotificationsRead(db: DB, userId: string, ids: string[] | null, now: number): number {
  return sql(
    db,
    `UPDATE notifications SET read_at = @now WHERE user_id = @userId AND read_at IS NULL
       AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))`,
  ).run({ now, userId, ids: ids === null ? null : JSON.stringify(ids) }).changes;
}

/**
 * How a person is reached: e-mail address (empty: none), language written first, how often
 * (`digest`: one e-mail a day; `each`; `off`) and the kinds e-mailed.
 */
export interface NotificationSettings {
  email: string;
  language: 'id' | 'en';
  emailMode: EmailMode;
  emailKinds: EmailKind[];
}

/** Defaults for someone who has set nothing: no address, Indonesian first, the daily digest, every kind. */
export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  email: '',
  language: 'id',
  emailMode: 'digest',
  emailKinds: [...EMAIL_KINDS],
};

interface SettingsRow {
  email: string;
  language: 'id' | 'en';
  email_mode: EmailMode;
  email_muted: string;
}

/** A person's settings, the defaults when they have set none. */
export function findNotificationSettings(db: DB, userId: string): NotificationSettings {
  const r = sql<[string], SettingsRow>(
    db,
    'SELECT email, language, email_mode, email_muted FROM notification_settings WHERE user_id = ?',
  ).get(userId);
  if (!r) return DEFAULT_NOTIFICATION_SETTINGS;
  const muted = new Set(JSON.parse(r.email_muted) as string[]);
  return {
    email: r.email,
    language: r.language,
    emailMode: r.email_mode,
    emailKinds: EMAIL_KINDS.filter((k) => !muted.has(k)),
  };
}

/** Writes a person's settings whole (the kinds not listed are kept as turned off). */
export function saveNotificationSettings(db: DB, userId: string, s: NotificationSettings, now: number): void {
  const muted = EMAIL_KINDS.filter((k) => !s.emailKinds.includes(k));
  sql(
    db,
    `INSERT INTO notification_settings (user_id, email, language, email_mode, email_muted, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, language = excluded.language,
       email_mode = excluded.email_mode, email_muted = excluded.email_muted, updated_at = excluded.updated_at`,
  ).run(userId, s.email, s.language, s.emailMode, JSON.stringify(muted), now);
}

/** Whether reminders of `kind` go to this person by e-mail at all (an address, e-mail on, the kind kept). */
export const wantsEmail = (s: NotificationSettings, kind: EmailKind) =>
  s.email !== '' && s.emailMode !== 'off' && s.emailKinds.includes(kind);
