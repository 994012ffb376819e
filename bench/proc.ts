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
