import type * as Y from 'yjs';
import { clauseHash, type PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import type { CollabHooks, CollabLog } from '../collab/types.ts';
import type { DB } from '../db/connection.ts';
import { sql } from '../db/repos/sql.ts';
import {
  attributedSeq,
  type ClauseChange,
  type ClauseChangeKind,
  type ClauseState,
  latestClauseHashes,
  recordAttribution,
  sendersBetween,
} from './changesRepo.ts';
import { movedIds } from './moves.ts';
import { type Touch, touchedClauses } from './touched.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

/** Options of {@link ClauseAttribution}. */
export interface AttributionOptions {
  db: DB;
  log: CollabLog;
  /** A burst of updates to one document is examined once per window (ms). */
  windowMs?: number;
  /** Editing counts as paused after this long without updates (ms). */
  pauseMs?: number;
  /** A document's editing paused, or its room was unloaded, after changes: e.g. record an automatic version. */
  onPause?: (documentId: string) => void;
}

/** Cost figures for the bench: the hot path (per update) and the window (per burst). */
export interface AttributionStats {
  updates: number;
  updateMs: number;
  windows: number;
  windowMs: number;
  maxWindowMs: number;
}

/** Catch-up after a crash attributes a lost range to its senders only when it is this short. */
const CATCH_UP_LIMIT = 2000;

interface WindowEntry {
  seq: number;
  userId: string | null;
  at: number;
  touch: Touch;
}

/** What attribution keeps per open document. */
interface Tracked {
  documentId: string;
  body: Y.XmlFragment;
  /** Clause hashes and order as of the last window. */
  hashes: Map<string, string>;
  order: string[];
  byTransaction: WeakMap<Y.Transaction, Touch>;
  byUpdate: WeakMap<Uint8Array, Touch>;
  /** Updates that touched clauses and were applied but not yet stored. */
  uncommitted: Set<Uint8Array>;
  window: WindowEntry[];
  lastSeq: number;
  markedSeq: number;
  timer: NodeJS.Timeout | null;
  pauseTimer: NodeJS.Timeout | null;
  lastChangeAt: number;
  changedSinceUnload: boolean;
  detach(): void;
}

/**
 * Records which clauses each stored update changed, by whom and when (`clause_changes`), and
 * each changed clause's content (`clause_states`), so that a clause's history is a query.
 *
 * Hot path (every update): the Yjs events of the transaction name the top-level clauses it
 * touched, and `onChange` files them under the update's seq and user. Once per window (a
 * burst of typing) only the touched clauses are hashed and compared with their previous
 * hash; real changes, additions, removals and moves are written in one transaction.
 */
export class ClauseAttribution {
  private readonly docs = new Map<string, Tracked>();
  private readonly windowMs: number;
  private readonly pauseMs: number;
  readonly stats: AttributionStats = { updates: 0, updateMs: 0, windows: 0, windowMs: 0, maxWindowMs: 0 };

  constructor(private readonly opts: AttributionOptions) {
    this.windowMs = opts.windowMs ?? 500;
    this.pauseMs = opts.pauseMs ?? 10 * 60_000;
  }

  /** `hooks` with attribution run before each of its own notification hooks. */
  wrap(hooks: CollabHooks): CollabHooks {
    return {
      ...hooks,
      onLoadDocument: async (ctx) => {
        this.track(ctx.documentId, ctx.document);
        await hooks.onLoadDocument?.(ctx);
      },
      onChange: (ctx) => {
        this.onChange(ctx.documentId, ctx.update, ctx.userId, ctx.seq);
        return hooks.onChange?.(ctx);
      },
      onStoreDocument: (ctx) => {
        this.flush(ctx.documentId);
        return hooks.onStoreDocument?.(ctx);
      },
      afterUnloadDocument: (ctx) => {
        this.untrack(ctx.documentId);
        return hooks.afterUnloadDocument?.(ctx);
      },
    };
  }

  /** Starts tracking a freshly loaded document, first attributing what the log holds beyond the last window. */
  track(documentId: string, document: Y.Doc): void {
    this.untrack(documentId, false);
    try {
      const body = document.getXmlFragment(YDOC.body);
      const current = readClauses(body);
      const loadedSeq = latestSeq(this.opts.db, documentId);
      this.catchUp(documentId, current, loadedSeq);
      const tracked: Tracked = {
        documentId,
        body,
        hashes: new Map([...current.entries()].map(([id, c]) => [id, c.hash])),
        order: [...current.keys()],
        byTransaction: new WeakMap(),
        byUpdate: new WeakMap(),
        uncommitted: new Set(),
        window: [],
        lastSeq: loadedSeq,
        markedSeq: loadedSeq,
        timer: null,
        pauseTimer: null,
        lastChangeAt: 0,
        changedSinceUnload: false,
        detach: () => {},
      };
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
        const touch = touchedClauses(events, body);
        if (touch.ids.size > 0 || touch.structural) tracked.byTransaction.set(transaction, touch);
      };
      // Registered after the room's own listener: the same Uint8Array reaches onChange later.
      const onUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
        const touch = tracked.byTransaction.get(transaction);
        if (!touch) return;
        tracked.byUpdate.set(update, touch);
        tracked.uncommitted.add(update);
      };
      body.observeDeep(observer);
      document.on('update', onUpdate);
      tracked.detach = () => {
        body.unobserveDeep(observer);
        document.off('update', onUpdate);
      };
      this.docs.set(documentId, tracked);
    } catch (err) {
      // Attribution is a record beside the log, never a reason to refuse a document.
      this.opts.log.error({ documentId, err: String(err) }, 'clause attribution unavailable');
    }
  }

  /** Files a stored update under its seq and user (hot path: no hashing, no SQL). */
  onChange(documentId: string, update: Uint8Array, userId: string | null, seq: number): void {
    const tracked = this.docs.get(documentId);
    if (!tracked) return;
    const started = performance.now();
    tracked.lastSeq = Math.max(tracked.lastSeq, seq);
    const touch = tracked.byUpdate.get(update);
    tracked.uncommitted.delete(update);
    if (touch) {
      const now = Date.now();
      tracked.window.push({ seq, userId, at: now, touch });
      tracked.lastChangeAt = now;
      tracked.changedSinceUnload = true;
      tracked.timer ??= unref(setTimeout(() => this.flush(documentId), this.windowMs));
      tracked.pauseTimer ??= unref(setTimeout(() => this.checkPause(tracked), this.pauseMs));
    }
    this.stats.updates += 1;
    this.stats.updateMs += performance.now() - started;
  }

  /** Examines the pending window of one document (or of all) now. */
  flush(documentId?: string): void {
    const list = documentId ? [this.docs.get(documentId)] : [...this.docs.values()];
    for (const tracked of list) if (tracked) this.flushTracked(tracked, true);
  }

  /** Attributes what is pending, stops tracking, and reports a pause if anything changed. */
  untrack(documentId: string, notify = true): void {
    const tracked = this.docs.get(documentId);
    if (!tracked) return;
    this.flushTracked(tracked, true);
    tracked.detach();
    if (tracked.timer) clearTimeout(tracked.timer);
    if (tracked.pauseTimer) clearTimeout(tracked.pauseTimer);
    this.docs.delete(documentId);
    if (notify && tracked.changedSinceUnload) this.pause(documentId);
  }

  private checkPause(tracked: Tracked): void {
    tracked.pauseTimer = null;
    if (this.docs.get(tracked.documentId) !== tracked) return;
    const idle = Date.now() - tracked.lastChangeAt;
    if (idle < this.pauseMs) {
      tracked.pauseTimer = unref(setTimeout(() => this.checkPause(tracked), this.pauseMs - idle));
      return;
    }
    this.flushTracked(tracked, true);
    this.pause(tracked.documentId);
  }

  private pause(documentId: string): void {
    try {
      this.opts.onPause?.(documentId);
    } catch (err) {
      this.opts.log.error({ documentId, err: String(err) }, 'pause handler failed');
    }
  }

  private flushTracked(tracked: Tracked, force: boolean): void {
    if (tracked.timer) clearTimeout(tracked.timer);
    tracked.timer = null;
    // An applied but unstored update would be hashed without its seq: wait for its commit.
    if (!force && tracked.uncommitted.size > 0) {
      tracked.timer = unref(setTimeout(() => this.flushTracked(tracked, false), 20));
      return;
    }
    const entries = tracked.window.splice(0);
    if (entries.length === 0 && tracked.lastSeq === tracked.markedSeq) return;
    const started = performance.now();
    try {
      this.attribute(tracked, entries);
    } catch (err) {
      this.opts.log.error({ documentId: tracked.documentId, err: String(err) }, 'clause attribution failed');
    }
    const ms = performance.now() - started;
    this.stats.windows += 1;
    this.stats.windowMs += ms;
    this.stats.maxWindowMs = Math.max(this.stats.maxWindowMs, ms);
  }

  private attribute(tracked: Tracked, entries: WindowEntry[]): void {
    const candidates = new Set<string>();
    let structural = false;
    for (const e of entries) {
      for (const id of e.touch.ids) candidates.add(id);
      structural ||= e.touch.structural;
    }
    const elements = clauseElements(tracked.body);
    const order = structural ? [...elements.keys()] : tracked.order;
    const changed = new Map<string, ClauseChangeKind>();
    const contents = new Map<string, PMJSON>();
    for (const id of candidates) {
      const el = elements.get(id)?.el;
      const json = el ? yElementToJSON(el) : null;
      const hash = json ? clauseHash(json) : null;
      const prev = tracked.hashes.get(id) ?? null;
      if (hash === prev) continue;
      changed.set(id, prev === null ? 'added' : hash === null ? 'removed' : 'changed');
      if (json) contents.set(id, json);
      if (hash) tracked.hashes.set(id, hash);
      else tracked.hashes.delete(id);
    }
    if (structural) {
      const moved = movedIds(tracked.order, order);
      const touchedMoves = [...moved].filter((id) => candidates.has(id));
      for (const id of touchedMoves.length ? touchedMoves : moved) {
        if (changed.has(id)) continue;
        changed.set(id, 'moved');
        const el = elements.get(id)?.el;
        if (el) contents.set(id, yElementToJSON(el));
      }
      tracked.order = order;
    }
    const seq = entries.length ? Math.max(...entries.map((e) => e.seq)) : tracked.lastSeq;
    const at = entries.length ? entries[entries.length - 1].at : Date.now();
    const changes: ClauseChange[] = [];
    const covered = new Set<string>();
    for (const e of entries) {
      for (const id of e.touch.ids) {
        const kind = changed.get(id);
        if (!kind) continue;
        changes.push({ seq: e.seq, clauseId: id, userId: e.userId, at: e.at, kind });
        covered.add(id);
      }
    }
    // A clause that moved because others were moved around it: the last structural update did it.
    const last = [...entries].reverse().find((e) => e.touch.structural) ?? entries[entries.length - 1];
    for (const [id, kind] of changed) {
      if (!covered.has(id) && last) changes.push({ seq: last.seq, clauseId: id, userId: last.userId, at: last.at, kind });
    }
    const numbers = new Map(order.map((id, i) => [id, i + 1]));
    const states: ClauseState[] = [...changed.keys()].map((id) => ({
      clauseId: id,
      seq,
      at,
      hash: tracked.hashes.get(id) ?? null,
      number: tracked.hashes.has(id) ? (numbers.get(id) ?? null) : null,
      content: tracked.hashes.has(id) ? (contents.get(id) ?? null) : null,
    }));
    const markSeq = Math.max(seq, tracked.lastSeq);
    recordAttribution(this.opts.db, tracked.documentId, changes, states, markSeq);
    tracked.markedSeq = markSeq;
  }

  /**
   * Compares the loaded document with the last recorded clause states and records the
   * difference at the loaded seq: the whole baseline of a document opened for the first time,
   * or what a crash kept from being attributed (then shared among the senders of that range).
   */
  private catchUp(documentId: string, current: Map<string, CurrentClause>, loadedSeq: number): void {
    const { db } = this.opts;
    const recorded = latestClauseHashes(db, documentId);
    const mark = attributedSeq(db, documentId);
    if (recorded.size > 0 && mark >= loadedSeq) return;
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
          changes.push({ seq: sender.seq, clauseId, userId: sender.userId, at: sender.at, kind });
        }
      }
    }
    recordAttribution(db, documentId, changes, states, loadedSeq);
  }
}

interface CurrentClause {
  hash: string;
  number: number;
  json: PMJSON;
}

function readClauses(body: Y.XmlFragment): Map<string, CurrentClause> {
  const out = new Map<string, CurrentClause>();
  let number = 0;
  for (const [id, { el }] of clauseElements(body)) {
    const json = yElementToJSON(el);
    out.set(id, { hash: clauseHash(json), number: ++number, json });
  }
  return out;
}

function latestSeq(db: DB, documentId: string): number {
  return (
    sql<[string], number>(db, 'SELECT COALESCE(MAX(seq), 0) FROM doc_updates WHERE document_id = ?')
      .pluck()
      .get(documentId) ?? 0
  );
}

function unref(timer: NodeJS.Timeout): NodeJS.Timeout {
  timer.unref();
  return timer;
}
