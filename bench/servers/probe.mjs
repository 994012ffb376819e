// Bench-only preload for every server under test (Sepakat and the peers alike): on SIGUSR2 it
// reads the command the bench wrote to `${BENCH_PROBE_FILE}.cmd` (optionally forcing a GC), and
// writes memory and event-loop delay since the previous probe to `${BENCH_PROBE_FILE}`.
// With `dump` in the command it also writes /proc/self/smaps there, and a V8 heap snapshot with
// `heapSnapshot` (see BENCH_MEMORY in w2.ts).
// Run with `node --expose-gc --import <this file> ...`. It adds nothing when the variable is unset.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';

const file = process.env.BENCH_PROBE_FILE;
// With BENCH_SERVER_LOG, the server's clock origin: what bench/stallMap.ts aligns --trace-gc with.
if (file && process.env.BENCH_SERVER_LOG) console.error(`bench-probe timeOrigin=${performance.timeOrigin}`);
if (file) {
  // Bytes handed to sockets (ws frames, HTTP): what the process wrote that is not storage.
  // Counted here, in the process, at the same moment as its write counter (`wchar`), so that
  // storage bytes are their difference whatever is still in flight to the clients.
  let socketBytes = 0;
  const sized = (chunk) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk?.byteLength ?? 0));
  const writeGeneric = net.Socket.prototype._writeGeneric;
  net.Socket.prototype._writeGeneric = function (writev, data, encoding, cb) {
    if (writev) for (const d of data) socketBytes += sized(d.chunk);
    else socketBytes += sized(data);
    return writeGeneric.call(this, writev, data, encoding, cb);
  };
  const wchar = () => Number(/wchar:\s*(\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  // Time the main thread spent in GC pauses since the last probe (the probe's own forced GCs excluded).
  let gc = { count: 0, ms: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.count += 1;
      gc.ms += e.duration;
      gc.maxMs = Math.max(gc.maxMs, e.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('SIGUSR2', () => {
    let cmd = { id: 0, gc: false };
    try {
      cmd = JSON.parse(readFileSync(`${file}.cmd`, 'utf8'));
    } catch {}
    const gcSince = gc;
    gc = { count: 0, ms: 0, maxMs: 0 };
    if (cmd.gc && globalThis.gc) {
      globalThis.gc();
      globalThis.gc();
    }
    const mem = process.memoryUsage();
    const out = {
      id: cmd.id,
      rss: mem.rss,
      heapTotal: mem.heapTotal,
      heapUsed: mem.heapUsed,
      external: mem.external,
      eventLoopP99Ms: delay.percentile(99) / 1e6,
      eventLoopMaxMs: delay.max / 1e6,
      gc: gcSince,
      wchar: wchar(),
      socketBytes,
    };
    delay.reset();
    // Where the RSS lives (V8 spaces, malloc arenas, mapped files), then what the JS heap holds.
    if (cmd.dump) {
      try {
        writeFileSync(`${cmd.dump}.smaps`, readFileSync('/proc/self/smaps'));
      } catch {}
      if (cmd.heapSnapshot) writeHeapSnapshot(`${cmd.dump}.heapsnapshot`);
    }
    writeFileSync(`${file}.tmp`, JSON.stringify(out));
    renameSync(`${file}.tmp`, file);
  });
}
