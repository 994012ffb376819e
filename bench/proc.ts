import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Readings from /proc: CPU time of a process (server or the load generator itself), the bytes
 * it wrote, its resident memory. Linux only, like the bench.
 */

let ticksPerSecond = 0;
const hz = () => {
  if (!ticksPerSecond) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
};

/** User + system CPU seconds used so far by `pid` (all its threads). */
export function cpuSeconds(pid: number | 'self'): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; fields after it are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / hz();
}

/** Bytes passed to write()/writev() by `pid` so far: storage and sockets alike. */
export function writtenChars(pid: number): number {
  const io = readFileSync(`/proc/${pid}/io`, 'utf8');
  return Number(/wchar:\s*(\d+)/.exec(io)?.[1] ?? 0);
}

/** Current and peak resident memory of `pid` in bytes. */
export function residentMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s*(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Resets the peak resident memory (VmHWM) of `pid`, so the next reading shows the peak from now. */
export function resetPeakMemory(pid: number): void {
  try {
    execFileSync('sh', ['-c', `echo 5 > /proc/${pid}/clear_refs`]);
  } catch {
    // Not permitted: the peak then counts from the process start.
  }
}

/** CPU use of a process over a window, as a share of one core (1 = 100 %). */
export class CpuMeter {
  private startCpu: number;
  private startAt: number;
  constructor(private readonly pid: number | 'self') {
    this.startCpu = cpuSeconds(pid);
    this.startAt = performance.now();
  }

  read(): number {
    const seconds = (performance.now() - this.startAt) / 1000;
    return seconds > 0 ? (cpuSeconds(this.pid) - this.startCpu) / seconds : 0;
  }
}

/** Pins this process (all threads) to `cpu`: the load generator runs on the other core than the server. */
export function pinSelf(cpu: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Busy and total jiffies of one CPU from /proc/stat. */
function cpuJiffies(cpu: number): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`cpu${cpu} `));
  const f = (line ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * How busy a core was over a window (share of the core), to tell how much of it went to other
 * processes than the one measured: on a shared machine they make the numbers worse.
 */
export class CoreMeter {
  private start: { busy: number; total: number };
  constructor(private readonly cpu: number) {
    this.start = cpuJiffies(cpu);
  }

  read(): number {
    const now = cpuJiffies(this.cpu);
    const total = now.total - this.start.total;
    return total > 0 ? (now.busy - this.start.busy) / total : 0;
  }
}
