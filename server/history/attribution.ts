import type * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import { clauseHash } from '../clauseHash.ts';
import { REFUSED_TRANSACTION } from '../collab/index.ts';
import { logHead } from '../collab/store.ts';
import type { CollabExtension, CollabLog } from '../collab/types.ts';
import type { DB } from '../db/connection.ts';
import { catchUp, readClauses } from './catchUp.ts';
import { attributedSeq, latestClauseHash, recordAttribution } from './changesRepo.ts';
import { ContentKeeper, type UnwrittenWindow } from './keptContent.ts';
import { ydocAt } from './reconstruct.ts';
import { attributeWindow, closeSegment, creditUpdate, openSegment, type Segment } from './segments.ts';
import { type Touch, touchedClauses } from './touched.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

/** Options of {@link ClauseAttribution}. */
export interface AttributionOptions {
  db: DB;
  log: CollabLog;
  /**
   * A burst of updates to one document is examined once per window (ms; default 500), at least;
   * see `tick`. Two people typing in one clause within a window are credited together, so it
   * stays short, though each window writes a page or two whatever it holds.
   */
  windowMs?: number;
  /** Windows lengthen so that attributing takes about this share of the time at most (default 2 %)... */
  timeShare?: number;
  /** ...up to this length (ms; default 10 s). */
  maxWindowMs?: number;
  /** Editing counts as paused after this long without updates (ms). */
  pauseMs?: number;
  /** Nobody changed a document's clauses for `pauseMs` after they did: e.g. record an automatic version. */
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

type Filed = { touch: Touch; segment: Segment };

/** Longest run of attribution windows in one go (ms): see `tick`. */
const SLICE_MS = 5;
/**
 * Windows are written this long after the first one not yet written (ms), document by document:
 * each commit writes the last pages of each document's history rows whatever it holds, so a
 * commit per 500 ms window was most of what the server wrote per keystroke, and with 50
 * documents edited a write every 5 s still cost 800 bytes per keystroke against 550 every 15 s.
 * Until then a window holds one clause's content per clause at most (keptContent.ts). Readers
 * write first (settle). A crash loses the unwritten windows' rows only: the log beyond the last
 * written mark is attributed again, roughly, when the document next opens or is settled.
 */
const WRITE_EVERY_MS = 15_000;
/** Windows lengthen so that attributing takes about this share of the server's time at most... */
const TIME_SHARE = 0.02;
/** ...but not beyond this (ms): after a crash, a window not yet written is only known roughly. */
const MAX_WINDOW_MS = 10_000;

/** What attribution keeps per open document. */
interface Tracked {
  documentId: string;
  body: Y.XmlFragment;
  /** Clause hashes as of the last window (null: removed); others are read from their latest state. */
  hashes: Map<string, string | null>;
  order: string[];
  /** The open segment (transactions by one person since the last switch) and the closed ones. */
  segment: Segment | null;
  closed: Segment[];
  byTransaction: WeakMap<Y.Transaction, Filed>;
  byUpdate: WeakMap<Uint8Array, Filed>;
  /** Updates that touched clauses and were applied but not yet stored. */
  uncommitted: Set<Uint8Array>;
  /** Time of the window's last stored update that touched clauses (null: none yet). */
  lastAt: number | null;
  lastSeq: number;
  markedSeq: number;
  detach(): void;
}

/** Who a transaction is by: the collaboration server's origins (a connection, a server change) carry a userId. */
const userOf = (origin: unknown): string | null => {
  const id = (origin as { userId?: unknown } | null)?.userId;
  return typeof id === 'string' ? id : null;
};

/**
 * Records which clauses each stored update changed, by whom and when (`clause_changes`), and
 * each changed clause's content (`clause_states`), so that a clause's history is a query.
 *
 * Hot path (every update): the Yjs events of the transaction name the top-level clauses it
 * touched, and `onChange` files them under the update's seq and user. Once per window (a
 * burst of typing) the touched clauses are hashed, compared with their previous hashes, and
 * real changes, additions, removals and moves are written in one transaction, each credited
 * to the updates that touched the clause (see segments.ts).
 */
export class ClauseAttribution implements CollabExtension {
  private readonly docs = new Map<string, Tracked>();
  /** Drops the content of states the next window continues (see keptContent.ts). */
  private readonly keeper = new ContentKeeper();
  /**
   * Documents edited since their last pause, with the time of their last change. Kept apart
   * from `docs` so that a room unloaded soon after the last edit still gets its pause.
   */
  private readonly edited = new Map<string, number>();
  private pauseTimer: NodeJS.Timeout | null = null;
  /** Documents with a window to attribute at the next tick. */
  private readonly due = new Set<Tracked>();
  private tickTimer: NodeJS.Timeout | null = null;
  /** Windows attributed but not yet written, in order (see `WRITE_EVERY_MS`). */
  private unwritten: UnwrittenWindow[] = [];
  private writeTimer: NodeJS.Timeout | null = null;
  private readonly windowMs: number;
  /** Documents of the current round of windows not yet attributed (see `tick`). */
  private round: Tracked[] = [];
  /** Time spent on the current round so far, and the length of the next window (ms). */
  private roundMs = 0;
  private nextWindowMs: number;
  private readonly timeShare: number;
  private readonly maxWindowMs: number;
  private readonly pauseMs: number;
  readonly stats: AttributionStats = { updates: 0, updateMs: 0, windows: 0, windowMs: 0, maxWindowMs: 0 };

