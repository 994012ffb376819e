-- Calendar feeds: one secret address per person that a calendar (Google Calendar, Outlook)
-- subscribes to without a session. The token is the credential, so only its SHA-256 is kept:
-- a copy of the database does not reveal anyone's feed. Rotating revokes the live row and adds
-- a new one; a revoked row stays for the record.
CREATE TABLE calendar_feeds (
  id         TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
-- At most one live feed per person.
CREATE UNIQUE INDEX calendar_feeds_live ON calendar_feeds(user_id) WHERE revoked_at IS NULL;
