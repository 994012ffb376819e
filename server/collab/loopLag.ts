/**
 * How late the event loop runs, smoothed: a timer that should fire every `intervalMs` notes
 * how much later it fired. The collaboration server reads it to send presence (carets) less
 * often when it falls behind, so that under overload it is never the text that waits.
 */
export class LoopLag {
  /** Smoothed lateness of the event loop (ms). */
  ms = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 100) {
    let expected = performance.now() + intervalMs;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.ms = this.ms * 0.7 + Math.max(0, now - expected) * 0.3;
      expected = now + intervalMs;
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * The interval between presence messages of a room: `baseMs` while the server keeps up,
 * growing with the event loop's lateness up to ten times that (carets then move at a few
 * hertz instead of twenty, and edits keep their latency).
 */
export function presenceInterval(baseMs: number, lagMs: number): number {
  if (baseMs <= 0) return 0;
  return Math.min(baseMs * 10, Math.round(baseMs + lagMs * 5));
}
