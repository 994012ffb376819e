/**
 * Names of the Word bookmarks a Pasal number and an ayat carry, which cross-references
 * point at (REF fields), so that Word and LibreOffice renumber them. Word allows 40 letters,
 * digits and underscores; a leading `_Ref` hides them from Word's bookmark list, as Word's
 * own cross-reference bookmarks are.
 *
 * The redline holds a moved Pasal twice, struck through where it was and inserted where it
 * is: the old copy's names end in `_o`, so each copy is a target of its own version's references.
 */
export function bookmarkName(kind: 'pasal' | 'ayat', id: string, oldCopy = false): string {
  const safe = id.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 30);
  return `_Ref${kind === 'pasal' ? 'P' : 'A'}_${safe}${oldCopy ? '_o' : ''}`;
}

/**
 * Attribute the redline sets on the old copy of a moved Pasal or ayat (see above); never
 * stored in a document.
 */
export const OLD_COPY = 'redlineOldCopy';
