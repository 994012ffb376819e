-- The minutes (notula) of a meeting as a record: frozen each time the meeting closes. The
-- minutes of a closed meeting are read from here, never rebuilt from the live records, so
-- they cite each Pasal by the number and heading it had at the close and the downloaded
-- notula never changes. Reopening a meeting keeps its earlier records: closing it again adds
-- the next version.
CREATE TABLE minutes_records (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  version    INTEGER NOT NULL,                 -- 1 at the first close, +1 at each close after a reopening
  minutes    TEXT NOT NULL,                    -- JSON: the MinutesDTO as printed
  closed_at  INTEGER NOT NULL,
  closed_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
  PRIMARY KEY (meeting_id, version)
) WITHOUT ROWID;

-- The logo bytes each party had when the record was frozen, for the letterhead (kop) a
-- notula may be printed with; a party without a row had none.
CREATE TABLE minutes_record_logos (
  meeting_id TEXT NOT NULL,
  version    INTEGER NOT NULL,
  party_id   TEXT NOT NULL,
  logo       BLOB NOT NULL,
  mime       TEXT NOT NULL,
  PRIMARY KEY (meeting_id, version, party_id),
  FOREIGN KEY (meeting_id, version) REFERENCES minutes_records(meeting_id, version) ON DELETE CASCADE
) WITHOUT ROWID;

-- Each reopening of a closed meeting: who, when and why. Printed in the minutes closed after it.
CREATE TABLE meeting_reopenings (
  id          TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  version     INTEGER NOT NULL,                -- the record version it reopened
  at          INTEGER NOT NULL,
  user_id     TEXT REFERENCES users(id) ON DELETE SET NULL,
  name        TEXT NOT NULL,                   -- the name as it was, kept if the account goes
  reason      TEXT NOT NULL
);
CREATE INDEX meeting_reopenings_meeting ON meeting_reopenings(meeting_id, at);
