import type * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { clauseHash } from '../clauseHash.ts';
import type { ClauseChange, ClauseChangeKind, ClauseState } from './changesRepo.ts';
import { movedIds } from './moves.ts';
import type { Touch } from './touched.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

/**
 * A run of consecutive transactions within an attribution window, hashed when it closes:
 * at the window's end, or when someone else goes on after it inserted, removed or moved
 * clauses (see attribution.ts). Each update of a run is credited with the changed clauses
 * it touched, so two people typing in different clauses in one window are each credited
 * with their own only; two typing in the same clause share it.
 */
export interface Segment {
  /** Who began the run. */
  userId: string | null;
  touch: Touch;
  /** The touched clauses when the segment closed (null: gone). */
  end?: Map<string, { hash: string; json: PMJSON } | null>;
  /** Order of all clauses when it closed, if it inserted or removed top-level nodes. */
  order?: string[];
}

/** One stored update of the window: its seq, sender, and what its transaction touched. */
export interface WindowEntry {
  seq: number;
  userId: string | null;
  at: number;
  touch: Touch;
  segment: Segment;
}

/** Hashes the clauses a segment touched, as the body reads now. */
export function closeSegment(segment: Segment, body: Y.XmlFragment): void {
  if (segment.end) return;
  const elements = clauseElements(body);
  segment.end = new Map();
  for (const id of segment.touch.ids) {
    const el = elements.get(id)?.el;
    if (!el) segment.end.set(id, null);
    else {
      const json = yElementToJSON(el);
      segment.end.set(id, { hash: clauseHash(json), json });
    }
  }
  if (segment.touch.structural) segment.order = [...elements.keys()];
}

/** What one window amounts to: rows for `clause_changes` and `clause_states`. */
export interface WindowResult {
  changes: ClauseChange[];
  states: ClauseState[];
  /** Every clause's hash after the window (null: removed) and the clause order. */
  hashes: Map<string, string | null>;
  order: string[];
}

/**
 * Attributes a window: segment by segment, a touched clause whose hash differs from the one
 * before the segment changed there (added, removed, changed), and a clause whose place among
 * the others changed was moved; each change is credited to the updates of that segment that
 * touched the clause. `previousHash` gives a clause's hash before the window.
 */
export function attributeWindow(input: {
  segments: Segment[];
  entries: WindowEntry[];
  order: string[];
  numbers: Map<string, number>;
  previousHash: (id: string) => string | null;
  /** A clause as the body reads now (for one changed but not touched, e.g. moved by others). */
  current: (id: string) => { hash: string; json: PMJSON } | null;
  seq: number;
  at: number;
}): WindowResult {
  const hashes = new Map<string, string | null>();
  const hashBefore = (id: string) => (hashes.has(id) ? (hashes.get(id) ?? null) : input.previousHash(id));
  const bySegment = new Map<Segment, Map<string, ClauseChangeKind>>();
  let order = input.order;

  for (const segment of input.segments) {
    const kinds = new Map<string, ClauseChangeKind>();
    for (const [id, end] of segment.end ?? []) {
      const before = hashBefore(id);
      const after = end?.hash ?? null;
      hashes.set(id, after);
      if (before !== after) kinds.set(id, before === null ? 'added' : after === null ? 'removed' : 'changed');
    }
    if (segment.order) {
      const moved = movedIds(order, segment.order);
      const touched = [...moved].filter((id) => segment.touch.ids.has(id));
      for (const id of touched.length ? touched : moved) if (!kinds.has(id)) kinds.set(id, 'moved');
      order = segment.order;
    }
    bySegment.set(segment, kinds);
  }

  const changes: ClauseChange[] = [];
  // One state per changed clause per window (its last one): who changed what is exact per
  // update in `clause_changes`, but a state per turn would store a whole clause per keystroke
  // when several people type in it at once (10 KB per edit with 50 editors in one document).
  const states = new Map<string, ClauseState>();
  const entriesOf = new Map<Segment, WindowEntry[]>();
  for (const e of input.entries) {
    const list = entriesOf.get(e.segment);
    if (list) list.push(e);
    else entriesOf.set(e.segment, [e]);
  }
  for (const [segment, kinds] of bySegment) {
    const mine = entriesOf.get(segment) ?? [];
    const seq = mine.length ? Math.max(...mine.map((e) => e.seq)) : input.seq;
    const at = mine.length ? mine[mine.length - 1].at : input.at;
    for (const id of kinds.keys()) {
      const end = segment.end?.has(id) ? segment.end.get(id) : input.current(id);
      states.delete(id);
      states.set(id, {
        clauseId: id,
        seq,
        at,
        hash: end?.hash ?? null,
        number: end ? (input.numbers.get(id) ?? null) : null,
        content: end?.json ?? null,
      });
    }
    const covered = new Set<string>();
    for (const e of mine) {
      for (const id of e.touch.ids) {
        const kind = kinds.get(id);
        if (!kind) continue;
        changes.push({ seq: e.seq, clauseId: id, userId: e.userId, at: e.at, kind });
        covered.add(id);
      }
    }
    // A clause shifted by the moves of others: the segment's last structural update did it.
    const mover = [...mine].reverse().find((e) => e.touch.structural) ?? mine[mine.length - 1];
    for (const [id, kind] of kinds) {
      if (!covered.has(id) && mover) {
        changes.push({ seq: mover.seq, clauseId: id, userId: mover.userId, at: mover.at, kind });
      }
    }
  }

  return { changes: dedupe(changes), states: [...states.values()], hashes, order };
}

/** One row per (seq, clause): a later segment's verdict on the same update wins. */
function dedupe(changes: ClauseChange[]): ClauseChange[] {
  const byKey = new Map<string, ClauseChange>();
  for (const c of changes) byKey.set(`${c.seq}\u0000${c.clauseId}`, c);
  return [...byKey.values()];
}
