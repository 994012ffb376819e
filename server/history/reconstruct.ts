import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import { docToJSON } from '../collab/convert.ts';
import { checkpointAtOrBefore, loggedBetween, updateTime } from '../collab/store.ts';
import type { DB } from '../db/connection.ts';
import { Lru } from './lru.ts';

/** A document as it was after update `seq` of its log. Shared by the cache: never mutate. */
export interface DocumentState {
  seq: number;
  /** Time of update `seq` (ms), 0 for the empty document before any update. */
  at: number;
  body: PMJSON;
  meta: DocumentMeta;
}

/** Reconstructed states are cached per database: comparisons and histories read the same few again. */
const caches = new WeakMap<DB, Lru<string, DocumentState>>();
const CACHE_SIZE = 64;

function cacheOf(db: DB): Lru<string, DocumentState> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Lru(CACHE_SIZE);
    caches.set(db, cache);
  }
  return cache;
}

/**
 * The document after update `seq`: the nearest checkpoint at or before `seq`, then the log
 * rows after it up to `seq`, merged (Y.mergeUpdates) and applied once. The live Y.Doc
 * collects garbage, but a checkpoint at K holds exactly the log up to K, so only
 * checkpoints ≤ `seq` and rows ≤ `seq` are read; history is never read from the live doc.
 */
export function stateAt(db: DB, documentId: string, seq: number): DocumentState {
  const key = `${documentId}:${seq}`;
  const cache = cacheOf(db);
  const hit = cache.get(key);
  if (hit) return hit;
  const state = reconstruct(db, documentId, seq);
  cache.set(key, state);
  return state;
}

/** The Y.Doc after update `seq` (uncached); the caller destroys it. */
export function ydocAt(db: DB, documentId: string, seq: number): { doc: Y.Doc; at: number } {
  const cp = checkpointAtOrBefore(db, documentId, seq);
  const parts = [...loggedBetween(db, documentId, cp?.seq ?? 0, seq)].map((row) => row.data);
  if (cp) parts.unshift(cp.state);
  const doc = new Y.Doc();
  doc.getXmlFragment(YDOC.body);
  doc.getMap(YDOC.meta);
  const [only] = parts;
  if (only) Y.applyUpdate(doc, parts.length === 1 ? only : Y.mergeUpdates(parts));
  return { doc, at: updateTime(db, documentId, seq) };
}

function reconstruct(db: DB, documentId: string, seq: number): DocumentState {
  const { doc, at } = ydocAt(db, documentId, seq);
  try {
    const { body, meta } = docToJSON(doc);
    return { seq, at, body, meta };
  } finally {
    doc.destroy();
  }
}
