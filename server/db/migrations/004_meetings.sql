-- Meetings (rapat), discussion points (poin pembahasan) with replies, follow-up actions
-- (tindak lanjut) and liaisons (penghubung / PIC). Dates are calendar dates 'YYYY-MM-DD' as
-- text (a meeting happens on a local day, not at an instant); times of day 'HH:MM'.
-- Record times are INTEGER ms like everywhere else.

CREATE TABLE meetings (
  id                    TEXT PRIMARY KEY,
  cooperation_id        TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  title                 TEXT NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('pembahasan', 'internal', 'tindak_lanjut', 'finalisasi')),
  date                  TEXT NOT NULL,                 -- YYYY-MM-DD
  time_from             TEXT NOT NULL,                 -- HH:MM
  time_to               TEXT NOT NULL,                 -- HH:MM, after time_from
  time_zone             TEXT NOT NULL DEFAULT 'WIB' CHECK (time_zone IN ('WIB', 'WITA', 'WIT')),
  place                 TEXT NOT NULL DEFAULT '',
  online_link           TEXT NOT NULL DEFAULT '',
  -- Chair (pimpinan rapat) and minute-taker (notulis): a member or a named guest.
  chair_user_id         TEXT REFERENCES users(id) ON DELETE SET NULL,
  chair_name            TEXT NOT NULL DEFAULT '',
  chair_position        TEXT NOT NULL DEFAULT '',
  chair_nip             TEXT NOT NULL DEFAULT '',
  minute_taker_user_id  TEXT REFERENCES users(id) ON DELETE SET NULL,
  minute_taker_name     TEXT NOT NULL DEFAULT '',
  minute_taker_position TEXT NOT NULL DEFAULT '',
  minute_taker_nip      TEXT NOT NULL DEFAULT '',
  opening               TEXT NOT NULL DEFAULT '',      -- pembukaan: how the meeting was opened
  state                 TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'open', 'closed')),
  next_meeting_text     TEXT NOT NULL DEFAULT '',
  next_meeting_id       TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  created_by            TEXT NOT NULL REFERENCES users(id),
  created_at            INTEGER NOT NULL,
  updated_at            INTEGER NOT NULL,
  opened_at             INTEGER,
  closed_at             INTEGER
);
CREATE INDEX meetings_cooperation ON meetings(cooperation_id, date);

CREATE TABLE meeting_agenda_items (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  title      TEXT NOT NULL
);
CREATE INDEX meeting_agenda_items_meeting ON meeting_agenda_items(meeting_id, ordinal);

CREATE TABLE meeting_attendees (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  user_id    TEXT REFERENCES users(id) ON DELETE SET NULL,  -- a member; NULL for a guest
  name       TEXT NOT NULL,
  position   TEXT NOT NULL DEFAULT '',
  party_id   TEXT REFERENCES parties(id) ON DELETE SET NULL,
  unit       TEXT NOT NULL DEFAULT '',                       -- institution / OPD of a guest
  present    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX meeting_attendees_meeting ON meeting_attendees(meeting_id, ordinal);

CREATE TABLE meeting_documents (
  meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, document_id)
) WITHOUT ROWID;

-- The version of each document discussed, recorded when the meeting closed: a named point
-- (seq) in the document's update log. Written by recordMeetingVersions until the versions
-- module of the history feature takes this over.
CREATE TABLE meeting_versions (
  meeting_id  TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  label       TEXT NOT NULL,
  version_id  TEXT,                                          -- the history module's version, when it made one
  created_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, document_id)
) WITHOUT ROWID;

CREATE TABLE discussion_points (
  id                    TEXT PRIMARY KEY,
  cooperation_id        TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  document_id           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  clause_id             TEXT,                                -- a clause node id in the document (no FK: it lives in the Y.Doc)
  anchored              INTEGER NOT NULL DEFAULT 0,          -- a pointAnchor mark with pointId = id was set
  quote                 TEXT NOT NULL DEFAULT '',            -- the text selected when the point was raised
  meeting_id            TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  agenda_item_id        TEXT REFERENCES meeting_agenda_items(id) ON DELETE SET NULL,
  text                  TEXT NOT NULL,
  raised_by_party_id    TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
  raised_by_user_id     TEXT REFERENCES users(id) ON DELETE SET NULL,
  raised_by_name        TEXT NOT NULL,
  state                 TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'agreed', 'rejected', 'deferred')),
  decision              TEXT NOT NULL DEFAULT '',
  decided_in_meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  decided_at            INTEGER,
  created_by            TEXT NOT NULL REFERENCES users(id),
  created_at            INTEGER NOT NULL,
  updated_at            INTEGER NOT NULL
);
CREATE INDEX discussion_points_cooperation ON discussion_points(cooperation_id, created_at);
CREATE INDEX discussion_points_document ON discussion_points(document_id, clause_id);
CREATE INDEX discussion_points_meeting ON discussion_points(meeting_id);

CREATE TABLE point_replies (
  id         TEXT PRIMARY KEY,
  point_id   TEXT NOT NULL REFERENCES discussion_points(id) ON DELETE CASCADE,
  text       TEXT NOT NULL,
  user_id    TEXT REFERENCES users(id) ON DELETE SET NULL,
  name       TEXT NOT NULL,
  party_id   TEXT REFERENCES parties(id) ON DELETE SET NULL,
  at         INTEGER NOT NULL
);
CREATE INDEX point_replies_point ON point_replies(point_id, at);

CREATE TABLE liaisons (
  id             TEXT PRIMARY KEY,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  party_id       TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
  unit           TEXT NOT NULL DEFAULT '',                   -- OPD / unit kerja
  name           TEXT NOT NULL,
  position       TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT '',
  email          TEXT NOT NULL DEFAULT '',
  since          TEXT,                                       -- YYYY-MM-DD
  created_by     TEXT NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX liaisons_cooperation ON liaisons(cooperation_id, party_id, unit);

CREATE TABLE action_items (
  id              TEXT PRIMARY KEY,
  cooperation_id  TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  text            TEXT NOT NULL,
  -- Person in charge: a member, a liaison, or only a name; the name is kept so that the
  -- follow-up still reads right after the liaison is removed.
  pic_user_id     TEXT REFERENCES users(id) ON DELETE SET NULL,
  pic_liaison_id  TEXT REFERENCES liaisons(id) ON DELETE SET NULL,
  pic_name        TEXT NOT NULL,
  pic_position    TEXT NOT NULL DEFAULT '',
  party_id        TEXT REFERENCES parties(id) ON DELETE SET NULL,
  unit            TEXT NOT NULL DEFAULT '',
  due_date        TEXT,                                      -- YYYY-MM-DD
  state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in_progress', 'done', 'cancelled')),
  meeting_id      TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  point_id        TEXT REFERENCES discussion_points(id) ON DELETE SET NULL,
  created_by      TEXT NOT NULL REFERENCES users(id),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  done_at         INTEGER
);
CREATE INDEX action_items_cooperation ON action_items(cooperation_id, due_date);
