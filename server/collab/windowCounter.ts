/**
 * Amounts per key over a sliding window (bytes a document logged today, refusals a person got
 * this minute), kept in a few buckets per key: memory stays small however much is counted, and
 * a key whose buckets all expired is forgotten.
 */
export class WindowCounter {
  private readonly buckets = new Map<string, { start: number; amount: number }[]>();
  private readonly bucketMs: number;

  constructor(
    private readonly windowMs: number,
    bucketsPerWindow = 12,
  ) {
    this.bucketMs = Math.max(1, Math.ceil(windowMs / bucketsPerWindow));
  }

  /** The amount counted for `key` within the window ending `now`. */
  sum(key: string, now = Date.now()): number {
    const list = this.live(key, now);
    let total = 0;
    for (const b of list) total += b.amount;
    return total;
  }

  /** Counts `amount` for `key` at `now`. */
  add(key: string, amount: number, now = Date.now()): void {
    const list = this.live(key, now);
    const start = now - (now % this.bucketMs);
    const last = list[list.length - 1];
    if (last?.start === start) last.amount += amount;
    else list.push({ start, amount });
    this.buckets.set(key, list);
  }

  /** When the oldest amount of `key` leaves the window (ms since the epoch), or null if none. */
  clearsAt(key: string, now = Date.now()): number | null {
    const first = this.live(key, now)[0];
    return first ? first.start + this.bucketMs + this.windowMs : null;
  }

  private live(key: string, now: number): { start: number; amount: number }[] {
    const list = this.buckets.get(key);
    if (!list) return [];
    const from = now - this.windowMs;
    let drop = 0;
    for (const bucket of list) {
      if (bucket.start + this.bucketMs > from) break;
      drop++;
    }
    if (drop > 0) list.splice(0, drop);
    if (list.length === 0) this.buckets.delete(key);
    return list;
  }
}
