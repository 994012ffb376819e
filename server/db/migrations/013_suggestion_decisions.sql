-- Every decision on a suggestion (docs/SUGGESTIONS.md): which suggestion of which document was
-- accepted, rejected or withdrawn by its author, by whom for which party, when, and what it
-- proposed (its author, party, time and its inserted and deleted text), so the history shows
-- it after the marks are gone from the text.
CREATE TABLE suggestion_decisions (
  id              TEXT PRIMARY KEY,
  document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  suggestion_id   TEXT NOT NULL,
  decision        TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'withdraw')),
  user_id         TEXT NOT NULL,
  party_id        TEXT NOT NULL,
  at              INTEGER NOT NULL,
  clause_id       TEXT,
  author_user_id  TEXT NOT NULL,
  author_party_id TEXT NOT NULL,
  suggested_at    TEXT NOT NULL,
  inserted        TEXT NOT NULL DEFAULT '',
  deleted         TEXT NOT NULL DEFAULT '',
  -- Decided although its Pasal had changed since (the caller confirmed).
  confirmed_stale INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX suggestion_decisions_document ON suggestion_decisions(document_id, at);

-- A discussion point may propose a suggestion: accepting it closes the point as agreed.
ALTER TABLE discussion_points ADD COLUMN suggestion_id TEXT;
