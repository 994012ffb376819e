import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** How a reminder reaches its recipient: the bell in the app, or an e-mail. */
export type ReminderChannel = 'app' | 'email';
/**
 * `pending` (waiting for its time or its next attempt), `sending` (an attempt in flight),
 * `sent`, `failed` (refused for good, e.g. the SMTP server rejected the address), `cancelled`
 * (what it reminded of was done, moved or reassigned before it went out).
 */
export type ReminderState = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

/** One message to deliver, as the job table holds it. */
export interface Reminder {
  id: string;
  idempotencyKey: string;
  kind: string;
  subjectId: string;
  occurrence: string;
  cooperationId: string;
  userId: string;
  channel: ReminderChannel;
  dueAt: number;
  payload: Record<string, unknown>;
  state: ReminderState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string;
  sendingAt: number | null;
  sentAt: number | null;
  createdAt: number;
  /** The daily digest it goes out in, once built; never also sent on its own. */
  digestId: string | null;
}

interface ReminderRow {
  id: string;
  idempotency_key: string;
  kind: string;
  subject_id: string;
  occurrence: string;
  cooperation_id: string;
  user_id: string;
  channel: ReminderChannel;
  due_at: number;
  payload: string;
  state: ReminderState;
  attempts: number;
  next_attempt_at: number;
  last_error: string;
  sending_at: number | null;
  sent_at: number | null;
  created_at: number;
  digest_id: string | null;
}

const toReminder = (r: ReminderRow): Reminder => ({
  id: r.id,
  idempotencyKey: r.idempotency_key,
  kind: r.kind,
  subjectId: r.subject_id,
  occurrence: r.occurrence,
  cooperationId: r.cooperation_id,
  userId: r.user_id,
  channel: r.channel,
  dueAt: r.due_at,
  payload: JSON.parse(r.payload) as Record<string, unknown>,
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  sendingAt: r.sending_at,
  sentAt: r.sent_at,
  createdAt: r.created_at,
  digestId: r.digest_id,
});

/** What a producer schedules; the key is built from its parts (see {@link reminderKey}). */
export type NewReminder = Pick<
  Reminder,
  'kind' | 'subjectId' | 'occurrence' | 'cooperationId' | 'userId' | 'channel' | 'dueAt' | 'payload'
>;

/** The idempotency key: kind, subject, recipient, occurrence and channel; one row per key. */
export const reminderKey = (r: NewReminder) =>
  [r.kind, r.subjectId, r.userId, r.occurrence, r.channel].join(':');

/**
 * Schedules a reminder unless one with the same key exists (whatever its state): scheduling
 * again after a restart or on every scan changes nothing. True when a row was added.
 */
export function scheduleReminder(db: DB, r: NewReminder, now: number): boolean {
  const info = sql(
    db,
    `INSERT OR IGNORE INTO reminders (id, idempotency_key, kind, subject_id, occurrence, cooperation_id,
       user_id, channel, due_at, payload, state, attempts, next_attempt_at, created_at)
     VALUES (@id, @key, @kind, @subjectId, @occurrence, @cooperationId, @userId, @channel, @dueAt,
       @payload, 'pending', 0, @dueAt, @now)`,
  ).run({
    id: newId('rm'),
    key: reminderKey(r),
    kind: r.kind,
    subjectId: r.subjectId,
    occurrence: r.occurrence,
    cooperationId: r.cooperationId,
    userId: r.userId,
    channel: r.channel,
    dueAt: r.dueAt,
    payload: JSON.stringify(r.payload),
    now,
  });
  return info.changes > 0;
}

/**
 * Takes up to `limit` pending reminders of these channels whose time has come and marks them
 * `sending` (one more attempt, its start recorded) in one transaction, so that each is handed
 * to exactly one attempt.
 */
export function claimDueReminders(
  db: DB,
  channels: ReminderChannel[],
  now: number,
  limit: number,
): Reminder[] {
  if (channels.length === 0) return [];
  return db.transaction(() => {
    const rows = sql<[{ channels: string; now: number; limit: number }], ReminderRow>(
      db,
      `SELECT * FROM reminders WHERE state = 'pending' AND next_attempt_at <= @now AND digest_id IS NULL
         AND channel IN (SELECT value FROM json_each(@channels))
       ORDER BY next_attempt_at, id LIMIT @limit`,
    ).all({ channels: JSON.stringify(channels), now, limit });
    const mark = sql(
      db,
      "UPDATE reminders SET state = 'sending', attempts = attempts + 1, sending_at = ? WHERE id = ?",
    );
    for (const r of rows) mark.run(now, r.id);
    return rows.map((r) => toReminder({ ...r, state: 'sending', attempts: r.attempts + 1, sending_at: now }));
  })();
}

/** The attempt delivered it. */
export function markReminderSent(db: DB, id: string, now: number): void {
  sql(db, "UPDATE reminders SET state = 'sent', sent_at = ?, last_error = '' WHERE id = ?").run(now, id);
}

