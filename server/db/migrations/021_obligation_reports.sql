-- Reports on tracked obligations: what a party did (text, a status, evidence files), and the
-- other party's answers (a comment, or a request for more). Append-only: rows are never edited
-- or deleted by the application, so the history stays whole; a newer report supersedes an older
-- one in state only. Times are INTEGER ms since the epoch; an occurrence is a YYYY-MM-DD due date.

CREATE TABLE obligation_reports (
  id             TEXT PRIMARY KEY,
  obligation_id  TEXT NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  occurrence     TEXT,      -- YYYY-MM-DD: the due date this report answers; NULL when the obligation sets none
  status         TEXT NOT NULL CHECK (status IN ('in_progress', 'done', 'blocked')),
  text           TEXT NOT NULL,
  author_id      TEXT NOT NULL REFERENCES users(id),
  party_id       TEXT REFERENCES parties(id),   -- the author's party when reported
  unit_id        TEXT REFERENCES units(id) ON DELETE SET NULL,
  created_at     INTEGER NOT NULL
);
CREATE INDEX obligation_reports_obligation ON obligation_reports(obligation_id, created_at);
CREATE INDEX obligation_reports_cooperation ON obligation_reports(cooperation_id, created_at);

CREATE TABLE obligation_report_files (
  id         TEXT PRIMARY KEY,
  report_id  TEXT NOT NULL REFERENCES obligation_reports(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  mime       TEXT NOT NULL,   -- checked from the bytes, not trusted from the client
  size       INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  data       BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX obligation_report_files_report ON obligation_report_files(report_id);

-- The other party's answer to a report: a comment, or a request for more ('request').
CREATE TABLE obligation_report_comments (
  id         TEXT PRIMARY KEY,
  report_id  TEXT NOT NULL REFERENCES obligation_reports(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('comment', 'request')),
  text       TEXT NOT NULL,
  author_id  TEXT NOT NULL REFERENCES users(id),
  party_id   TEXT REFERENCES parties(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX obligation_report_comments_report ON obligation_report_comments(report_id, created_at);
