-- Per-party approvals of clauses, and the lifecycle of documents (draft -> final -> signed).
-- Nothing here is ever deleted: an approval is withdrawn by stamping it, and every status
-- change is a new row, so who agreed to what, and who reopened why, stays on record.

-- Party P approved clause C of a document at content hash H. For each (document, clause,
-- party) the latest row counts, unless it is withdrawn; it is current while H equals the
-- clause's hash now (derived, never stored).
CREATE TABLE approvals (
  id           INTEGER PRIMARY KEY,               -- increasing: "latest" = highest id
  document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  clause_id    TEXT NOT NULL,                     -- the clause node's stable id in the Y.Doc
  party_id     TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
  user_id      TEXT NOT NULL REFERENCES users(id),
  hash         TEXT NOT NULL,                     -- clauseHash() of the text approved
  at           INTEGER NOT NULL,
  withdrawn_at INTEGER,
  withdrawn_by TEXT REFERENCES users(id)
);
CREATE INDEX approvals_clause_party ON approvals(document_id, clause_id, party_id, id);

-- Each change of a document's status: finalised, reopened (with the reason), signed (with
-- the date and place of signing).
CREATE TABLE document_lifecycle (
  id           INTEGER PRIMARY KEY,
  document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  action       TEXT NOT NULL CHECK (action IN ('finalize', 'reopen', 'sign')),
  from_status  TEXT NOT NULL,
  to_status    TEXT NOT NULL,
  user_id      TEXT NOT NULL REFERENCES users(id),
  at           INTEGER NOT NULL,
  reason       TEXT,                              -- reopen: why
  signed_date  TEXT,                              -- sign: ISO YYYY-MM-DD
  signed_place TEXT                               -- sign: where
);
CREATE INDEX document_lifecycle_document ON document_lifecycle(document_id, id);
