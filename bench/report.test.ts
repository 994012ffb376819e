import { describe, expect, it } from 'vitest';
import { judgeW2 } from './report.ts';
import type { WindowResult } from './session.ts';
import type { W2Result, W2Step } from './workloads/w2.ts';

/** A W2 step with only what the targets read. */
function step(documents: number, p99: number, loopMax: number | null, mibPerDoc: number): W2Step {
  const latency = { n: 100, p50: 1, p95: p99, p99, max: p99 };
  return {
    documents,
    rssMiB: 0,
    rssPerDocumentMiB: mibPerDoc,
    window: { latency, eventLoopMaxMs: loopMax, invalid: false } as WindowResult,
  };
}

function ramp(server: string, knee: number, steps: W2Step[]): W2Result {
  return {
    server,
    baselineRssMiB: 0,
    steps,
    marginalMiBPerDocument: null,
    knee,
    kneeIsLowerBound: false,
    sent: 1,
    lost: 0,
    unexpectedCloses: {},
  };
}

const verdicts = (targets: ReturnType<typeof judgeW2>) =>
  Object.fromEntries(targets.map((t) => [t.name, t.met]));

describe('W2 targets against the reference server', () => {
  const ref = ramp('y-websocket', 50, [step(25, 4, 9, 1.0), step(50, 10, 12, 0.8), step(100, 300, 90, 0.7)]);

  it('are met by a server level with the reference, without a stall at its knee', () => {
    const mine = ramp('sepakat', 50, [
      step(25, 11, 15, 1.1),
      step(50, 19.9, 20, 0.95),
      step(100, 400, 80, 0.8),
    ]);
    expect(Object.values(verdicts(judgeW2(mine, ref)))).toEqual([true, true, true, true]);
  });

  it('are missed one by one: a lower knee, a p99 past 1.5 × + 5 ms, a block over 20 ms, memory over 1.2 ×', () => {
    // Stalled at 50 (knee 25) but measured there, as the ramp goes on through the reference's knee.
    const mine = ramp('sepakat', 25, [step(25, 11.1, 8, 1.21), step(50, 150, 130, 0.9)]);
    const v = judgeW2(mine, ref);
    expect(v.map((t) => t.met)).toEqual([false, false, false, false]);
    expect(v[1]?.value).toBe('25: 11.1 vs 4 (≤ 11)');
    expect(v[2]?.value).toBe('130 ms at 50 documents');
    expect(v[3]?.value).toContain('(× 1.21) at 25 documents');
  });

  it('do not call a knee of 0 level with the reference’s 0', () => {
    const both = [step(25, 400, 300, 2)];
    const v = judgeW2(ramp('sepakat', 0, both), ramp('y-websocket', 0, both));
    expect(v[0]).toMatchObject({ value: '0 vs 0 documents', met: false });
  });

  it('judge memory alone, against 1 MiB at the knee, when the reference did not run', () => {
    const mine = ramp('sepakat', 50, [step(25, 11, 15, 1.1), step(50, 19, 20, 0.95)]);
    expect(verdicts(judgeW2(mine, undefined))).toEqual({ 'W2 memory per active document': true });
  });
});
