/**
 * Documents whose copy on this device holds edits the server may not have yet (typed while the
 * connection was down). Kept in localStorage so that it outlives the editor and a reload: signing
 * out deletes the copies, and must not do so silently while one of them still holds such edits.
 */
const KEY = 'sepakat.unsent';

function read(): string[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function write(list: string[]): void {
  try {
    if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
    else localStorage.removeItem(KEY);
  } catch {
    // storage unavailable: nothing is kept on the device either
  }
}

/** Ids of the documents with edits not yet sent. */
export const unsentDocuments = (): string[] => read();

export function markUnsent(documentId: string): void {
  const list = read();
  if (!list.includes(documentId)) write([...list, documentId]);
}

export function markSent(documentId: string): void {
  const list = read();
  if (list.includes(documentId)) write(list.filter((id) => id !== documentId));
}

/** Forgets the list (with the copies themselves, on sign-out). */
export const clearUnsent = (): void => write([]);
