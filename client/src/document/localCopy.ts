/**
 * Names of the IndexedDB databases in which y-indexeddb keeps each open document's Y.Doc on
 * this device (every update is written as it happens, so a crash loses nothing typed).
 */
const PREFIX = 'sepakat-doc-';

/** `sepakat-doc-<documentId>`. */
export const localDocumentName = (documentId: string) => `${PREFIX}${documentId}`;

/**
 * Deletes every document kept on this device. Not awaited by callers on purpose: a database
 * still open in the editor is deleted as soon as the editor closes it (IndexedDB queues the
 * deletion), and waiting for that from inside the editor would never end.
 */
export async function clearLocalDocuments(): Promise<void> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return;
  const databases = await indexedDB.databases().catch(() => []);
  for (const { name } of databases) {
    if (name?.startsWith(PREFIX)) indexedDB.deleteDatabase(name);
  }
}
