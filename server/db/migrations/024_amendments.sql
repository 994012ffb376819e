-- An addendum or a renewal is a new document that names the signed agreement it amends or
-- renews; the old one finds its amendments by this link. Both columns stay NULL for every
-- other document. Deleting the old agreement leaves the new one standing, unlinked.
ALTER TABLE documents ADD COLUMN amends_document_id TEXT REFERENCES documents(id) ON DELETE SET NULL;
ALTER TABLE documents ADD COLUMN amendment_kind TEXT CHECK (amendment_kind IN ('addendum', 'renewal'));
CREATE INDEX documents_amends ON documents(amends_document_id) WHERE amends_document_id IS NOT NULL;

-- What the final text prints of its signing and term, frozen with the rest of its paper: the
-- date of signing (the signing must record this very date) and the term in years as the Info
-- field holds it ('' when blank). The term-end reminders read them here instead of the text.
-- A snapshot taken before these columns has them NULL: the date is filled below from the
-- signing, the term once from the text when the server starts.
ALTER TABLE printed_snapshots ADD COLUMN printed_date TEXT;
ALTER TABLE printed_snapshots ADD COLUMN term_years TEXT;

UPDATE printed_snapshots
   SET printed_date = (
     SELECT e.signed_date FROM document_lifecycle e
      WHERE e.id = (SELECT MAX(id) FROM document_lifecycle
                     WHERE document_id = printed_snapshots.document_id AND action = 'sign'));
