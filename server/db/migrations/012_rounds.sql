-- Negotiation rounds: "Kirim ke pihak lain" freezes the text and its suggestions as a version of
-- kind 'round', sent by one party to the other(s). The versions table takes the new kind (SQLite
-- changes a CHECK only by rebuilding the table; nothing references it by foreign key).
CREATE TABLE versions_next (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL CHECK (kind IN ('manual', 'meeting', 'approval', 'finalized', 'reopened', 'signed', 'auto', 'round')),
  user_id     TEXT,
  meeting_id  TEXT,
  at          INTEGER NOT NULL,
  summary     TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO versions_next (id, document_id, seq, label, kind, user_id, meeting_id, at, summary)
  SELECT id, document_id, seq, label, kind, user_id, meeting_id, at, summary FROM versions;
DROP TABLE versions;
ALTER TABLE versions_next RENAME TO versions;
CREATE INDEX versions_document ON versions(document_id, seq);

-- One round of a document: its number (1, 2, … per document), the party that sent it and who,
-- and whether the sender limited the other party to suggestions. Its time and seq are the version's.
CREATE TABLE negotiation_rounds (
  version_id          TEXT PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
  document_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number              INTEGER NOT NULL,
  party_id            TEXT NOT NULL,
  user_id             TEXT,
  limit_other_party   INTEGER NOT NULL DEFAULT 0,
  UNIQUE (document_id, number)
);
