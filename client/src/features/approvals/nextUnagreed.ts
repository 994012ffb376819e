/**
 * The Pasal to go to from `currentId` in `direction` among those not yet agreed by every
 * party, wrapping round the document; null when every Pasal is agreed. From no Pasal (the
 * caret in the opening), forward starts at the first, backward at the last.
 */
export function nextUnagreed(
  clauseIds: readonly string[],
  agreed: (id: string) => boolean,
  currentId: string | null,
  direction: 1 | -1,
): string | null {
  const n = clauseIds.length;
  const at = currentId ? clauseIds.indexOf(currentId) : -1;
  const start = at >= 0 ? at : direction > 0 ? -1 : n;
  for (let step = 1; step <= n; step++) {
    const id = clauseIds[(((start + direction * step) % n) + n) % n];
    if (id !== undefined && id !== currentId && !agreed(id)) return id;
  }
  return null;
}
