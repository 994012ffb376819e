import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { FullClient } from './clients/full.ts';
import { editKey, LightClient, LoadStats } from './clients/light.ts';
import type { EditorScript } from './edits.ts';
import { CoreMeter, cpuSeconds } from './proc.ts';
import { Framer, MSG, readHeader, SYNC } from './protocol.ts';
import type { Running, ServerKind } from './servers/kinds.ts';
import type { Probe } from './servers/launch.ts';
import { type Percentiles, percentiles, round } from './stats.ts';

/** The clients of one document in a run. */
export interface DocumentLoad {
  documentId: string;
  /** Initial state (uploaded first to peers that start empty). */
  state: Uint8Array;
  editors: EditorScript[];
  /** Full clients measuring latency in this document. */
  full: number;
  /** One of them stamps the shared clock map every 50 ms. */
  clockWriter?: boolean;
}

/** What one measurement window saw. */
export interface WindowResult {
  seconds: number;
  latency: Percentiles;
  /** The cross-check: the clock stamp's age when it arrived. */
  clockLatency: Percentiles;
  /** Tracked edits not arrived at a full client by the evaluation (counted above as their age then). */
  late: number;
  updatesInPerSecond: number;
  messagesOutPerSecond: number;
  serverCpu: number;
  loadCpu: number;
  /** Null when the server was too busy to answer the probe in time. */
  eventLoopP99Ms: number | null;
  /**
   * The event loop's longest delay in the window (ms, the probe's `monitorEventLoopDelay`, 5 ms
   * resolution): the longest stretch it was blocked, by a GC pause or by work. Null as above.
   */
  eventLoopMaxMs: number | null;
  /** Share of the window the server's main thread spent in GC pauses, and the longest pause (ms). */
  gc?: { share: number; maxMs: number };
  /** Bytes the server wrote that were not socket traffic (storage), per edit received. */
  storageBytesPerEdit: number;
  /** Share of the server's core used by other processes than the server (a shared machine). */
  otherLoadOnServerCore: number;
  /** The load generator passed 85 % of its core: the numbers measure the client, not the server. */
  invalid: boolean;
  /** Windows measured before this one and thrown away because other processes used the server's core. */
  discarded?: number;
}

interface DocClients {
  load: DocumentLoad;
  lights: LightClient[];
  fulls: FullClient[];
}

/** Windows measured at most per measurement ({@link LoadSession.quietWindow}). */
export const QUIET_ATTEMPTS = 2;

/** BENCH_LATENCY_DUMP=<dir>: every window's latency samples, to lay beside a server's own traces. */
const DUMP_DIR = process.env.BENCH_LATENCY_DUMP;
let dumped = 0;

function dumpSamples(samples: [number, number][], documents: number): void {
  if (!DUMP_DIR) return;
  mkdirSync(DUMP_DIR, { recursive: true });
  // performance.timeOrigin turns this process's clock into wall-clock milliseconds.
  const file = join(DUMP_DIR, `window-${++dumped}-${documents}docs.json`);
  writeFileSync(file, JSON.stringify({ timeOrigin: performance.timeOrigin, samples }));
}

/** Connects sockets in small waves so that the server's accept queue is not the bottleneck. */
async function inWaves<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/**
 * The clients of one server in one run: documents are added (with their editors and full
 * clients), typing runs, windows are measured, and at the end every document is checked for
 * losses through a fresh full client.
 */
export class LoadSession {
  readonly stats = new LoadStats();
  private readonly docs: DocClients[] = [];
  private editorNumber = 0;

  constructor(
    readonly kind: ServerKind,
    readonly server: Running,
    /** The core the server is pinned to (to see what else ran on it), null when not pinned. */
    private readonly serverCore: number | null = null,
  ) {}

  get documentCount(): number {
    return this.docs.length;
  }

