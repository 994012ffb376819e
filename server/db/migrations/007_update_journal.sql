-- The update log in two parts (see server/collab/store.ts): updates are appended to
-- `doc_journal`, in arrival order and without an index, and moved in bulk, every few seconds,
-- into `doc_log`, kept in (document, seq) order for reading. A commit then writes one or two
-- pages instead of one per document edited in it, which matters with hundreds of documents
-- being edited at once. `doc_updates` reads both.
ALTER TABLE doc_updates RENAME TO doc_log;

CREATE TABLE doc_journal (
  id          INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  user_id     TEXT,
  at          INTEGER NOT NULL,
  data        BLOB NOT NULL
);

-- The last seq of each document's log: the next seq without a search, and the guard against
-- two writers numbering the same update (each commit moves it from the seq it expects).
CREATE TABLE doc_heads (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO doc_heads (document_id, seq) SELECT document_id, MAX(seq) FROM doc_log GROUP BY document_id;

-- A move in progress: the journal rows up to `frozen_id` are being moved document by document,
-- in id order; those of documents up to `moved_upto` are in doc_log already (and hidden here),
-- until the moved rows are deleted at the end. frozen_id = 0: no move in progress.
CREATE TABLE journal_move (
  one        INTEGER PRIMARY KEY CHECK (one = 1),
  frozen_id  INTEGER NOT NULL,
  moved_upto TEXT NOT NULL
);
INSERT INTO journal_move (one, frozen_id, moved_upto) VALUES (1, 0, '');

CREATE VIEW doc_updates AS
  SELECT document_id, seq, user_id, at, data FROM doc_log
  UNION ALL
  SELECT j.document_id, j.seq, j.user_id, j.at, j.data FROM doc_journal j, journal_move m
   WHERE j.id > m.frozen_id OR j.document_id > m.moved_upto;