/** The two job tables the worker delivers from: reminders, and the daily digests they join. */
export type JobTable = 'reminders' | 'reminder_digests';

/** The attempt failed for a reason that may pass: pending again, tried at `nextAttemptAt`. */
export function markReminderRetry(
  db: DB,
  id: string,
  nextAttemptAt: number,
  error: string,
  table: JobTable = 'reminders',
): void {
  sql(db, `UPDATE ${table} SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?`).run(
    nextAttemptAt,
    error.slice(0, 1000),
    id,
  );
}

/** Ends a reminder without delivering it: `failed` (refused for good) or `cancelled` (no longer wanted). */
export function markReminderEnded(db: DB, id: string, state: 'failed' | 'cancelled', reason: string): void {
  sql(db, 'UPDATE reminders SET state = ?, last_error = ? WHERE id = ?').run(
    state,
    reason.slice(0, 1000),
    id,
  );
}

/**
 * At start: the attempts a stopped process left in flight (`sending`) become pending again, due
 * now, with the reason recorded. Only one process serves a database, so every such row belongs
 * to a process that is gone. Returns how many.
 */
export function resumeInterruptedReminders(db: DB, now: number, table: JobTable = 'reminders'): number {
  return sql(
    db,
    `UPDATE ${table} SET state = 'pending', next_attempt_at = ?,
       last_error = 'interrupted: the server stopped during the attempt'
     WHERE state = 'sending'`,
  ).run(now).changes;
}

/**
 * The e-mail reminders that a daily digest may take: pending, in no digest yet, due by
 * `until`, of people whose e-mail goes as a digest (the default), with their cooperation's
 * settings (its time zone decides the local day).
 */
export function listDigestCandidates(
  db: DB,
  until: number,
): (Reminder & { cooperationSettings: Record<string, unknown> })[] {
  return sql<[number], ReminderRow & { settings: string }>(
    db,
    `SELECT r.*, c.settings FROM reminders r
       JOIN cooperations c ON c.id = r.cooperation_id
       LEFT JOIN notification_settings s ON s.user_id = r.user_id
      WHERE r.state = 'pending' AND r.channel = 'email' AND r.digest_id IS NULL AND r.due_at <= ?
        AND COALESCE(s.email_mode, 'digest') = 'digest'
      ORDER BY r.user_id, r.due_at, r.id`,
  )
    .all(until)
    .map((r) => ({
      ...toReminder(r),
      cooperationSettings: JSON.parse(r.settings) as Record<string, unknown>,
    }));
}

/** The reminders a digest still has to deliver, by due time. */
export function listDigestReminders(db: DB, digestId: string): Reminder[] {
  return sql<[string], ReminderRow>(
    db,
    "SELECT * FROM reminders WHERE digest_id = ? AND state = 'pending' ORDER BY due_at, id",
  )
    .all(digestId)
    .map(toReminder);
}

/** A cooperation's reminders by due time, for the list that shows what is pending and why. */
export function listCooperationReminders(db: DB, cooperationId: string): Reminder[] {
  return sql<[string], ReminderRow>(
    db,
    'SELECT * FROM reminders WHERE cooperation_id = ? ORDER BY due_at, channel, id',
  )
    .all(cooperationId)
    .map(toReminder);
}

/** A follow-up that may be reminded of: open or in progress, with a due date and a member in charge. */
export interface RemindableFollowUp {
  id: string;
  cooperationId: string;
  text: string;
  dueDate: string;
  picUserId: string;
  cooperationTitle: string;
  cooperationSettings: Record<string, unknown>;
}

/**
 * Open follow-ups due on `fromDate` (YYYY-MM-DD) or later whose person in charge is a member of
 * the cooperation: the first producer of reminders reads them on every tick.
 */
export function listRemindableFollowUps(db: DB, fromDate: string): RemindableFollowUp[] {
  return sql<
    [string],
    {
      id: string;
      cooperation_id: string;
      text: string;
      due_date: string;
      pic_user_id: string;
      title: string;
      settings: string;
    }
  >(
    db,
    `SELECT a.id, a.cooperation_id, a.text, a.due_date, a.pic_user_id, c.title, c.settings
       FROM action_items a
       JOIN cooperations c ON c.id = a.cooperation_id
       JOIN members m ON m.cooperation_id = a.cooperation_id AND m.user_id = a.pic_user_id
      WHERE a.due_date >= ? AND a.state IN ('open', 'in_progress')
      ORDER BY a.due_date, a.id`,
  )
    .all(fromDate)
    .map((r) => ({
      id: r.id,
      cooperationId: r.cooperation_id,
      text: r.text,
      dueDate: r.due_date,
      picUserId: r.pic_user_id,
      cooperationTitle: r.title,
      cooperationSettings: JSON.parse(r.settings) as Record<string, unknown>,
    }));
}