  constructor(private readonly opts: AttributionOptions) {
    this.windowMs = opts.windowMs ?? 500;
    this.nextWindowMs = this.windowMs;
    this.timeShare = opts.timeShare ?? TIME_SHARE;
    this.maxWindowMs = Math.max(this.windowMs, opts.maxWindowMs ?? MAX_WINDOW_MS);
    this.pauseMs = opts.pauseMs ?? 10 * 60_000;
  }

  // As an extension of the collaboration server: a room's document is tracked while it is open.
  onLoadDocument(ctx: { documentId: string; document: Y.Doc }): void {
    this.track(ctx.documentId, ctx.document);
  }

  onReloadDocument(ctx: { documentId: string; document: Y.Doc }): void {
    this.rebind(ctx.documentId, ctx.document);
  }

  onChange(ctx: { documentId: string; update: Uint8Array; userId: string | null; seq: number }): void {
    this.credit(ctx.documentId, ctx.update, ctx.userId, ctx.seq);
  }

  afterUnloadDocument(ctx: { documentId: string }): void {
    this.untrack(ctx.documentId);
  }

  onSettle(ctx: { documentId: string }): void {
    this.settle(ctx.documentId);
  }

  /** Starts tracking a freshly loaded document, first attributing what the log holds beyond the last window. */
  track(documentId: string, document: Y.Doc): void {
    this.untrack(documentId);
    try {
      const { db } = this.opts;
      const body = document.getXmlFragment(YDOC.body);
      const loadedSeq = logHead(db, documentId);
      const mark = attributedSeq(db, documentId);
      // Usually everything up to the loaded seq was attributed before: then the clauses'
      // latest recorded states are their hashes now, read lazily, and loading costs nothing.
      const hashes = new Map<string, string | null>();
      if (mark === 0 || mark < loadedSeq) {
        const current = readClauses(body);
        catchUp(db, documentId, current, loadedSeq, mark);
        for (const [id, c] of current) hashes.set(id, c.hash);
      }
      const tracked: Tracked = {
        documentId,
        body,
        hashes,
        order: [...clauseElements(body).keys()],
        segment: null,
        closed: [],
        byTransaction: new WeakMap(),
        byUpdate: new WeakMap(),
        uncommitted: new Set(),
        lastAt: null,
        lastSeq: loadedSeq,
        markedSeq: loadedSeq,
        detach: () => {},
      };
      this.observe(tracked, document);
      this.docs.set(documentId, tracked);
    } catch (err) {
      // Attribution is a record beside the log, never a reason to refuse a document.
      this.opts.log.error({ documentId, err }, 'clause attribution unavailable');
    }
  }

  /**
   * The room rebuilt the document without a refused update: the same content in a new Y.Doc.
   * What was filed (open windows, credits, stored-update marks) stays; only the observers move.
   */
  rebind(documentId: string, document: Y.Doc): void {
    const tracked = this.docs.get(documentId);
    if (!tracked) return;
    tracked.detach();
    tracked.body = document.getXmlFragment(YDOC.body);
    this.observe(tracked, document);
  }

