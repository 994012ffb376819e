import type * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { clauseHash } from '../clauseHash.ts';
import type { ClauseChange, ClauseChangeKind, ClauseState } from './changesRepo.ts';
import { movedIds } from './moves.ts';
import type { Touch } from './touched.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

/** One stored update: its seq, sender and time. */
export interface Stored {
  seq: number;
  userId: string | null;
  at: number;
}

/** One person's stored updates to one clause within a segment: their last seq and time, their first time. */
export interface Credit extends Stored {
  firstAt: number;
}

/**
 * A run of consecutive transactions within an attribution window, hashed when it closes:
 * at the window's end, or when someone else goes on after it inserted, removed or moved
 * clauses (see attribution.ts). Each person is credited with the changed clauses their
 * updates of the run touched, so two people typing in different clauses in one window are
 * each credited with their own only; two typing in the same clause share it.
 *
 * Credits are gathered per (clause, person), not per update: what a window costs then grows
 * with the clauses and people in it, not with the keystrokes, so a window may be long.
 */
export interface Segment {
  /** Who began the run. */
  userId: string | null;
  touch: Touch;
  /** The touched clauses when the segment closed (null: gone). */
  end?: Map<string, { hash: string; json: PMJSON } | null>;
  /** Order of all clauses when it closed, if it inserted or removed top-level nodes. */
  order?: string[];
  /** Per touched clause, per person: their updates of this run that touched it. */
  credits: Map<string, Map<string | null, Credit>>;
  /** The run's last stored update, and its last one that inserted, removed or moved clauses. */
  last?: Stored;
  lastStructural?: Stored;
}

/** A new, empty segment begun by `userId`. */
export function openSegment(userId: string | null): Segment {
  return { userId, touch: { ids: new Set(), structural: false }, credits: new Map() };
}

/** Credits the stored update `stored`, whose transaction touched `touch`, within its segment. */
export function creditUpdate(segment: Segment, touch: Touch, stored: Stored): void {
  for (const id of touch.ids) {
    let byPerson = segment.credits.get(id);
    if (!byPerson) {
      byPerson = new Map();
      segment.credits.set(id, byPerson);
    }
    const credit = byPerson.get(stored.userId);
    if (credit) {
      credit.seq = Math.max(credit.seq, stored.seq);
      credit.at = Math.max(credit.at, stored.at);
    } else byPerson.set(stored.userId, { ...stored, firstAt: stored.at });
  }
  if (!segment.last || stored.seq > segment.last.seq) segment.last = stored;
  if (touch.structural && (!segment.lastStructural || stored.seq > segment.lastStructural.seq)) {
    segment.lastStructural = stored;
  }
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
 * the others changed was moved; each change is credited to the people whose updates of that
 * segment touched the clause (one row each), or else to the segment's last structural update.
 * `previousHash` gives a clause's hash before the window.
 */
export function attributeWindow(input: {
  segments: Segment[];
  order: string[];
  numbers: Map<string, number>;
  previousHash: (id: string) => string | null;
  /** A clause as the body reads now (for one changed but not touched, e.g. moved by others). */
  current: (id: string) => { hash: string; json: PMJSON } | null;
  /** The last seq and time of the window, for a segment none of whose updates was stored. */
  seq: number;
  at: number;
}): WindowResult {
  const hashes = new Map<string, string | null>();
  const hashBefore = (id: string) => (hashes.has(id) ? (hashes.get(id) ?? null) : input.previousHash(id));
  let order = input.order;
  // One row per (seq, clause): each run's credits and its mover carry seqs of that run only.
  const changes: ClauseChange[] = [];
  // One state per changed clause per window (its last one): who changed what is kept per
  // person in `clause_changes`, but a state per turn would store a whole clause per keystroke
  // when several people type in it at once (10 KB per edit with 50 editors in one document).
  const states = new Map<string, ClauseState>();

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

    const seq = segment.last?.seq ?? input.seq;
    const at = segment.last?.at ?? input.at;
    // A clause shifted by the moves of others: the segment's last structural update did it.
    const mover = segment.lastStructural ?? segment.last;
    for (const [id, kind] of kinds) {
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
      const credits = segment.credits.get(id);
      if (credits?.size) {
        for (const c of credits.values()) changes.push({ ...c, clauseId: id, kind });
      } else if (mover) {
        changes.push({ ...mover, firstAt: mover.at, clauseId: id, kind });
      }
    }
  }

  return { changes, states: [...states.values()], hashes, order };
}
