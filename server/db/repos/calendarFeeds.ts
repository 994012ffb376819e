import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/**
 * Feeds are stored by the SHA-256 of their token, as sessions are: the token in a calendar's
 * subscription is the only credential, and a copy of the database must not hand it out.
 */
export const feedTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A person's calendar feed as stored (never its token). */
export interface CalendarFeed {
  id: string;
  userId: string;
  createdAt: number;
  revokedAt: number | null;
}

interface FeedRow {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: number;
  revoked_at: number | null;
}

const toFeed = (r: FeedRow): CalendarFeed => ({
  id: r.id,
  userId: r.user_id,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Revokes the person's live feed, if any; returns whether there was one. */
export function revokeCalendarFeed(db: DB, userId: string, now = Date.now()): boolean {
  return (
    sql(db, 'UPDATE calendar_feeds SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(
      now,
      userId,
    ).changes > 0
  );
}

/**
 * Gives the person a new feed token, revoking the one they had: returns the token, which is
 * shown once and stored only hashed.
 */
export function rotateCalendarFeed(db: DB, userId: string, now = Date.now()) {
  const token = randomBytes(32).toString('base64url');
  const feed: CalendarFeed = { id: newId('cf'), userId, createdAt: now, revokedAt: null };
  db.transaction(() => {
    revokeCalendarFeed(db, userId, now);
    sql(db, 'INSERT INTO calendar_feeds (id, user_id, token_hash, created_at) VALUES (?, ?, ?, ?)').run(
      feed.id,
      userId,
      feedTokenHash(token),
      now,
    );
  })();
  return { token, feed };
}

/** The person's live feed, or null. */
export function findLiveCalendarFeed(db: DB, userId: string): CalendarFeed | null {
  const r = sql<[string], FeedRow>(
    db,
    'SELECT * FROM calendar_feeds WHERE user_id = ? AND revoked_at IS NULL',
  ).get(userId);
  return r ? toFeed(r) : null;
}

/** The live feed a token opens, or null for an unknown or revoked token. */
export function findFeedByToken(db: DB, token: string): CalendarFeed | null {
  const r = sql<[string], FeedRow>(
    db,
    'SELECT * FROM calendar_feeds WHERE token_hash = ? AND revoked_at IS NULL',
  ).get(feedTokenHash(token));
  return r ? toFeed(r) : null;
}
