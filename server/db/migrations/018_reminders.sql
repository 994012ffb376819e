-- Durable reminders: one row per message to deliver (a job), the in-app bell, and where and
-- how each person is reached. Times are INTEGER ms since the epoch (UTC) like everywhere else;
-- the cooperation's time zone (settings.timeZone: WIB, WITA or WIT) decides the local day a
-- reminder falls on and how its dates read.

CREATE TABLE reminders (
  id              TEXT PRIMARY KEY,
  -- kind:subject:recipient:occurrence:channel. The same reminder scheduled twice (after a
  -- restart, by two scans) is one row; the e-mail's Message-ID is made from it.
  idempotency_key TEXT NOT NULL UNIQUE,
  kind            TEXT NOT NULL,                     -- e.g. 'action.due'
  subject_id      TEXT NOT NULL,                     -- e.g. the follow-up's id (no FK: kinds differ)
  occurrence      TEXT NOT NULL,                     -- e.g. '2026-12-10/before'
  cooperation_id  TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  channel         TEXT NOT NULL CHECK (channel IN ('app', 'email')),
  due_at          INTEGER NOT NULL,
  payload         TEXT NOT NULL DEFAULT '{}',        -- JSON: what the message says
  state           TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT NOT NULL DEFAULT '',
  sending_at      INTEGER,                           -- when the attempt in flight began
  sent_at         INTEGER,
  created_at      INTEGER NOT NULL
);
CREATE INDEX reminders_due ON reminders(state, next_attempt_at);
CREATE INDEX reminders_cooperation ON reminders(cooperation_id, due_at);

-- The bell: what a person has been told in the app, and whether they have read it.
CREATE TABLE notifications (
  id             TEXT PRIMARY KEY,
  user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  cooperation_id TEXT REFERENCES cooperations(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL,
  payload        TEXT NOT NULL DEFAULT '{}',
  reminder_id    TEXT UNIQUE REFERENCES reminders(id) ON DELETE SET NULL,
  created_at     INTEGER NOT NULL,
  read_at        INTEGER
);
CREATE INDEX notifications_user ON notifications(user_id, created_at);

-- Per person: the address e-mails go to (none: in the app only), the language they are written
-- in first, and how often ('each': one e-mail per reminder; 'off': none).
CREATE TABLE notification_settings (
  user_id    TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  email      TEXT NOT NULL DEFAULT '',
  language   TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
  email_mode TEXT NOT NULL DEFAULT 'each' CHECK (email_mode IN ('each', 'off')),
  updated_at INTEGER NOT NULL
);
