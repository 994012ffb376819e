import { describe, expect, it } from 'vitest';
import { EventLoopDelay } from './loopDelay.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe("the event loop's delay", () => {
  it('reads nothing before a window closes, then the closed window: a held loop shows as its hold', async () => {
    // A window far longer than the test: only close() ends one.
    const delay = new EventLoopDelay(3_600_000, 10);
    try {
      expect(delay.snapshot().count).toBe(0);
      expect(delay.snapshot().quantiles.every(([, v]) => Number.isNaN(v))).toBe(true);
      await sleep(150);
      busy(120);
      await sleep(50);
      delay.close();
      const first = delay.snapshot();
      const firstMax = delay.max;
      expect(first.count).toBeGreaterThan(3);
      // The resolution is taken off: the 120 ms hold reads about 120 ms, not 130.
      expect(delay.max).toBeGreaterThanOrEqual(0.1);
      expect(delay.max).toBeLessThan(0.5);
      const [, p50] = first.quantiles[0]!;
      expect(p50).toBeGreaterThanOrEqual(0);
      expect(p50).toBeLessThan(0.1);
      expect(first.sum).toBeGreaterThanOrEqual(0.1);

      // The next window starts empty; the totals only grow.
      await sleep(60);
      delay.close();
      const second = delay.snapshot();
      expect(delay.max).toBeLessThan(firstMax);
      expect(second.count).toBeGreaterThan(first.count);
      expect(second.sum).toBeGreaterThanOrEqual(first.sum);
    } finally {
      delay.stop();
    }
  });
});
