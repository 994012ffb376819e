import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort } from '../../tests/support/server.ts';
import { cpuSeconds, writtenChars } from '../proc.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
const PROBE = pathToFileURL(join(import.meta.dirname, 'probe.mjs')).href;

/** What the probe preload reports. */
export interface Probe {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  /** GC pauses on the main thread since the last probe. */
  gc?: { count: number; ms: number; maxMs: number };
  /** The process's write() bytes (`wchar`) and, of them, the bytes handed to sockets, as of this probe. */
  wchar?: number;
  socketBytes?: number;
}

/** Files the probe writes besides its answer: `${path}.smaps`, and `${path}.heapsnapshot` (slow, and it inflates the RSS after it). */
export interface MemoryDump {
  path: string;
  heapSnapshot: boolean;
}

/** A server process under test, pinned to core 0. */
export interface Process {
  pid: number;
  port: number;
  /** Asks the probe for memory (after a forced GC when `gc`) and the event-loop delay since the last probe. */
  probe(gc: boolean, dump?: MemoryDump): Promise<Probe>;
  cpuSeconds(): number;
  writtenChars(): number;
  output(): string;
  /** SIGTERM (the server's own shutdown), SIGKILL after 15 s. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Node arguments after the bench's own (`--expose-gc --import probe`). */
  args: string[];
  env: Record<string, string>;
  /** Where the probe writes. */
  probeFile: string;
  /** Path answering 2xx once the server is ready. */
  readyPath: string;
  port?: number;
  /** Core to pin to; null when taskset is missing. */
  cpu: number | null;
}

/** Starts a Node server process pinned to a core with the probe preloaded; waits until it answers HTTP. */
export async function spawnServer(opts: SpawnOptions): Promise<Process> {
  const port = opts.port ?? (await freePort());
  // BENCH_CPU_PROF=<dir> profiles every server under test (written when it exits).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  // BENCH_SERVER_ARGS adds Node flags (e.g. --trace-gc); BENCH_SERVER_LOG=<dir> keeps each
  // server's output there (for diagnosis, beside BENCH_LATENCY_DUMP).
  const extra = process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [];
  const nodeArgs = ['--expose-gc', ...profile, ...extra, '--import', PROBE, ...opts.args];
  const [cmd, args] =
    opts.cpu === null
      ? [process.execPath, nodeArgs]
      : ['taskset', ['-c', String(opts.cpu), process.execPath, ...nodeArgs]];
  const child: ChildProcess = spawn(cmd, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      ...opts.env,
      BENCH_PROBE_FILE: opts.probeFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const logDir = process.env.BENCH_SERVER_LOG;
  if (logDir) {
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(join(logDir, `server-${port}.log`));
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  child.stdout!.on('data', (d) => {
    out = (out + d).slice(-20_000);
  });
  child.stderr!.on('data', (d) => {
    out = (out + d).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited while starting:\n${out}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}${opts.readyPath}`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start in 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const pid = child.pid!;
  let probeId = 0;
  return {
    pid,
    port,
    async probe(gc, dump) {
      const id = ++probeId;
      writeFileSync(
        `${opts.probeFile}.cmd`,
        JSON.stringify({ id, gc, dump: dump?.path, heapSnapshot: dump?.heapSnapshot }),
      );
      process.kill(pid, 'SIGUSR2');
      // A heap snapshot of a loaded server takes a while.
      const until = Date.now() + (dump?.heapSnapshot ? 120_000 : 10_000);
      while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, 20));
        if (!existsSync(opts.probeFile)) continue;
        try {
          const result = JSON.parse(readFileSync(opts.probeFile, 'utf8'));
          if (result.id === id) return result as Probe;
        } catch {
          // being written
        }
      }
      throw new Error('the server did not answer the probe');
    },
    cpuSeconds: () => cpuSeconds(pid),
    writtenChars: () => writtenChars(pid),
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
}
