import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** One person's daily e-mail of reminders for one local day (see migration 025). */
export interface Digest {
  id: string;
  idempotencyKey: string;
  userId: string;
  /** YYYY-MM-DD: the local day it lists. */
  day: string;
  state: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  nextAttemptAt: number;
  lastError: string;
}

interface DigestRow {
  id: string;
  idempotency_key: string;
  user_id: string;
  day: string;
  state: Digest['state'];
  attempts: number;
  next_attempt_at: number;
  last_error: string;
}

const toDigest = (r: DigestRow): Digest => ({
  id: r.id,
  idempotencyKey: r.idempotency_key,
  userId: r.user_id,
  day: r.day,
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
});

/** The digest's idempotency key, one per person and local day; its Message-ID is made from it. */
export const digestKey = (userId: string, day: string) => `digest:${userId}:${day}`;

/**
 * Puts these pending e-mail reminders in the person's digest of `day`, made now when there is
 * none. A digest already tried keeps what it holds (a copy sent again after a stop must say
 * the same): the reminders are then left out and go on their own. Returns how many joined.
 */
export function attachToDigest(
  db: DB,
  userId: string,
  day: string,
  reminderIds: string[],
  now: number,
): number {
  return db.transaction(() => {
    sql(
      db,
      `INSERT OR IGNORE INTO reminder_digests (id, idempotency_key, user_id, day, state, attempts,
         next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)`,
    ).run(newId('dg'), digestKey(userId, day), userId, day, now, now);
    const digest = sql<[string], { id: string; state: string; attempts: number }>(
      db,
      'SELECT id, state, attempts FROM reminder_digests WHERE idempotency_key = ?',
    ).get(digestKey(userId, day))!;
    if (digest.state !== 'pending' || digest.attempts > 0) return 0;
    return sql(
      db,
      `UPDATE reminders SET digest_id = ? WHERE digest_id IS NULL AND state = 'pending'
         AND id IN (SELECT value FROM json_each(?))`,
    ).run(digest.id, JSON.stringify(reminderIds)).changes;
  })();
}

/** Takes up to `limit` due digests and marks them `sending`, one more attempt, in one transaction. */
export function claimDueDigests(db: DB, now: number, limit: number): Digest[] {
  return db.transaction(() => {
    const rows = sql<[number, number], DigestRow>(
      db,
      `SELECT * FROM reminder_digests WHERE state = 'pending' AND next_attempt_at <= ?
       ORDER BY next_attempt_at, id LIMIT ?`,
    ).all(now, limit);
    const mark = sql(
      db,
      "UPDATE reminder_digests SET state = 'sending', attempts = attempts + 1, sending_at = ? WHERE id = ?",
    );
    for (const r of rows) mark.run(now, r.id);
    return rows.map((r) => toDigest({ ...r, state: 'sending', attempts: r.attempts + 1 }));
  })();
}

/** The digest went out: it and every reminder it still held are sent, in one transaction. */
export function markDigestSent(db: DB, id: string, now: number): void {
  db.transaction(() => {
    sql(db, "UPDATE reminder_digests SET state = 'sent', sent_at = ?, last_error = '' WHERE id = ?").run(
      now,
      id,
    );
    sql(
      db,
      "UPDATE reminders SET state = 'sent', sent_at = ?, last_error = '' WHERE digest_id = ? AND state = 'pending'",
    ).run(now, id);
  })();
}

/** Ends a digest without sending it, and the reminders it held with it, for the same reason. */
export function markDigestEnded(db: DB, id: string, state: 'failed' | 'cancelled', reason: string): void {
  db.transaction(() => {
    sql(db, 'UPDATE reminder_digests SET state = ?, last_error = ? WHERE id = ?').run(
      state,
      reason.slice(0, 1000),
      id,
    );
    sql(db, "UPDATE reminders SET state = ?, last_error = ? WHERE digest_id = ? AND state = 'pending'").run(
      state,
      reason.slice(0, 1000),
      id,
    );
  })();
}
