-- Per-person e-mail settings gain the daily digest ('digest': one e-mail a day at 07:00 local
-- time listing that day's reminders, the default for new settings) and the kinds of reminders
-- a person does not want by e-mail. SQLite cannot change a CHECK in place, so
-- `notification_settings` is rebuilt: a new table, every row copied (an 'each' stays 'each'),
-- the old one dropped, the new one renamed. Nothing references it.

CREATE TABLE notification_settings_next (
  user_id      TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  email        TEXT NOT NULL DEFAULT '',
  language     TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
  email_mode   TEXT NOT NULL DEFAULT 'digest' CHECK (email_mode IN ('digest', 'each', 'off')),
  -- JSON array of the kinds not e-mailed ('followUps', 'obligations', 'termEnds', ...): kept as
  -- what is turned off, so a kind added later is e-mailed until its person says otherwise.
  email_muted  TEXT NOT NULL DEFAULT '[]',
  updated_at   INTEGER NOT NULL
);
INSERT INTO notification_settings_next (user_id, email, language, email_mode, updated_at)
  SELECT user_id, email, language, email_mode, updated_at FROM notification_settings;
DROP TABLE notification_settings;
ALTER TABLE notification_settings_next RENAME TO notification_settings;

-- One daily e-mail per person and local day: a job of its own, delivered with the same
-- guarantees as a reminder (claimed, sent, marked; resumed after a stop with the same
-- Message-ID, made from its key 'digest:<user>:<day>').
CREATE TABLE reminder_digests (
  id              TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  day             TEXT NOT NULL,                     -- YYYY-MM-DD: the local day it lists
  state           TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT NOT NULL DEFAULT '',
  sending_at      INTEGER,
  sent_at         INTEGER,
  created_at      INTEGER NOT NULL
);
CREATE INDEX reminder_digests_due ON reminder_digests(state, next_attempt_at);

-- The digest an e-mail reminder goes out in: set when the digest is built, so the reminder is
-- never also sent on its own; it is marked sent (or failed, cancelled) with its digest.
ALTER TABLE reminders ADD COLUMN digest_id TEXT REFERENCES reminder_digests(id) ON DELETE SET NULL;
CREATE INDEX reminders_digest ON reminders(digest_id);
