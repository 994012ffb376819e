/**
 * The Yjs client ids this device has edited a document with (a new one each time the editor
 * opens it), kept in localStorage: after a move, words typed here before the move arrived are
 * put back by this device alone (shared/schema/moveRescue.ts), even if they were typed offline
 * before a reload.
 */
const key = (documentId: string) => `sepakat.clients.${documentId}`;
/** Enough for months of sessions; the oldest are let go first. */
const KEEP = 200;

function read(documentId: string): number[] {
  try {
    const list = JSON.parse(localStorage.getItem(key(documentId)) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is number => Number.isInteger(x)) : [];
  } catch {
    return [];
  }
}

/** Adds this session's client id and returns every id this device has used for the document. */
export function rememberClient(documentId: string, clientId: number): Set<number> {
  const list = read(documentId).filter((id) => id !== clientId);
  list.push(clientId);
  try {
    localStorage.setItem(key(documentId), JSON.stringify(list.slice(-KEEP)));
  } catch {
    // storage unavailable: this session's id is still known below
  }
  return new Set(list);
}

/** Forgets every document's ids (on sign-out, with the copies kept on the device). */
export function forgetClients(): void {
  try {
    for (const k of Object.keys(localStorage))
      if (k.startsWith('sepakat.clients.')) localStorage.removeItem(k);
  } catch {
    // storage unavailable: nothing was kept
  }
}
