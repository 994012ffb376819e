import type { Connection } from './connection.ts';
import { type AwarenessEntry, awarenessMessage } from './protocol.ts';

/** A client's presence not renewed for this long is gone (y-protocols' own timeout; clients renew every 15 s). */
export const PRESENCE_TIMEOUT_MS = 30_000;

/** What the room knows of one client's presence. */
interface Announced {
  /** The client's awareness clock: an entry with a lower one is older news. */
  clock: number;
  /** Its state as the client wrote it (checked JSON), or null once it left. */
  json: string | null;
  /** When it was last announced or renewed (ms, `performance.now()`). */
  at: number;
  owner: Connection | null;
}

/**
 * The presence (y-protocols awareness: carets, names) of one room. Changes are gathered and
 * sent in one message per interval: with n clients moving their carets, one message per
 * change would mean n² messages. Presence is never stored.
 *
 * The rules are y-protocols' (`applyAwarenessUpdate`: a higher clock wins, null removes; a
 * state not renewed for 30 s is removed), but states are kept as the JSON the client sent and
 * relayed as such: y-protocols' Awareness parsed each one a second time, compared it deeply
 * with the last and wrote it out again (presence took 9 % of the server's time with 100
 * documents being edited, 7 % without those steps; checking the JSON is most of what is left).
 */
export class Presence {
  private readonly clients = new Map<number, Announced>();
  private dirty = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;

  constructor(
    /** Milliseconds between presence messages (0: each change at once); asked anew each time. */
    private readonly throttleMs: () => number,
    private readonly broadcast: (message: Uint8Array) => void,
    private readonly timeoutMs = PRESENCE_TIMEOUT_MS,
  ) {
    this.sweeper = setInterval(() => this.sweep(), Math.max(10, timeoutMs / 10));
    this.sweeper.unref();
  }

  /** The presence of everyone, or null when nobody announced any. */
  everyone(): Uint8Array | null {
    const entries: AwarenessEntry[] = [];
    for (const [clientID, c] of this.clients)
      if (c.json !== null) entries.push({ clientID, clock: c.clock, json: c.json });
    return entries.length > 0 ? awarenessMessage(entries) : null;
  }

  /**
   * Applies what `conn` announced (the entries of a checked message). A client may set and
   * clear its own presence, not another's.
   */
  receive(conn: Connection, entries: AwarenessEntry[]): void {
    const now = performance.now();
    for (const { clientID, clock, json } of entries) {
      const known = this.clients.get(clientID);
      if (known?.owner && known.owner !== conn && !known.owner.closed) continue;
      const removes = json === 'null';
      const current = known?.clock ?? 0;
      // A newer clock wins; at the same clock only a goodbye counts (y-protocols' rule).
      if (!(current < clock || (current === clock && removes && known?.json != null))) continue;
      if (removes) {
        known?.owner?.awarenessClients.delete(clientID);
        this.clients.set(clientID, { clock, json: null, at: now, owner: null });
        // A goodbye from a client never seen: nothing to relay, but its clock counts.
        if (!known) continue;
      } else {
        if (known?.owner !== conn) known?.owner?.awarenessClients.delete(clientID); // taken over
        conn.awarenessClients.add(clientID);
        this.clients.set(clientID, { clock, json, at: now, owner: conn });
      }
      this.changed(clientID);
    }
  }

  /** Clears what a closed connection announced (its client cannot say goodbye any more). */
  remove(conn: Connection): void {
    for (const clientID of [...conn.awarenessClients]) this.clear(clientID);
  }

  /**
   * Sends the pending changes now if the interval since the last message has passed: called as
   * the room sends updates, so that carets ride in the same write as the text (see connection.ts)
   * rather than in one of their own a few milliseconds later.
   */
  sendIfDue(): void {
    if (this.closed || this.dirty.size === 0) return;
    if (performance.now() - this.lastSentAt < this.throttleMs()) return;
    if (this.timer) clearTimeout(this.timer);
    this.send();
  }

  destroy(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    clearInterval(this.sweeper);
  }

  /** A state gone without a goodbye: relayed as null at its own clock, as y-protocols does. */
  private clear(clientID: number): void {
    const known = this.clients.get(clientID);
    if (!known || known.json === null) return;
    known.owner?.awarenessClients.delete(clientID);
    this.clients.set(clientID, { ...known, json: null, owner: null });
    this.changed(clientID);
  }

  /** Removes states their clients stopped renewing (a client gone without its socket closing). */
  private sweep(): void {
    const now = performance.now();
    for (const [clientID, c] of this.clients) {
      if (c.json !== null && now - c.at >= this.timeoutMs) this.clear(clientID);
    }
  }

  private changed(clientID: number): void {
    if (this.closed) return;
    this.dirty.add(clientID);
    if (this.timer) return;
    const delay = this.throttleMs();
    if (delay <= 0) this.send();
    else this.timer = setTimeout(() => this.send(), delay);
  }

  private send(): void {
    this.timer = null;
    if (this.closed || this.dirty.size === 0) return;
    this.lastSentAt = performance.now();
    const entries: AwarenessEntry[] = [];
    for (const clientID of this.dirty) {
      const c = this.clients.get(clientID);
      if (c) entries.push({ clientID, clock: c.clock, json: c.json ?? 'null' });
    }
    this.dirty.clear();
    this.broadcast(awarenessMessage(entries));
  }
}
