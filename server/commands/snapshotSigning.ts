import * as Y from 'yjs';
import { META } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import type { UpdateStore } from '../collab/store.ts';
import type { DB } from '../db/connection.ts';
import { fillSnapshotSigning, listSnapshotsWithoutSigning } from '../db/repos/printedSnapshots.ts';

/**
 * Gives the snapshots taken before they kept the date of signing and the term those values,
 * read once from the frozen text (a final text does not change until it is reopened, which
 * drops its snapshot). Runs when the server starts; afterwards finalising keeps them, so the
 * term-end reminders never load a text. Returns how many snapshots it filled.
 */
export function fillOlderSnapshots(db: DB, store: UpdateStore): number {
  let filled = 0;
  for (const documentId of listSnapshotsWithoutSigning(db)) {
    const doc = new Y.Doc();
    try {
      // A text that cannot be read is left for the next start rather than stopping this one.
      if (!loaded(store, doc, documentId)) continue;
      const meta = doc.getMap(YDOC.meta);
      fillSnapshotSigning(db, documentId, {
        date: String(meta.get(META.date) ?? '').trim(),
        termYears: String(meta.get(META.termYears) ?? '').trim(),
      });
      filled++;
    } finally {
      doc.destroy();
    }
  }
  return filled;
}

function loaded(store: UpdateStore, doc: Y.Doc, documentId: string): boolean {
  try {
    store.loadInto(doc, documentId);
    return true;
  } catch {
    return false;
  }
}
