-- The update log's file (server/collab/updateLog.ts) is folded into SQLite a document's run at
-- a time: the updates `first_seq`..`last_seq` of one document, encoded together and deflated
-- (server/collab/runs.ts). One row per document per fold instead of one per keystroke: a
-- keystroke's update is some 30 bytes, and as a row of its own it cost two or three times that,
-- written twice (WAL, database). Older updates stay in doc_log; readers take both.
CREATE TABLE doc_runs (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  first_seq   INTEGER NOT NULL,
  last_seq    INTEGER NOT NULL,
  data        BLOB NOT NULL,
  PRIMARY KEY (document_id, first_seq)
) WITHOUT ROWID;
