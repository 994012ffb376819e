import { describe, expect, it } from 'vitest';
import { WindowCounter } from './windowCounter.ts';

describe('WindowCounter', () => {
  it('sums what was counted within the window and forgets what left it', () => {
    const c = new WindowCounter(60_000, 6);
    c.add('doc', 100, 1_000);
    c.add('doc', 50, 25_000);
    c.add('other', 7, 25_000);
    expect(c.sum('doc', 30_000)).toBe(150);
    expect(c.sum('other', 30_000)).toBe(7);
    // The first bucket (0–10 s) has left a window ending at 75 s; the second not yet.
    expect(c.sum('doc', 75_000)).toBe(50);
    expect(c.sum('doc', 200_000)).toBe(0);
  });

  it('says when the oldest amount leaves the window', () => {
    const c = new WindowCounter(60_000, 6);
    expect(c.clearsAt('doc', 0)).toBeNull();
    c.add('doc', 1, 12_000);
    expect(c.clearsAt('doc', 13_000)).toBe(80_000);
  });
});
