-- What a final document prints from records outside its text, frozen when it is finalised:
-- the parties as printed (order, names, short names, logos) and a PKS's annex of liaisons.
-- The export of a final or signed document prints these, and its parts `part:parties` and
-- `part:annex` are hashed from them, so a later change of a logo, a party or a liaison
-- (liaisons rotate after signing) never changes a signed paper. Reopening deletes the
-- snapshot; the next finalisation takes a new one. One per document at most.
CREATE TABLE printed_snapshots (
  document_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  lifecycle_id INTEGER REFERENCES document_lifecycle(id) ON DELETE CASCADE, -- the finalisation
  parties      TEXT NOT NULL,   -- JSON [{id, ordinal, name, shortName}]
  liaisons     TEXT NOT NULL,   -- JSON [{partyId, unit, name, position, phone, email}], annex order
  taken_at     INTEGER NOT NULL
);

-- The logo bytes each party printed with; a party without a row printed none.
CREATE TABLE printed_snapshot_logos (
  document_id TEXT NOT NULL REFERENCES printed_snapshots(document_id) ON DELETE CASCADE,
  party_id    TEXT NOT NULL,
  logo        BLOB NOT NULL,
  mime        TEXT NOT NULL,
  PRIMARY KEY (document_id, party_id)
);

-- Documents already final or signed are frozen with their records as they are now, so that
-- from here on nothing outside their text moves their paper either.
INSERT INTO printed_snapshots (document_id, lifecycle_id, parties, liaisons, taken_at)
SELECT d.id,
       (SELECT max(l.id) FROM document_lifecycle l WHERE l.document_id = d.id AND l.action = 'finalize'),
       (SELECT json_group_array(
                 json_object('id', p.id, 'ordinal', p.ordinal, 'name', p.name, 'shortName', p.short_name)
                 ORDER BY p.ordinal)
          FROM parties p WHERE p.cooperation_id = d.cooperation_id),
       CASE WHEN d.kind = 'pks' THEN
         (SELECT json_group_array(
                   json_object('partyId', l.party_id, 'unit', l.unit, 'name', l.name,
                               'position', l.position, 'phone', l.phone, 'email', l.email)
                   ORDER BY p.ordinal, l.unit COLLATE NOCASE, l.name COLLATE NOCASE)
            FROM liaisons l JOIN parties p ON p.id = l.party_id
           WHERE l.cooperation_id = d.cooperation_id)
       ELSE '[]' END,
       CAST(unixepoch('subsec') * 1000 AS INTEGER)
  FROM documents d
 WHERE d.status IN ('final', 'signed') AND d.kind IN ('mou', 'pks');

INSERT INTO printed_snapshot_logos (document_id, party_id, logo, mime)
SELECT s.document_id, p.id, p.logo, coalesce(p.logo_mime, 'image/png')
  FROM printed_snapshots s
  JOIN documents d ON d.id = s.document_id
  JOIN parties p ON p.cooperation_id = d.cooperation_id
 WHERE p.logo IS NOT NULL;
