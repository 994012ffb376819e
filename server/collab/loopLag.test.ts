import { describe, expect, it } from 'vitest';
import { LoopLag, presenceInterval } from './loopLag.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('presence under load', () => {
  it('keeps the base interval while the loop is on time, and stretches it up to tenfold', () => {
    expect(presenceInterval(50, 0)).toBe(50);
    expect(presenceInterval(50, 20)).toBe(150);
    expect(presenceInterval(50, 1000)).toBe(500);
    expect(presenceInterval(0, 1000)).toBe(0);
  });

  it('measures how late the event loop runs', async () => {
    const lag = new LoopLag(20);
    try {
      await sleep(120);
      expect(lag.ms).toBeLessThan(15);
      for (let i = 0; i < 6; i++) {
        busy(60);
        await sleep(1);
      }
      expect(lag.ms).toBeGreaterThan(20);
    } finally {
      lag.stop();
    }
  });
});