  /** Attaches the per-transaction observers of one tracked document. */
  private observe(tracked: Tracked, document: Y.Doc): void {
    // A run of typing is hashed once, at the window's end, whoever typed it, so several people
    // typing in one clause cost one JSON and one hash of it per window, not one per change of
    // author. Only a run that inserted, removed or moved clauses is closed when someone else
    // goes on: y-prosemirror moves by rewriting the clauses in between in place, which touches
    // them without changing them, and the hash at the switch keeps the mover from being
    // credited with others' edits.
    const beforeTransaction = (transaction: Y.Transaction) => {
      const open = tracked.segment;
      if (open?.touch.structural && open.userId !== userOf(transaction.origin)) {
        closeSegment(open, tracked.body);
        tracked.closed.push(open);
        tracked.segment = null;
      }
    };
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      // A change the collaboration server refused is taken out of the document again.
      if (transaction.meta.has(REFUSED_TRANSACTION)) return;
      const touch = touchedClauses(events, tracked.body);
      if (touch.ids.size === 0 && !touch.structural) return;
      tracked.segment ??= openSegment(userOf(transaction.origin));
      const segment = tracked.segment;
      for (const id of touch.ids) segment.touch.ids.add(id);
      segment.touch.structural ||= touch.structural;
      tracked.byTransaction.set(transaction, { touch, segment });
    };
    // Registered after the room's own listener: the same Uint8Array reaches onChange later.
    const onUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      const filed = tracked.byTransaction.get(transaction);
      if (!filed) return;
      tracked.byUpdate.set(update, filed);
      tracked.uncommitted.add(update);
    };
    const body = tracked.body;
    document.on('beforeTransaction', beforeTransaction);
    body.observeDeep(observer);
    document.on('update', onUpdate);
    tracked.detach = () => {
      document.off('beforeTransaction', beforeTransaction);
      body.unobserveDeep(observer);
      document.off('update', onUpdate);
    };
  }

  /** Files a stored update under its seq and user (hot path: no hashing, no SQL). */
  credit(documentId: string, update: Uint8Array, userId: string | null, seq: number): void {
    const tracked = this.docs.get(documentId);
    if (!tracked) return;
    const started = performance.now();
    tracked.lastSeq = Math.max(tracked.lastSeq, seq);
    const filed = tracked.byUpdate.get(update);
    tracked.uncommitted.delete(update);
    if (filed) {
      const now = Date.now();
      creditUpdate(filed.segment, filed.touch, { seq, userId, at: now });
      tracked.lastAt = now;
      this.due.add(tracked);
      this.tickTimer ??= setTimeout(() => this.tick(), this.nextWindowMs).unref();
      this.edited.set(documentId, now);
      this.pauseTimer ??= setTimeout(() => this.checkPauses(), this.pauseMs).unref();
    }
    this.stats.updates += 1;
    this.stats.updateMs += performance.now() - started;
  }

  /** Examines the pending window of one document (or of all) now. */
  flush(documentId?: string): void {
    const list = documentId ? [this.docs.get(documentId)] : [...this.docs.values()];
    for (const tracked of list) if (tracked) this.flushTracked(tracked);
    this.write();
  }

  /**
   * Brings the record of one document up to its log's end: the pending window of an open
   * document, or, for one whose room is not open, whatever the log holds beyond the last
   * window (cut short by a crash) attributed from the stored state, as opening it would.
   */
  settle(documentId: string): void {
    const tracked = this.docs.get(documentId);
    if (tracked) {
      this.flushTracked(tracked);
      this.write();
      return;
    }
    this.write();
    const { db } = this.opts;
    try {
      const head = logHead(db, documentId);
      const mark = attributedSeq(db, documentId);
      if (mark >= head) return;
      const { doc } = ydocAt(db, documentId, head);
      try {
        catchUp(db, documentId, readClauses(doc.getXmlFragment(YDOC.body)), head, mark);
      } finally {
        doc.destroy();
      }
    } catch (err) {
      this.opts.log.error({ documentId, err }, 'clause attribution failed');
    }
  }

  /** Attributes what is pending and stops tracking (the document's pause, if due later, still comes). */
  untrack(documentId: string): void {
    const tracked = this.docs.get(documentId);
    if (!tracked) return;
    this.flushTracked(tracked);
    this.write();
    tracked.detach();
    this.docs.delete(documentId);
    this.keeper.forget(documentId);
  }

  /**
   * Reports every document whose last change is `pauseMs` old, then waits for the next one.
   * The timer does not keep the process alive: a pause still running at shutdown is dropped.
   */
  private checkPauses(): void {
    this.pauseTimer = null;
    const now = Date.now();
    let next = Number.POSITIVE_INFINITY;
    for (const [documentId, last] of [...this.edited]) {
      if (now - last < this.pauseMs) {
        next = Math.min(next, last + this.pauseMs - now);
        continue;
      }
      this.edited.delete(documentId);
      this.flush(documentId);
      this.pause(documentId);
    }
    if (Number.isFinite(next)) this.pauseTimer = setTimeout(() => this.checkPauses(), next).unref();
  }

  private pause(documentId: string): void {
    try {
      this.opts.onPause?.(documentId);
    } catch (err) {
      this.opts.log.error({ documentId, err }, 'pause handler failed');
    }
  }

  /**
   * Attributes the windows of the documents edited since the last tick (written later, many
   * to one transaction: see `WRITE_EVERY_MS`). A slice stops after `SLICE_MS` and the next one follows
   * at once, so that a tick of many documents does not hold the editors' updates back. A
   * document with an applied but unstored update waits (it would be hashed without its seq).
   *
   * A round (the slices until every due document is done) costs about the same however long
   * the window was, since credits are kept per clause and person: the next window is made
   * long enough for attribution to stay near `TIME_SHARE` of the time (fixed 500 ms windows
   * would cost a fifth of the server's time with 200 documents being edited).
   */
  private tick(): void {
    this.tickTimer = null;
    if (this.round.length === 0) {
      // A round is the documents due when it begins: those edited meanwhile wait for the next,
      // or under steady load a round would never end and windows never lengthen.
      this.round = [...this.due];
      this.roundMs = 0;
    }
    const started = performance.now();
    const waiting: Tracked[] = [];
    let done = 0;
    for (; done < this.round.length; done++) {
      if (performance.now() - started > SLICE_MS) break;
      const tracked = this.round[done]!;
      if (tracked.uncommitted.size > 0) waiting.push(tracked);
      else this.flushTracked(tracked);
    }
    const unfinished = done < this.round.length;
    this.round = [...waiting, ...this.round.slice(done)];
    this.roundMs += performance.now() - started;
    if (this.round.length > 0) {
      this.tickTimer = setTimeout(() => this.tick(), unfinished ? 0 : 20).unref();
      return;
    }
    this.nextWindowMs = Math.max(this.windowMs, Math.min(this.maxWindowMs, this.roundMs / this.timeShare));
    if (this.due.size > 0) this.tickTimer = setTimeout(() => this.tick(), this.nextWindowMs).unref();
  }

  /**
   * Writes the windows attributed so far, oldest first: all of them (a reader is waiting), or
   * from the timer in transactions of at most `SLICE_MS` each, one after another, so that 200
   * documents' windows (thousands of states to deflate and insert) never hold the editors back.
   */
  write(budgetMs = Number.POSITIVE_INFINITY): void {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = null;
    if (this.unwritten.length === 0) return;
    const { db } = this.opts;
    const started = performance.now();
    // Document by document (each one's windows still in order): a transaction then writes the
    // pages of the documents it covers once. In the order attributed, every slice of 5 ms took
    // a window or two of each document edited and rewrote all their pages, slice after slice.
    this.unwritten.sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0));
    try {
      db.transaction(() => {
        while (this.unwritten.length > 0 && performance.now() - started < budgetMs) {
          const w = this.unwritten.shift()!;
          recordAttribution(db, w.documentId, w.changes, w.states, w.seq);
          w.written = true;
        }
      })();
    } catch (err) {
      // The log stays; the mark did not move, so these updates are attributed again later.
      this.opts.log.error({ err }, 'clause attribution could not be written');
    }
    if (this.unwritten.length > 0) this.writeTimer = setTimeout(() => this.write(SLICE_MS), 0).unref();
  }

  private flushTracked(tracked: Tracked): void {
    this.due.delete(tracked);
    if (tracked.lastAt === null && tracked.lastSeq === tracked.markedSeq) return;
    const started = performance.now();
    try {
      this.attribute(tracked);
    } catch (err) {
      this.opts.log.error({ documentId: tracked.documentId, err }, 'clause attribution failed');
    }
    const ms = performance.now() - started;
    this.stats.windows += 1;
    this.stats.windowMs += ms;
    this.stats.maxWindowMs = Math.max(this.stats.maxWindowMs, ms);
  }

  private attribute(tracked: Tracked): void {
    if (tracked.segment) {
      closeSegment(tracked.segment, tracked.body);
      tracked.closed.push(tracked.segment);
      tracked.segment = null;
    }
    const segments = tracked.closed.splice(0);
    const at = tracked.lastAt ?? Date.now();
    tracked.lastAt = null;
    const { db } = this.opts;
    const elements = clauseElements(tracked.body);
    const seq = tracked.lastSeq;
    const result = attributeWindow({
      segments,
      order: tracked.order,
      numbers: new Map([...elements.keys()].map((id, i) => [id, i + 1])),
      previousHash: (id) =>
        tracked.hashes.has(id)
          ? (tracked.hashes.get(id) ?? null)
          : latestClauseHash(db, tracked.documentId, id),
      current: (id) => {
        const el = elements.get(id)?.el;
        if (!el) return null;
        const json = yElementToJSON(el);
        return { hash: clauseHash(json), json };
      },
      seq,
      at,
    });
    for (const [id, hash] of result.hashes) tracked.hashes.set(id, hash);
    tracked.order = result.order;
    const window: UnwrittenWindow = {
      documentId: tracked.documentId,
      changes: result.changes,
      states: result.states,
      seq,
    };
    this.keeper.add(window);
    this.unwritten.push(window);
    this.writeTimer ??= setTimeout(() => this.write(SLICE_MS), WRITE_EVERY_MS).unref();
    tracked.markedSeq = seq;
  }
}
