-- The role `suggester`, between commenter and editor: it changes the text only by suggestions.
-- SQLite cannot change a CHECK constraint in place, so `members` and `invitations` are rebuilt
-- with the new list: a new table, every row copied, the old one dropped, the new one renamed,
-- and its indexes and triggers made again. Nothing references either table, so the foreign
-- keys (on during migrations) hold throughout, and dropping fires no trigger.

CREATE TABLE members_next (
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  party_id       TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
  role           TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'suggester', 'commenter', 'viewer')),
  signatory      INTEGER NOT NULL DEFAULT 0,
  added_at       INTEGER NOT NULL,
  PRIMARY KEY (cooperation_id, user_id)
);
INSERT INTO members_next (cooperation_id, user_id, party_id, role, signatory, added_at)
  SELECT cooperation_id, user_id, party_id, role, signatory, added_at FROM members;
DROP TABLE members;
ALTER TABLE members_next RENAME TO members;
CREATE INDEX members_user ON members(user_id);

-- The access sweep's counter moves on every change to a membership (see 008_access_epoch.sql).
CREATE TRIGGER access_epoch_member_changed AFTER UPDATE ON members
BEGIN
  UPDATE access_epoch SET n = n + 1 WHERE one = 1;
END;

CREATE TRIGGER access_epoch_member_removed AFTER DELETE ON members
BEGIN
  UPDATE access_epoch SET n = n + 1 WHERE one = 1;
END;

CREATE TABLE invitations_next (
  id             TEXT PRIMARY KEY,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  token_hash     TEXT NOT NULL UNIQUE,             -- SHA-256 (hex) of the link's token, never the token
  name           TEXT NOT NULL,                    -- whom the owner invited, as the owner wrote it
  email          TEXT NOT NULL DEFAULT '',
  party_id       TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
  role           TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'suggester', 'commenter', 'viewer')),
  signatory      INTEGER NOT NULL DEFAULT 0,
  created_by     TEXT NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL,
  expires_at     INTEGER NOT NULL,
  accepted_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
  accepted_at    INTEGER,                          -- set once: a link is used at most once
  revoked_at     INTEGER
);
INSERT INTO invitations_next (id, cooperation_id, token_hash, name, email, party_id, role, signatory,
                              created_by, created_at, expires_at, accepted_by, accepted_at, revoked_at)
  SELECT id, cooperation_id, token_hash, name, email, party_id, role, signatory,
         created_by, created_at, expires_at, accepted_by, accepted_at, revoked_at
  FROM invitations;
DROP TABLE invitations;
ALTER TABLE invitations_next RENAME TO invitations;
CREATE INDEX invitations_cooperation ON invitations(cooperation_id, created_at);
