-- A report from the public (laporan masyarakat) the Ombudsman forwarded to an OPD under the
-- agreement. Sepakat holds only its reference number, never the complaint's content.
-- Dates are the cooperation's calendar YYYY-MM-DD; times are INTEGER ms since the epoch.
CREATE TABLE public_reports (
  id             TEXT PRIMARY KEY,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  reference      TEXT NOT NULL,         -- the number in the Ombudsman's complaint system
  unit_id        TEXT REFERENCES units(id) ON DELETE SET NULL,    -- the OPD it went to
  liaison_id     TEXT REFERENCES liaisons(id) ON DELETE SET NULL, -- its PIC
  forwarded_on   TEXT NOT NULL,         -- YYYY-MM-DD (cooperation's time zone)
  deadline_days  INTEGER NOT NULL CHECK (deadline_days > 0),  -- working days the PKS commits to
  due_on         TEXT NOT NULL,         -- forwarded_on + deadline_days working days
  responded_on   TEXT,                  -- YYYY-MM-DD, NULL while waiting
  response       TEXT NOT NULL DEFAULT '',  -- a short note of what the OPD answered
  created_by     TEXT NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  -- Who recorded the response, and who last corrected the report: every change is attributed.
  responded_by   TEXT REFERENCES users(id),
  updated_by     TEXT REFERENCES users(id),
  UNIQUE (cooperation_id, reference),
  CHECK (responded_on IS NULL OR responded_on >= forwarded_on)
);
CREATE INDEX public_reports_forwarded ON public_reports(cooperation_id, forwarded_on);
CREATE INDEX public_reports_unit ON public_reports(unit_id);
-- The reminder producer looks for reports still waiting around their due day.
CREATE INDEX public_reports_waiting ON public_reports(due_on) WHERE responded_on IS NULL;
