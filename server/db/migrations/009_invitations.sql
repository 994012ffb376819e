-- Invitations to join a cooperation, and the accounts allowed to start cooperations.
-- An owner invites someone with a party, a role and the signatory flag; the invitee opens a
-- one-time link and accepts (signed in, or creating an account there). Only the SHA-256 of the
-- link's token is stored, so a copy of the database does not hold usable links.

CREATE TABLE invitations (
  id             TEXT PRIMARY KEY,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  token_hash     TEXT NOT NULL UNIQUE,             -- SHA-256 (hex) of the link's token, never the token
  name           TEXT NOT NULL,                    -- whom the owner invited, as the owner wrote it
  email          TEXT NOT NULL DEFAULT '',
  party_id       TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
  role           TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'commenter', 'viewer')),
  signatory      INTEGER NOT NULL DEFAULT 0,
  created_by     TEXT NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL,
  expires_at     INTEGER NOT NULL,
  accepted_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
  accepted_at    INTEGER,                          -- set once: a link is used at most once
  revoked_at     INTEGER
);
CREATE INDEX invitations_cooperation ON invitations(cooperation_id, created_at);

-- Accounts an administrator allowed to start cooperations (`npm run user -- grant-create`),
-- for SEPAKAT_COOPERATION_CREATORS=owners (the default): owners of a cooperation may anyway.
CREATE TABLE cooperation_creators (
  user_id    TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  granted_at INTEGER NOT NULL
);
