import { join } from 'node:path';
import type { BenchContext } from '../context.ts';
import { residentMemory } from '../proc.ts';
import { REFERENCE, type Running, type ServerKind } from '../servers/kinds.ts';
import { type DocumentLoad, LoadSession, QUIET_ATTEMPTS, type WindowResult } from '../session.ts';
import { MiB, round } from '../stats.ts';

/** One step of the W2 ramp. */
export interface W2Step {
  documents: number;
  window: WindowResult;
  rssMiB: number;
  /** V8 heap committed and used, and memory outside it held by JS objects (buffers), after the GC. */
  heap?: { totalMiB: number; usedMiB: number; externalMiB: number };
  /** (RSS after a forced GC − RSS before any document was opened) / documents. */
  rssPerDocumentMiB: number;
  /** The server was too busy to run the forced GC in time: RSS was read without it. */
  rssWithoutGc?: boolean;
}

export interface W2Result {
  server: string;
  baselineRssMiB: number;
  steps: W2Step[];
  /**
   * Memory each further active document adds: (RSS at the last step − RSS at the first) /
   * (documents between them), after forced GCs. Unlike the per-document average it leaves out
   * what the first connections cost once (compiled code, buffers).
   */
  marginalMiBPerDocument: number | null;
  /** Most documents with p99 within the limit (0: not even the first step). */
  knee: number;
  /** The ramp stopped because the load generator was saturated, not the server: the knee is at least this. */
  kneeIsLowerBound: boolean;
  sent: number;
  lost: number;
  unexpectedCloses: Record<string, number>;
}

/** Documents whose full client measures latency: the first four and every 25th. */
const sampled = (index: number) => index < 4 || index % 25 === 0;

/** Builds the loads of documents [from, to) with editor scripts long enough for `remainingSteps`. */
export function documentLoads(
  ctx: BenchContext,
  from: number,
  to: number,
  remainingSteps: number,
): DocumentLoad[] {
  const c = ctx.config.w2;
  const edits = Math.ceil(remainingSteps * (c.warmupS + QUIET_ATTEMPTS * (c.seconds + 2) + 15) * 5 * 1.2);
  const loads: DocumentLoad[] = [];
  for (let i = from; i < to; i++) {
    const { id, state } = ctx.document(i);
    loads.push({
      documentId: id,
      state,
      editors: ctx.scripts(i, c.editorsPerDoc, edits),
      full: sampled(i) ? 1 : 0,
    });
  }
  return loads;
}

/**
 * W2: documents × 5 editors, stepped up (25, 50, 100, 200, ...) on one server until the p99
 * latency passes the limit: where the knee is, and the memory per active document.
 */
export async function runW2(ctx: BenchContext): Promise<W2Result[]> {
  // The reference ramps first: the others then go on at least through its knee, where the
  // targets judge them (no stall there), even past a step of their own over the limit.
  const reference = ctx.kinds.find((k) => k.name === REFERENCE);
  const byName = new Map<string, W2Result>();
  if (reference) byName.set(reference.name, await rampOne(ctx, reference, 0));
  const through = byName.get(REFERENCE)?.knee ?? 0;
  for (const kind of ctx.kinds) {
    if (kind !== reference) byName.set(kind.name, await rampOne(ctx, kind, through));
  }
  return ctx.kinds.map((k) => byName.get(k.name)!);
}

/**
 * Steps one server up until its p99 passes the limit, and on through `through` documents: the
 * knee is the last step of the first unbroken run within the limit.
 */
async function rampOne(ctx: BenchContext, kind: ServerKind, through: number): Promise<W2Result> {
  const c = ctx.config.w2;
  const server: Running = await kind.start(ctx.dir('w2', kind.name), ctx.serverCpu);
  const session = new LoadSession(kind, server, ctx.serverCpu);
  const steps: W2Step[] = [];
  let knee = 0;
  let kneeIsLowerBound = false;
  let failed = false;
  try {
    // BENCH_MEMORY=<dir> writes each server's memory map before and at each step, to see what a
    // document costs; BENCH_MEMORY_HEAP=1 adds heap snapshots (which distort the later steps).
    const dumpDir = process.env.BENCH_MEMORY;
    const snapshot = (documents: number) =>
      dumpDir
        ? {
            path: join(dumpDir, `w2-${kind.name}-${documents}`),
            heapSnapshot: process.env.BENCH_MEMORY_HEAP === '1',
          }
        : undefined;
    const baseline = await server.probe(true, snapshot(0));
    let have = 0;
    for (const [s, n] of c.steps.entries()) {
      ctx.log(`W2 ${kind.name} ${n} documents`);
      await session.add(documentLoads(ctx, have, n, c.steps.length - s));
      have = n;
      await new Promise((r) => setTimeout(r, c.warmupS * 1000));
      const window = await session.quietWindow(c.seconds, ctx.quietAttempts);
      // A server past its knee may not answer the probe in time; its step still counts.
      const probe = await server.probe(true, snapshot(n)).catch(() => null);
      const rssNow = probe?.rss ?? residentMemory(server.pid).rss;
      steps.push({
        documents: n,
        window,
        rssMiB: round(rssNow / MiB),
        rssPerDocumentMiB: round((rssNow - baseline.rss) / n / MiB, 3),
        ...(probe
          ? {
              heap: {
                totalMiB: round(probe.heapTotal / MiB),
                usedMiB: round(probe.heapUsed / MiB),
                externalMiB: round(probe.external / MiB),
              },
            }
          : { rssWithoutGc: true }),
      });
      if (window.invalid && !ctx.config.smoke) {
        kneeIsLowerBound = !failed && window.latency.p99 <= c.p99LimitMs;
        if (kneeIsLowerBound) knee = n;
        break;
      }
      if (window.latency.p99 > c.p99LimitMs) failed = true;
      if (!failed) knee = n;
      else if (n >= through) break;
    }
    ctx.log(`W2 ${kind.name}: counting losses`);
    const { sent, lost } = await session.losses();
    const first = steps[0];
    const last = steps[steps.length - 1];
    return {
      server: kind.name,
      baselineRssMiB: round(baseline.rss / MiB),
      steps,
      marginalMiBPerDocument:
        first && last && last.documents > first.documents
          ? round((last.rssMiB - first.rssMiB) / (last.documents - first.documents), 3)
          : null,
      knee,
      kneeIsLowerBound,
      sent,
      lost,
      unexpectedCloses: Object.fromEntries(session.stats.unexpectedCloses),
    };
  } finally {
    session.close();
    await server.stop();
  }
}
