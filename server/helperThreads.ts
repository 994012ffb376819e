import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The nice value of helper threads: the lowest, as for the WAL checkpointer. */
export const HELPER_NICE = 19;

/**
 * Gives the process's helper threads the lowest priority, so that they run when the event loop
 * is idle instead of taking turns with it. They are V8's garbage-collection workers (concurrent
 * marking), libuv's thread pool (file reads, password hashing) and the module loader's thread.
 * On a server whose one core is shared, a major GC's concurrent marking otherwise takes half
 * the core for a few hundred milliseconds every few seconds under load, and updates queue
 * behind it (the run that showed it: docs/SPEED.md). At the lowest priority the marking fills
 * the idle time; where the event loop waits for a
 * helper (a parallel scavenge), it does the helper's share itself.
 *
 * Linux only (each thread has its own nice value there, set through its thread id); elsewhere
 * a thread id would name a process. Threads started later set their own (export thread: 10).
 * Returns the number of threads lowered.
 */
export function lowerHelperThreads(): number {
  if (process.platform !== 'linux') return 0;
  let lowered = 0;
  let tids: number[];
  try {
    tids = readdirSync('/proc/self/task').map(Number);
  } catch {
    return 0;
  }
  for (const tid of tids) {
    if (tid === process.pid) continue; // the event loop's thread
    try {
      setPriority(tid, HELPER_NICE);
      lowered++;
    } catch {
      // the thread ended meanwhile
    }
  }
  return lowered;
}
