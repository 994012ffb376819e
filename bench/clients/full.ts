import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { META } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import { wsHeaderBytes } from '../protocol.ts';
import type { Target } from '../servers/kinds.ts';
import { editKey, type LoadStats } from './light.ts';

/** One latency sample: when the edit was sent and how long it took to arrive here (ms). */
export interface Sample {
  sentAt: number;
  latency: number;
}

/**
 * Where the clock writer stamps the time every 50 ms (the cross-check of the latency keys): a
 * field of the document's metadata map, as text, because Sepakat refuses any shared type or
 * value its documents do not have; every server gets the same bytes.
 */
const CLOCK_FIELD = { map: YDOC.meta, key: META.place } as const;
const LOCAL = Symbol('bench-local');

/**
 * A `ws` class that sends fixed headers (the session cookie and Origin for Sepakat) and adds
 * what it receives to the run's counters, like the light clients do.
 */
function socketWithHeaders(headers: Record<string, string>, stats: LoadStats | null) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers, perMessageDeflate: false });
      if (stats) {
        this.on('message', (data: Buffer) => {
          stats.received += 1;
          stats.receivedWireBytes += data.byteLength + wsHeaderBytes(data.byteLength);
        });
      }
    }
  };
}

/**
 * A full client: a Y.Doc kept in sync by the server's own client library (y-websocket's
 * `WebsocketProvider`, or Hocuspocus's provider). It measures latency: each remote update is
 * keyed by client id and clock and matched with the send time the light clients recorded.
 */
export class FullClient {
  readonly doc = new Y.Doc();
  /** Arrival time of every tracked edit seen, by latency key. */
  readonly arrivals = new Map<number, number>();
  readonly clockSamples: Sample[] = [];
  /** Milliseconds from construction to the first sync. */
  readonly synced: Promise<number>;
  private readonly provider: WebsocketProvider | HocuspocusProvider;
  private clockTimer: NodeJS.Timeout | null = null;

  constructor(
    target: Target,
    private readonly stats: LoadStats | null,
    opts: { connectTimeoutMs?: number } = {},
  ) {
    const started = performance.now();
    const Polyfill = socketWithHeaders(target.headers, stats);
    let done: (ms: number) => void;
    let fail: (err: Error) => void;
    this.synced = new Promise<number>((resolve, reject) => {
      done = resolve;
      fail = reject;
    });
    const timeout = setTimeout(
      () => fail(new Error(`no sync with ${target.url} in time`)),
      opts.connectTimeoutMs ?? 120_000,
    );
    const finished = () => {
      clearTimeout(timeout);
      done(performance.now() - started);
    };
    if (target.dialect === 'hocuspocus') {
      const provider = new HocuspocusProvider({
        url: target.url,
        name: target.documentName,
        document: this.doc,
        WebSocketPolyfill: Polyfill,
        onSynced: finished,
      } as ConstructorParameters<typeof HocuspocusProvider>[0]);
      this.provider = provider;
    } else {
      const slash = target.url.lastIndexOf('/');
      const provider = new WebsocketProvider(
        target.url.slice(0, slash),
        target.url.slice(slash + 1),
        this.doc,
        { WebSocketPolyfill: Polyfill as never, disableBc: true, maxBackoffTime: 1000 },
      );
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced) finished();
      });
      this.provider = provider;
    }
    if (stats) this.doc.on('update', this.onUpdate);
    this.doc.getMap<string>(CLOCK_FIELD.map).observe((event) => {
      if (event.transaction.origin === LOCAL || !event.keysChanged.has(CLOCK_FIELD.key)) return;
      const at = Number(event.target.get(CLOCK_FIELD.key));
      if (Number.isFinite(at)) this.clockSamples.push({ sentAt: at, latency: performance.now() - at });
    });
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOCAL || !this.stats) return;
    const now = performance.now();
    const { from, to } = Y.parseUpdateMeta(update);
    for (const [client, start] of from) {
      const end = to.get(client) ?? start;
      // A sync reply may span thousands of clocks of a client; edits are keyed by their first.
      if (end - start > 64) continue;
      for (let clock = start; clock < end; clock++) {
        const key = editKey(client, clock);
        if (this.stats.sentAt.has(key) && !this.arrivals.has(key)) this.arrivals.set(key, now);
      }
    }
  };

  /** Writes the time into the shared map every 50 ms (the cross-check of the latency keys). */
  startClock(): void {
    const map = this.doc.getMap<string>(CLOCK_FIELD.map);
    this.clockTimer = setInterval(
      () => this.doc.transact(() => map.set(CLOCK_FIELD.key, String(performance.now())), LOCAL),
      50,
    );
  }

  /** Changes this client makes (not counted as remote). */
  transact(fn: () => void): void {
    this.doc.transact(fn, LOCAL);
  }

  /**
   * Resolves once this client holds at least the state `expected` (a state vector): a server may
   * report sync before it has loaded the document (y-websocket's persistence binds
   * asynchronously), so "synced" alone does not mean "has the content".
   */
  holds(expected: Map<number, number>): Promise<void> {
    const done = () => [...expected].every(([client, clock]) => Y.getState(this.doc.store, client) >= clock);
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!done()) return;
        this.doc.off('update', check);
        resolve();
      };
      this.doc.on('update', check);
    });
  }

  /** Applies an update made elsewhere as this client's own change (it is sent to the server). */
  apply(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, LOCAL);
  }

  /** The highest clock + 1 this client has seen of `client`. */
  seen(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  destroy(): void {
    if (this.clockTimer) clearInterval(this.clockTimer);
    this.provider.destroy();
    this.doc.destroy();
  }
}
