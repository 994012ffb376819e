-- History of documents: which clauses each logged update changed, the clause's
-- content after each attributed change, and named versions (points in the update log).
-- The update log (doc_updates) stays the source of truth; these tables make history a query.

-- Update `seq` of a document changed clause `clause_id` (kind added | removed | changed | moved),
-- sent by `user_id` (NULL for system changes). One row per (update, clause).
CREATE TABLE clause_changes (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  clause_id   TEXT NOT NULL,
  user_id     TEXT,
  at          INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'changed', 'moved')),
  PRIMARY KEY (document_id, seq, clause_id)
) WITHOUT ROWID;
CREATE INDEX clause_changes_clause ON clause_changes(document_id, clause_id, seq);

-- A clause as it read at `seq` (after the changes attributed up to that seq): its hash
-- (clauseHash, NULL once removed), its Pasal number and its ProseMirror JSON (NULL once removed).
-- Written at most once per attribution window (~0.5 s) per changed clause.
CREATE TABLE clause_states (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  clause_id   TEXT NOT NULL,
  seq         INTEGER NOT NULL,
  at          INTEGER NOT NULL,
  hash        TEXT,
  number      INTEGER,
  content     TEXT,
  PRIMARY KEY (document_id, clause_id, seq)
) WITHOUT ROWID;
CREATE INDEX clause_states_seq ON clause_states(document_id, seq);

-- A named point in a document's update log: by whom, why, and what changed since the
-- previous version (summary JSON: counts of clauses added, removed, changed, moved).
CREATE TABLE versions (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL CHECK (kind IN ('manual', 'meeting', 'approval', 'finalized', 'reopened', 'signed', 'auto')),
  user_id     TEXT,
  meeting_id  TEXT,
  at          INTEGER NOT NULL,
  summary     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX versions_document ON versions(document_id, seq);

-- How far the log of a document has been attributed (clause_changes written up to this seq):
-- after a crash, the next load attributes what lies between this seq and the log's end.
CREATE TABLE attribution_marks (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL
) WITHOUT ROWID;
