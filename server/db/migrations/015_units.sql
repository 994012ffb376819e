-- A party's units (OPD, unit kerja): the bodies of a local government that sign a PKS each,
-- under a power of attorney (surat kuasa) from the head of the region. Members and liaisons may
-- belong to one; a PKS variant is made for one.

CREATE TABLE units (
  id             TEXT PRIMARY KEY,
  cooperation_id TEXT NOT NULL REFERENCES cooperations(id) ON DELETE CASCADE,
  party_id       TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
  name           TEXT NOT NULL,                   -- "Dinas Kependudukan dan Pencatatan Sipil"
  short_name     TEXT NOT NULL DEFAULT '',        -- "Disdukcapil"
  head_name      TEXT NOT NULL DEFAULT '',        -- with degrees, as it is printed
  head_position  TEXT NOT NULL DEFAULT '',        -- "Kepala Dinas Kependudukan dan ..."
  head_nip       TEXT NOT NULL DEFAULT '',
  kuasa_ref      TEXT NOT NULL DEFAULT '',        -- the surat kuasa's number and date
  address        TEXT NOT NULL DEFAULT '',
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  UNIQUE (cooperation_id, name)
);
CREATE INDEX units_party ON units(party_id);

-- Adding a nullable column with a foreign key is allowed in place: no rebuild.
ALTER TABLE members ADD COLUMN unit_id TEXT REFERENCES units(id) ON DELETE SET NULL;
ALTER TABLE liaisons ADD COLUMN unit_id TEXT REFERENCES units(id) ON DELETE SET NULL;

-- A master PKS holds the text shared by its variants; a variant follows its master
-- (`master_id`) and is made for one unit (`unit_id`). Both stay NULL for every other document.
ALTER TABLE documents ADD COLUMN tier TEXT NOT NULL DEFAULT 'single'
  CHECK (tier IN ('single', 'master', 'variant'));
ALTER TABLE documents ADD COLUMN master_id TEXT REFERENCES documents(id) ON DELETE SET NULL;
ALTER TABLE documents ADD COLUMN unit_id TEXT REFERENCES units(id) ON DELETE SET NULL;
CREATE INDEX documents_master ON documents(master_id);
