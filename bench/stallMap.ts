/**
 * `node --import tsx bench/stallMap.ts SERVER_LOG WINDOW_DUMP [bin ms]`: the editors' worst
 * latency per interval of a W2 window beside the server's garbage collections, to see what a
 * latency peak coincides with. Made for a run such as
 *
 *   BENCH_LATENCY_DUMP=/tmp/d BENCH_SERVER_LOG=/tmp/d BENCH_SERVER_ARGS=--trace-gc \
 *     npm run bench -- --only W2 --servers sepakat --steps 25,50
 *
 * The dump's send times (the bench's clock) and --trace-gc's times (ms since the server's
 * isolate started, within a few ms of its `performance.timeOrigin`, which the probe prints) are
 * put on the server's clock. Prints only the intervals with a peak or a major GC.
 */
import { readFileSync } from 'node:fs';

interface Gc {
  /** When it ended (ms on the server's clock). */
  at: number;
  kind: string;
  pauseMs: number;
  /** Incremental marking on the event loop before the pause, and the wall time marking took. */
  stepsMs: number;
  markingMs: number;
}

const [logFile, dumpFile, binArg] = process.argv.slice(2);
if (!logFile || !dumpFile) {
  console.error('usage: node --import tsx bench/stallMap.ts SERVER_LOG WINDOW_DUMP [bin ms]');
  process.exit(2);
}
const bin = Number(binArg ?? 100);
const log = readFileSync(logFile, 'utf8');
const origin = Number(/bench-probe timeOrigin=([\d.]+)/.exec(log)?.[1]);
if (!origin) throw new Error('no "bench-probe timeOrigin" in the log: run with BENCH_SERVER_LOG set');

// The main isolate is the one with the most GC lines (worker threads have isolates of their own).
const counts = new Map<string, number>();
for (const m of log.matchAll(/^\[(\d+:0x[0-9a-f]+)\]/gm)) {
  const isolate = m[1]!;
  counts.set(isolate, (counts.get(isolate) ?? 0) + 1);
}
const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
const gcs: Gc[] = [];
const line =
  /\]\s+(\d+) ms: (\S+)[^,]*, ([\d.]+) \/ [\d.]+ ms(?:\s+\(\+ ([\d.]+) ms in \d+ steps.*?walltime since start of marking (\d+) ms)?/;
for (const text of log.split('\n')) {
  if (!text.startsWith(`[${main}]`)) continue;
  const m = line.exec(text);
  if (m)
    gcs.push({ at: +m[1]!, kind: m[2]!, pauseMs: +m[3]!, stepsMs: +(m[4] ?? 0), markingMs: +(m[5] ?? 0) });
}

const dump = JSON.parse(readFileSync(dumpFile, 'utf8')) as {
  timeOrigin: number;
  samples: [number, number][];
};
const worst = new Map<number, number>();
for (const [sent, latency] of dump.samples) {
  const b = Math.floor((dump.timeOrigin + sent - origin) / bin);
  worst.set(b, Math.max(worst.get(b) ?? 0, latency));
}
for (const b of [...worst.keys()].sort((x, y) => x - y)) {
  const from = b * bin;
  const to = from + bin;
  const during = gcs.filter((g) => g.at >= from && g.at - g.markingMs - g.pauseMs < to);
  const major = during.filter((g) => g.kind.startsWith('Mark'));
  const ms = worst.get(b)!;
  if (ms < 30 && major.length === 0) continue;
  const notes = major.map(
    (g) => `${g.kind} (marking ${g.stepsMs} ms on the loop over ${g.markingMs} ms, pause ${g.pauseMs} ms)`,
  );
  console.log(
    `${String(from).padStart(7)} ms ${String(Math.round(ms)).padStart(5)} ms ${'#'.repeat(Math.min(60, Math.round(ms / 5)))} ${notes.join('; ')}`,
  );
}
