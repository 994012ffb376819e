-- Accounts, sessions, cooperations with their parties and members, documents.
-- Times are milliseconds since the epoch (INTEGER); ids are short random strings.

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  position      TEXT NOT NULL DEFAULT '',        -- jabatan, e.g. "Kepala Perwakilan"
  nip           TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,                   -- scrypt$N$r$p$salt$hash
  created_at    INTEGER NOT NULL
);

CREATE TABLE sessions (
  id          TEXT PRIMARY KEY,                  -- SHA-256 of the cookie token, never the token
  user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE cooperations (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  settings    TEXT NOT NULL DEFAULT '{}',        -- JSON: export defaults (paper, font, ...)
  created_by  TEXT NOT NULL REFERENCES users(id),
  created_at  INTEGER NOT NULL
);

CREATE TABLE parties (
  id             TEXT PRIMARY KEY,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  ordinal        INTEGER NOT NULL,               -- 1 = PIHAK PERTAMA, 2 = PIHAK KEDUA, ...
  name           TEXT NOT NULL,
  short_name     TEXT NOT NULL,
  seat           TEXT NOT NULL DEFAULT '',       -- kedudukan / address
  color          TEXT NOT NULL,                  -- one colour per party, e.g. #1d4ed8
  logo           BLOB,
  logo_mime      TEXT,
  UNIQUE (cooperation_id, ordinal)
);

CREATE TABLE members (
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  party_id       TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
  role           TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'commenter', 'viewer')),
  signatory      INTEGER NOT NULL DEFAULT 0,
  added_at       INTEGER NOT NULL,
  PRIMARY KEY (cooperation_id, user_id)
);
CREATE INDEX members_user ON members(user_id);

CREATE TABLE documents (
  id             TEXT PRIMARY KEY,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('mou', 'pks', 'notes')),
  title          TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'signed')),
  mou_id         TEXT REFERENCES documents(id) ON DELETE SET NULL,  -- the MoU a PKS implements
  created_by     TEXT NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX documents_cooperation ON documents(cooperation_id);

-- The append-only update log of every document's Y.Doc: who sent which update, when.
CREATE TABLE doc_updates (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  user_id     TEXT,                               -- NULL for system changes (template, restore by server)
  at          INTEGER NOT NULL,
  data        BLOB NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

-- Merged state of a document at seq N: load = latest checkpoint + the log after it.
CREATE TABLE doc_checkpoints (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  at          INTEGER NOT NULL,
  state       BLOB NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
