import * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import type { UpdateStore } from './store.ts';
import type { CollabLog } from './types.ts';

/** A document read from storage into a live Y.Doc. */
export interface LoadedDocument {
  doc: Y.Doc;
  seq: number;
  /** Seq of the checkpoint it was loaded from; 0 after a rebuild, so a new checkpoint follows. */
  checkpointSeq: number;
  bytes: number;
}

const emptyDoc = () => {
  const doc = new Y.Doc();
  doc.getXmlFragment(YDOC.body);
  doc.getMap(YDOC.meta);
  doc.getMap(YDOC.moves);
  return doc;
};

/**
 * Latest checkpoint + tail, applied in one transaction. Should that ever fail (a stored
 * update Yjs cannot read), the document is rebuilt from the whole log one update at a time,
 * skipping only what cannot be applied, rather than becoming impossible to open.
 */
export function loadDocument(store: UpdateStore, documentId: string, log: CollabLog): LoadedDocument {
  let doc = emptyDoc();
  try {
    return { doc, ...store.loadInto(doc, documentId) };
  } catch (err) {
    log.error({ documentId, err }, 'stored state unreadable; rebuilding from the log');
    doc.destroy();
  }
  doc = emptyDoc();
  const rows = store.updatesSince(documentId, 0);
  let bytes = 0;
  doc.transact(() => {
    for (const row of rows) {
      try {
        Y.applyUpdate(doc, row.data);
        bytes += row.data.byteLength;
      } catch (err) {
        log.error({ documentId, seq: row.seq, err }, 'skipping unreadable logged update');
      }
    }
  });
  return { doc, seq: rows.at(-1)?.seq ?? 0, checkpointSeq: 0, bytes };
}
