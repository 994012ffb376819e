-- The values a document's variables printed with when it was finalised (JSON: name → value),
-- frozen beside its parties and liaisons: a later change of its unit's head or of its MoU's
-- numbers never reaches a final paper. NULL when its text held no variables (or it was
-- finalised before values were frozen): it then prints them as they are.
ALTER TABLE printed_snapshots ADD COLUMN variables TEXT;
