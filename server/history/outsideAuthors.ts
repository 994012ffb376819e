import * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import { loggedBetween } from '../collab/store.ts';
import type { DB } from '../db/connection.ts';
import { ydocAt } from './reconstruct.ts';

/** Who last changed something, and when (ms). */
export interface LastChange {
  userId: string | null;
  at: number;
}

/**
 * Who last changed what lies outside the Pasal between two points of the log: each top-level
 * block that is not a Pasal (the preamble, the closing, a BAB heading, by {@link outsideScope})
 * and each metadata key (number, date, signatories…). Clause attribution
 * (`clause_changes`) covers the Pasal only; this replays the updates between the two points
 * one by one on the older state and notes, per update, what its Yjs events touched, with the
 * update's own author. Read when a redline is made, never on the editing path.
 */
export function outsideAuthors(
  db: DB,
  documentId: string,
  fromSeq: number,
  toSeq: number,
): { blocks: Map<string, LastChange>; meta: Map<string, LastChange> } {
  const blocks = new Map<string, LastChange>();
  const meta = new Map<string, LastChange>();
  const [low, high] = fromSeq <= toSeq ? [fromSeq, toSeq] : [toSeq, fromSeq];
  const { doc } = ydocAt(db, documentId, low);
  try {
    const body = doc.getXmlFragment(YDOC.body);
    const map = doc.getMap(YDOC.meta);
    let current: LastChange = { userId: null, at: 0 };
    const note = (key: string | null) => {
      if (key !== null) blocks.set(key, current);
    };
    const topOf = (type: Y.AbstractType<unknown>): Y.AbstractType<unknown> | null => {
      let t: Y.AbstractType<unknown> | null = type;
      while (t && t.parent !== body) t = t.parent as Y.AbstractType<unknown> | null;
      return t;
    };
    body.observeDeep((events) => {
      for (const event of events) {
        if (event.target === body) {
          for (const d of event.changes.delta)
            for (const el of (d.insert as unknown[] | undefined) ?? [])
              if (el instanceof Y.XmlElement) note(outsideScope(el.nodeName, el.getAttribute('id')));
          continue;
        }
        const top = topOf(event.target);
        if (top instanceof Y.XmlElement) note(outsideScope(top.nodeName, top.getAttribute('id')));
      }
    });
    map.observeDeep((events) => {
      for (const event of events) {
        if (event.target === map) for (const key of event.keys.keys()) meta.set(key, current);
        else if (typeof event.path[0] === 'string') meta.set(event.path[0], current);
      }
    });
    for (const row of loggedBetween(db, documentId, low, high)) {
      current = { userId: row.userId, at: row.at };
      Y.applyUpdate(doc, row.data);
    }
  } finally {
    doc.destroy();
  }
  return { blocks, meta };
}

/** Marks a scope as outside any Pasal (see {@link outsideScope}). */
export const OUTSIDE = '§';

/**
 * The scope of a top-level block that is not a Pasal: `§preamble`, `§closing`,
 * `§chapter:<id>`; null for a Pasal (its changes are the clause attribution's).
 */
export function outsideScope(type: string, id?: string | null | unknown): string | null {
  if (type === 'clause') return null;
  return typeof id === 'string' && id ? `${OUTSIDE}${type}:${id}` : `${OUTSIDE}${type}`;
}
