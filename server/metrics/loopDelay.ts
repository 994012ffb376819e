import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import type { SummarySnapshot } from './exposition.ts';

/** The quantiles the summary gives. */
const QUANTILES = [0.5, 0.9, 0.99] as const;
const NS_PER_S = 1e9;

/** One closed window, in seconds. */
interface Window {
  quantiles: [number, number][];
  max: number;
}

/**
 * How late the event loop runs, from Node's `monitorEventLoopDelay` (a libuv timer every
 * `resolutionMs`, recorded in C++, so it costs nothing on the loop itself). Node records the
 * time between two ticks, which is the resolution when the loop is on time; the resolution is
 * taken off, so an idle loop reads 0 and one held for 200 ms reads 0.2 s.
 *
 * Node's histogram cannot be merged or read by bucket, so the figures come in windows: every
 * `windowMs` the window's quantiles and maximum are kept and it starts again. A scrape reads the
 * last closed window (never older than `windowMs`, the same for any number of scrapers) and the
 * sum and count of every closed window since the start.
 */
export class EventLoopDelay {
  private readonly histogram: IntervalHistogram;
  private readonly timer: NodeJS.Timeout;
  private readonly resolutionNs: number;
  private last: Window = { quantiles: QUANTILES.map((q) => [q, Number.NaN]), max: Number.NaN };
  private sum = 0;
  private count = 0;

  constructor(windowMs = 10_000, resolutionMs = 10) {
    this.resolutionNs = resolutionMs * 1e6;
    this.histogram = monitorEventLoopDelay({ resolution: resolutionMs });
    this.histogram.enable();
    this.timer = setInterval(() => this.close(), windowMs);
    this.timer.unref();
  }

  /** Closes the current window: its figures become the ones read, and a new window starts. */
  close(): void {
    const h = this.histogram;
    const late = (ns: number) => Math.max(0, ns - this.resolutionNs) / NS_PER_S;
    if (h.count > 0) {
      this.last = { quantiles: QUANTILES.map((q) => [q, late(h.percentile(q * 100))]), max: late(h.max) };
      this.sum += Math.max(0, h.mean * h.count - this.resolutionNs * h.count) / NS_PER_S;
      this.count += h.count;
    }
    h.reset();
  }

  /** The summary: the last closed window's quantiles, the sum and count of every closed window. */
  snapshot(): SummarySnapshot {
    return { quantiles: this.last.quantiles, sum: this.sum, count: this.count };
  }

  /** The longest delay in the last closed window (s). */
  get max(): number {
    return this.last.max;
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }
}
