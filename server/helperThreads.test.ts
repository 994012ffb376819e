import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { HELPER_NICE, lowerHelperThreads } from './helperThreads.ts';

/** The nice value of thread `tid` of this process (field 19 of its stat line). */
const niceOf = (tid: number) => {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};

describe.runIf(process.platform === 'linux')('lowerHelperThreads', () => {
  it('lowers every thread but the event loop’s', () => {
    const before = niceOf(process.pid);
    const lowered = lowerHelperThreads();
    const others = readdirSync('/proc/self/task')
      .map(Number)
      .filter((tid) => tid !== process.pid);
    expect(others.length).toBeGreaterThan(0); // V8 and libuv start helpers in every Node process
    expect(lowered).toBe(others.length);
    for (const tid of others) expect(niceOf(tid)).toBe(HELPER_NICE);
    expect(niceOf(process.pid)).toBe(before);
    expect(getPriority()).toBe(before);
  });
});
