import type * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { clauseHash } from '../clauseHash.ts';
import type { DB } from '../db/connection.ts';
import {
  type ClauseChange,
  type ClauseChangeKind,
  type ClauseState,
  latestClauseHashes,
  recordAttribution,
  sendersBetween,
} from './changesRepo.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

/** A range of the log longer than this is not shared among its senders (nobody could tell who did what). */
const CATCH_UP_LIMIT = 2000;

export interface CurrentClause {
  hash: string;
  number: number;
  json: PMJSON;
}

/** Every clause of a body with its hash, number and JSON. */
export function readClauses(body: Y.XmlFragment): Map<string, CurrentClause> {
  const out = new Map<string, CurrentClause>();
  let number = 0;
  for (const [id, { el }] of clauseElements(body)) {
    const json = yElementToJSON(el);
    out.set(id, { hash: clauseHash(json), number: ++number, json });
  }
  return out;
}

/**
 * Compares a freshly loaded document with the last recorded clause states and records the
 * difference at the loaded seq: the baseline of a document opened for the first time (its
 * clauses added by whoever sent its first updates, usually the creator), or what a crash
 * kept from being attributed, shared among the senders of that range.
 */
export function catchUp(
  db: DB,
  documentId: string,
  current: Map<string, CurrentClause>,
  loadedSeq: number,
  mark: number,
): void {
  const recorded = latestClauseHashes(db, documentId);
  const ids = new Set([...recorded.keys(), ...current.keys()]);
  const states: ClauseState[] = [];
  const kinds = new Map<string, ClauseChangeKind>();
  const at = Date.now();
  for (const id of ids) {
    const prev = recorded.get(id) ?? null;
    const now = current.get(id) ?? null;
    if (prev === (now?.hash ?? null)) continue;
    kinds.set(id, prev === null ? 'added' : now === null ? 'removed' : 'changed');
    states.push({
      clauseId: id,
      seq: loadedSeq,
      at,
      hash: now?.hash ?? null,
      number: now?.number ?? null,
      content: now?.json ?? null,
    });
  }
  const changes: ClauseChange[] = [];
  if (kinds.size > 0 && loadedSeq - mark <= CATCH_UP_LIMIT) {
    for (const sender of sendersBetween(db, documentId, mark, loadedSeq)) {
      for (const [clauseId, kind] of kinds) {
        changes.push({ ...sender, clauseId, kind });
      }
    }
  }
  recordAttribution(db, documentId, changes, states, loadedSeq);
}
