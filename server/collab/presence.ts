import { initialsOf, NO_PARTY_COLOR, PRESENCE_LIMITS, readCaret } from '../../shared/presence.ts';
import type { Connection } from './connection.ts';
import { type AwarenessEntry, awarenessMessage } from './protocol.ts';
import type { CollabIdentity } from './types.ts';

/** A client's presence not renewed for this long is gone (y-protocols' own timeout; clients renew every 15 s). */
export const PRESENCE_TIMEOUT_MS = 30_000;

/** What the room knows of one client's presence. */
interface Announced {
  /** The client's awareness clock: an entry with a lower one is older news. */
  clock: number;
  /** Its state as the server wrote it (see {@link stampedState}), or null once it left. */
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
 * state not renewed for 30 s is removed), but a state is not kept as its client wrote it: it is
 * parsed once and written once as `{"user", "cursor"}` by {@link stampedState}, the user from
 * the connection's identity and the caret only if well formed. Nothing else a client puts in
 * its state reaches anyone. An entry that cannot be read (not JSON, or longer than
 * `PRESENCE_LIMITS.stateChars`) is dropped and its clock not counted; the connection stays:
 * presence is decoration, and a client that sends bad presence loses only its own caret.
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
   * clear its own presence, not another's; what it sets is stamped with `conn`'s identity.
   */
  receive(conn: Connection, entries: AwarenessEntry[]): void {
    const now = performance.now();
    for (const { clientID, clock, json } of entries) {
      const known = this.clients.get(clientID);
      if (known?.owner && known.owner !== conn && !known.owner.closed) continue;
      const state = readState(json);
      if (state === undefined || !conn.identity) continue;
      const removes = state === null;
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
        this.clients.set(clientID, {
          clock,
          json: stampedState(conn.identity, state),
          at: now,
          owner: conn,
        });
      }
      this.changed(clientID);
    }
  }

  /**
   * Writes `conn`'s states again with its current identity (after `refreshAccess` gave it a
   * new one: a renamed person, another party), keeping their carets. A state whose user is
   * unchanged is left alone, so the periodic access check relays nothing. A changed one goes
   * out one clock higher, since clients take only a higher clock; its own client takes it too
   * and announces from there.
   */
  restamp(conn: Connection): void {
    if (!conn.identity) return;
    for (const clientID of conn.awarenessClients) {
      const known = this.clients.get(clientID);
      if (!known || known.owner !== conn || known.json === null) continue;
      const json = stampedState(conn.identity, JSON.parse(known.json));
      if (json === known.json) continue;
      this.clients.set(clientID, { ...known, clock: known.clock + 1, json });
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

/**
 * A state's JSON parsed: an object, null (the client left), another JSON value (kept as a
 * presence without a caret), or undefined when it is too long or not JSON (the entry is dropped).
 */
function readState(json: string): unknown {
  if (json.length > PRESENCE_LIMITS.stateChars) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** The `user` field of each identity, written once per identity (`refreshAccess` makes a new one). */
const userFields = new WeakMap<CollabIdentity, string>();

function userJSON(identity: CollabIdentity): string {
  let json = userFields.get(identity);
  if (json === undefined) {
    const name = identity.name ?? '';
    json = JSON.stringify({
      id: identity.userId,
      name,
      color: identity.partyColor ?? NO_PARTY_COLOR,
      party: identity.partyShortName ?? '',
      initials: identity.initials ?? initialsOf(name),
    });
    userFields.set(identity, json);
  }
  return json;
}

/**
 * The state relayed for what a client announced: its user from `identity` whatever it wrote,
 * and its caret (y-tiptap's `cursor` field) rebuilt if well formed, else null. A state that is
 * not an object is a presence without a caret.
 */
export function stampedState(identity: CollabIdentity, state: unknown): string {
  const caret =
    typeof state === 'object' && state !== null ? readCaret((state as { cursor?: unknown }).cursor) : null;
  return `{"user":${userJSON(identity)},"cursor":${caret ? JSON.stringify(caret) : 'null'}}`;
}
