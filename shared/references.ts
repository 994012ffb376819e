import type { DocumentOutline } from './clauses.ts';

/**
 * How a cross-reference reads, worked out in one place for the editor, the clause text
 * (history, compare, minutes), the Word export and the import.
 *
 * Indonesian drafting names a Pasal by its number ("sebagaimana dimaksud dalam Pasal 7
 * ayat (1)") but an ayat of the same Pasal by the ayat alone ("sebagaimana dimaksud pada
 * ayat (1)"). A reference's text therefore depends on where the reference sits: the `from`
 * argument below is the id of the Pasal that contains it (null in the preamble or closing).
 */

/** Where a reference points, as numbers: what a Word field or a printed text is built from. */
export interface ReferenceParts {
  /** Number of the target Pasal. */
  pasal: number;
  /** Number of the target ayat, or null for the Pasal as a whole. */
  ayat: number | null;
  /** True when the reference sits inside its target Pasal: it then names only the ayat. */
  samePasal: boolean;
}

/** A reference's target: a Pasal by id and, optionally, one of its ayat by id. */
export interface ReferenceTarget {
  clauseId: string;
  ayat: string | null;
}

/** A reference to its own Pasal as a whole: a Pasal never cites itself by number. */
export const OWN_PASAL = 'Pasal ini';

/** The numbers a reference names; null when its Pasal (or ayat) no longer exists. */
export function referenceParts(
  outline: DocumentOutline,
  clauseId: string,
  ayatId?: string | null,
  from?: string | null,
): ReferenceParts | null {
  const clause = outline.clauses.find((c) => c.id === clauseId);
  if (!clause) return null;
  const samePasal = !!from && from === clauseId;
  if (!ayatId) return { pasal: clause.number, ayat: null, samePasal };
  const ayat = clause.ayat.find((a) => a.id === ayatId);
  return ayat ? { pasal: clause.number, ayat: ayat.number, samePasal } : null;
}

/** "Pasal 7", "Pasal 7 ayat (1)", or inside Pasal 7 itself "ayat (1)" and "Pasal ini". */
export function formatReference(parts: ReferenceParts): string {
  if (parts.samePasal) return parts.ayat === null ? OWN_PASAL : `ayat (${parts.ayat})`;
  return parts.ayat === null ? `Pasal ${parts.pasal}` : `Pasal ${parts.pasal} ayat (${parts.ayat})`;
}

/**
 * The printed text of a cross-reference: "Pasal 3", "Pasal 3 ayat (2)", or "ayat (2)" when the
 * reference sits in Pasal 3 itself (`from`, the id of the Pasal that contains the reference).
 * Null when the target no longer exists.
 */
export function referenceText(
  outline: DocumentOutline,
  clauseId: string,
  ayatId?: string | null,
  from?: string | null,
): string | null {
  const parts = referenceParts(outline, clauseId, ayatId, from);
  return parts && formatReference(parts);
}

/**
 * The target of a reference given by numbers, as read from typed text: `pasal` null means the
 * Pasal the text sits in (`from`), as in a bare "ayat (1)". Null when there is no such Pasal or
 * ayat (or the ayat has no id yet).
 */
export function resolveReference(
  outline: DocumentOutline,
  numbers: { pasal: number | null; ayat: number | null },
  from?: string | null,
): ReferenceTarget | null {
  const clause =
    numbers.pasal === null
      ? outline.clauses.find((c) => !!from && c.id === from)
      : outline.clauses[numbers.pasal - 1];
  if (!clause) return null;
  if (numbers.ayat === null) return { clauseId: clause.id, ayat: null };
  const item = clause.ayat[numbers.ayat - 1];
  return item?.id ? { clauseId: clause.id, ayat: item.id } : null;
}
