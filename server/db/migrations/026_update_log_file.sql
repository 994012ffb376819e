-- The update log's file in front of SQLite (`<database>-updates`, see server/collab/updateLog.ts)
-- names the database it belongs to in its header: this id. A file whose id differs (left beside
-- a restored backup, say) is set aside instead of being replayed into the wrong database. The id
-- changes each time the file starts over, once everything in it is folded into doc_log.
CREATE TABLE update_log (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  id  TEXT NOT NULL
);
INSERT INTO update_log (one, id) VALUES (1, lower(hex(randomblob(16))));
