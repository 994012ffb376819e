-- A monitoring and evaluation report (Laporan Monitoring dan Evaluasi): a 'notes' document that
-- Sepakat drafts from the tracked data of one signed or final agreement over one period, which
-- the parties then edit, approve as a whole and print like any other document. The document's
-- row and content stay where every document's are; this row says what it evaluates and when.
CREATE TABLE evaluations (
  document_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  agreement_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  period_from    TEXT NOT NULL,   -- YYYY-MM-DD, both days included, in the cooperation's time zone
  period_to      TEXT NOT NULL,
  created_by     TEXT NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL,
  CHECK (period_from <= period_to)
);
CREATE INDEX evaluations_agreement ON evaluations(agreement_id, period_to);
