-- What each variant last took of its master, clause by clause: the base of the three-way merge.
-- A variant's clause whose hash differs from its base is an override; a master clause whose hash
-- differs from the base is a change the variant has not taken yet. A master change that meets an
-- override is flagged here for review and never applied.
CREATE TABLE variant_clauses (
  variant_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  clause_id    TEXT NOT NULL,
  base_json    TEXT NOT NULL,   -- the master's clause (ProseMirror JSON) when last synced
  base_hash    TEXT NOT NULL,   -- its clause hash
  flag         TEXT CHECK (flag IN ('changed', 'deleted')),
  flagged_at   INTEGER,
  synced_at    INTEGER NOT NULL,
  PRIMARY KEY (variant_id, clause_id)
) WITHOUT ROWID;
