-- Obligations of a signed (or final) agreement, tracked until they are met: each one linked to the
-- Pasal/ayat that states it, bound to a party (or all of them, or each on its own), perhaps
-- to one of its units (OPD) and a liaison, with what counts as evidence and when it falls due.
-- Sepakat proposes them from the text (shared/obligations/propose.ts); people confirm, edit,
-- dismiss or add. Times are INTEGER ms since the epoch; dates are the calendar's YYYY-MM-DD.

CREATE TABLE obligations (
  id                TEXT PRIMARY KEY,
  cooperation_id    TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  document_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  clause_id         TEXT NOT NULL,                 -- the Pasal's id in the document
  ayat_id           TEXT,                          -- the ayat's id, NULL for the Pasal's own text
  clause_path       TEXT NOT NULL,                 -- "Pasal 4 ayat (4) huruf b" when it was read
  -- 'party': party_id binds; 'all': PARA PIHAK together; 'each': every party on its own.
  party_scope       TEXT NOT NULL CHECK (party_scope IN ('party', 'all', 'each')),
  party_id          TEXT REFERENCES parties(id) ON DELETE CASCADE,
  party_label       TEXT NOT NULL DEFAULT '',      -- as the text names it: "PIHAK KEDUA"
  unit_id           TEXT REFERENCES units(id) ON DELETE SET NULL,
  liaison_id        TEXT REFERENCES liaisons(id) ON DELETE SET NULL,
  text              TEXT NOT NULL,
  evidence          TEXT NOT NULL DEFAULT '',      -- what counts as proof it was met
  -- NULL: the text sets no time; people set one when they confirm.
  due_kind          TEXT CHECK (due_kind IN ('date', 'recurring', 'after_event')),
  due_date          TEXT,                          -- 'date': YYYY-MM-DD
  recurrence_months INTEGER,                       -- 'recurring': every N months
  due_after         INTEGER,                       -- 'after_event': N units after the event
  due_unit          TEXT CHECK (due_unit IN ('working_day', 'day', 'month', 'year')),
  due_event         TEXT,                          -- "permintaan diterima"
  due_from_signing  INTEGER NOT NULL DEFAULT 0,    -- the event is the signing
  -- 'proposed' rows come from the text under proposal_key (unique per document, so proposing
  -- again adds only what is new); 'manual' rows are added by people.
  source            TEXT NOT NULL CHECK (source IN ('proposed', 'manual')),
  proposal_key      TEXT,
  status            TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'dismissed')),
  decided_by        TEXT REFERENCES users(id),
  decided_at        INTEGER,
  created_by        TEXT REFERENCES users(id),     -- NULL when the server proposed it
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  CHECK ((party_scope = 'party') = (party_id IS NOT NULL)),
  CHECK ((due_kind IS 'date') = (due_date IS NOT NULL)),
  CHECK ((due_kind IS 'recurring') = (recurrence_months IS NOT NULL AND recurrence_months > 0)),
  CHECK ((due_kind IS 'after_event') = (due_after IS NOT NULL AND due_after > 0 AND due_unit IS NOT NULL)),
  CHECK (due_kind IS 'after_event' OR (due_after IS NULL AND due_unit IS NULL AND due_event IS NULL AND due_from_signing = 0)),
  CHECK ((source = 'proposed') = (proposal_key IS NOT NULL))
);
CREATE UNIQUE INDEX obligations_proposal ON obligations(document_id, proposal_key);
CREATE INDEX obligations_document ON obligations(document_id, status);
CREATE INDEX obligations_cooperation ON obligations(cooperation_id, status);
CREATE INDEX obligations_unit ON obligations(unit_id);
