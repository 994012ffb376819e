import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { Connection } from './connection.ts';
import { type AwarenessEntry, awarenessMessage, encodeAwarenessEntries } from './protocol.ts';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * The presence (y-protocols awareness: carets, names) of one room. Changes are gathered and
 * sent in one message per interval: with n clients moving their carets, one message per
 * change would mean n² messages. Presence is never stored.
 */
export class Presence {
  readonly awareness: Awareness;
  private owners = new Map<number, Connection>();
  private dirty = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private closed = false;

  constructor(
    doc: Y.Doc,
    /** Milliseconds between presence messages (0: each change at once); asked anew each time. */
    private readonly throttleMs: () => number,
    private readonly broadcast: (message: Uint8Array) => void,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onUpdate(change, origin));
  }

  /** The presence of everyone, or null when nobody announced any. */
  everyone(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? awarenessMessage(this.awareness, ids) : null;
  }

  /**
   * Applies what `conn` announced (`payload`: the checked message). A client may set and clear
   * its own presence, not another's; only a message that also names others is encoded anew.
   */
  receive(conn: Connection, entries: AwarenessEntry[], payload?: Uint8Array): void {
    const own = entries.filter((e) => {
      const owner = this.owners.get(e.clientID);
      return !owner || owner === conn || owner.closed;
    });
    if (own.length === 0) return;
    const update = payload && own.length === entries.length ? payload : encodeAwarenessEntries(own);
    applyAwarenessUpdate(this.awareness, update, conn);
  }

  /** Clears what a closed connection announced (its client cannot say goodbye any more). */
  remove(conn: Connection): void {
    if (conn.awarenessClients.size > 0 && !this.closed) {
      removeAwarenessStates(this.awareness, [...conn.awarenessClients], null);
    }
  }

  private onUpdate({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    if (this.closed) return;
    const conn = origin instanceof Connection ? origin : null;
    for (const id of [...added, ...updated]) {
      if (!conn) continue;
      conn.awarenessClients.add(id);
      this.owners.set(id, conn);
    }
    for (const id of removed) {
      this.owners.get(id)?.awarenessClients.delete(id);
      this.owners.delete(id);
    }
    for (const id of [...added, ...updated, ...removed]) this.dirty.add(id);
    if (this.timer) return;
    const delay = this.throttleMs();
    if (delay <= 0) this.send();
    else this.timer = setTimeout(() => this.send(), delay);
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

  private send(): void {
    this.timer = null;
    if (this.closed || this.dirty.size === 0) return;
    this.lastSentAt = performance.now();
    const message = awarenessMessage(this.awareness, [...this.dirty]);
    this.dirty.clear();
    this.broadcast(message);
  }

  destroy(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.awareness.destroy();
  }
}