  /** Adds documents: seeds peers, connects full clients (synced), then editors, then starts typing. */
  async add(loads: DocumentLoad[]): Promise<void> {
    const seeders = this.kind.needsSeed ? await this.seed(loads) : [];
    const added: DocClients[] = [];
    for (const load of loads) {
      const fulls: FullClient[] = [];
      for (let i = 0; i < load.full; i++) {
        const target = this.server.target(load.documentId, i, true);
        fulls.push(new FullClient(target, this.stats));
      }
      await Promise.all(fulls.map((f) => f.synced));
      if (load.clockWriter && fulls[0]) fulls[0].startClock();
      const lights = load.editors.map((script) => {
        const n = this.editorNumber++;
        return new LightClient(this.server.target(load.documentId, n), script, this.stats, {
          track: load.full > 0,
          name: `Penyunting ${n + 1}`,
        });
      });
      added.push({ load, lights, fulls });
    }
    await inWaves(
      added.flatMap((d) => d.lights),
      50,
      (c) => c.connect(),
    );
    for (const s of seeders) s.close();
    this.docs.push(...added);
    for (const d of added) for (const c of d.lights) c.start();
  }

  /**
   * Uploads each document's initial state to a peer through a socket of its own, and waits for
   * the server to answer a sync step 1 sent after it (so the state is applied). The sockets stay
   * open until the editors are connected, so the peer keeps the document loaded.
   */
  private async seed(loads: DocumentLoad[]): Promise<WebSocket[]> {
    const sockets: WebSocket[] = [];
    await inWaves(loads, 25, async (load) => {
      const target = this.server.target(load.documentId);
      const framer = new Framer(target.dialect, target.documentName);
      const ws = new WebSocket(target.url, { headers: target.headers, perMessageDeflate: false });
      sockets.push(ws);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`seeding ${load.documentId} timed out`)), 60_000);
        ws.on('error', reject);
        ws.on('open', () => {
          if (target.dialect === 'hocuspocus') ws.send(framer.auth());
          ws.send(framer.update(load.state));
          ws.send(framer.syncStep1());
        });
        ws.on('message', (data: Buffer) => {
          const { type, syncType } = readHeader(data, target.dialect);
          if (type === MSG.sync && syncType === SYNC.step2) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    });
    return sockets;
  }

  /** Measures a window of `seconds` (after which it waits `graceMs` for late arrivals). */
  async window(seconds: number, graceMs = 1000): Promise<WindowResult> {
    // Resets the event-loop histogram; a server past its knee may not answer in time.
    const start = await this.server.probe(false).catch(() => null);
    const t0 = performance.now();
    const server0 = this.server.cpuSeconds();
    const load0 = cpuSeconds('self');
    const written0 = this.server.writtenChars();
    const sent0 = this.stats.sent;
    const received0 = this.stats.received;
    const wire0 = this.stats.receivedWireBytes;
    const core = this.serverCore === null ? null : new CoreMeter(this.serverCore);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const t1 = performance.now();
    const elapsed = (t1 - t0) / 1000;
    const serverCpu = (this.server.cpuSeconds() - server0) / elapsed;
    const coreBusy = core?.read() ?? 0;
    const loadCpu = (cpuSeconds('self') - load0) / elapsed;
    const written = this.server.writtenChars() - written0;
    const sent = this.stats.sent - sent0;
    const received = this.stats.received - received0;
    const wire = this.stats.receivedWireBytes - wire0;
    const probe = await this.server.probe(false).catch(() => null);
    await new Promise((r) => setTimeout(r, graceMs));
    const { values, late, clock, samples } = this.latencies(t0, t1);
    dumpSamples(samples, this.docs.length);
    return {
      seconds: round(elapsed, 2),
      latency: percentiles(values),
      clockLatency: percentiles(clock),
      late,
      updatesInPerSecond: round(sent / elapsed),
      messagesOutPerSecond: round(received / elapsed),
      serverCpu: round(serverCpu, 3),
      loadCpu: round(loadCpu, 3),
      eventLoopP99Ms: probe ? round(probe.eventLoopP99Ms) : null,
      eventLoopMaxMs: probe ? round(probe.eventLoopMaxMs) : null,
      ...(probe?.gc
        ? { gc: { share: round(probe.gc.ms / 1000 / elapsed, 3), maxMs: round(probe.gc.maxMs) } }
        : {}),
      storageBytesPerEdit: sent > 0 ? round(storageBytes(start, probe, written - wire) / sent) : 0,
      otherLoadOnServerCore: round(Math.max(0, coreBusy - serverCpu), 3),
      invalid: loadCpu > 0.85,
    };
  }

  /** Latency of every tracked edit sent in [t0, t1) at every full client of its document. */
  private latencies(t0: number, t1: number) {
    const now = performance.now();
    const values: number[] = [];
    const clock: number[] = [];
    // [sent at (ms, performance.now() of this process), latency (ms)] for BENCH_LATENCY_DUMP.
    const samples: [number, number][] = [];
    let late = 0;
    for (const d of this.docs) {
      for (const full of d.fulls) {
        for (const s of full.clockSamples) if (s.sentAt >= t0 && s.sentAt < t1) clock.push(s.latency);
        for (const light of d.lights) {
          for (const c of light.sentClocks) {
            const key = editKey(light.script.clientID, c);
            const sentAt = this.stats.sentAt.get(key);
            if (sentAt === undefined || sentAt < t0 || sentAt >= t1) continue;
            const arrived = full.arrivals.get(key);
            if (arrived === undefined) late++;
            const latency = (arrived ?? now) - sentAt;
            values.push(latency);
            if (DUMP_DIR) samples.push([round(sentAt, 1), round(latency, 1)]);
          }
        }
      }
    }
    return { values, late, clock, samples };
  }

  /**
   * A window measured on a quiet server core: the machine may be shared, and a window in which
   * other processes took more than `maxOther` of the server's core is measured again (up to
   * `attempts` times); the least disturbed one is kept, with how many were thrown away.
   */
  async quietWindow(seconds: number, attempts = QUIET_ATTEMPTS, maxOther = 0.1): Promise<WindowResult> {
    let best: WindowResult | null = null;
    for (let i = 0; i < attempts; i++) {
      const w = await this.window(seconds);
      w.discarded = i;
      if (!best || w.otherLoadOnServerCore < best.otherLoadOnServerCore) best = w;
      if (w.otherLoadOnServerCore <= maxOther) break;
    }
    return best!;
  }

  /** Stops typing everywhere (sockets stay open). */
  pause(): void {
    for (const d of this.docs) for (const c of d.lights) c.pause();
  }

  /**
   * Counts losses: for every document, a fresh full client syncs and the edits of each editor
   * it lacks are counted (edits sent minus edits seen). Waits up to `settleMs` for stragglers.
   */
  async losses(settleMs = 10_000): Promise<{ sent: number; lost: number; documentsChecked: number }> {
    this.pause();
    let sent = 0;
    let lost = 0;
    const deadline = Date.now() + settleMs;
    await new Promise((r) => setTimeout(r, 500));
    await inWaves(this.docs, 10, async (d) => {
      let missing = 0;
      let docSent = 0;
      for (;;) {
        const check = new FullClient(this.server.target(d.load.documentId, 0, true), null);
        await check.synced;
        missing = 0;
        docSent = 0;
        for (const light of d.lights) {
          const seen = check.seen(light.script.clientID);
          docSent += light.sentClocks.length;
          missing += light.sentClocks.filter((c) => c >= seen).length;
        }
        check.destroy();
        if (missing === 0 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      sent += docSent;
      lost += missing;
    });
    return { sent, lost, documentsChecked: this.docs.length };
  }

  /** Closes every client. */
  close(): void {
    for (const d of this.docs) {
      for (const c of d.lights) c.close();
      for (const f of d.fulls) f.destroy();
    }
  }
}

/**
 * Bytes written to storage in a window: the process's write() bytes less those it handed to
 * sockets, both read by the probe inside the server at the window's two ends. Without the
 * probe's figures, the write counter less what the clients received, which counts what is
 * still in flight to them as storage (hundreds of bytes per edit when latency is high).
 */
function storageBytes(start: Probe | null, end: Probe | null, fallback: number): number {
  if (start?.wchar === undefined || end?.wchar === undefined) return Math.max(0, fallback);
  const written = end.wchar - start.wchar;
  const sockets = (end.socketBytes ?? 0) - (start.socketBytes ?? 0);
  return Math.max(0, written - sockets);
}
