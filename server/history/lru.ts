/** A small least-recently-used cache: a Map keeps insertion order, so the first key is the oldest. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  /** Drops every entry whose key matches (e.g. all states of a deleted document). */
  deleteWhere(match: (key: K) => boolean): void {
    for (const key of [...this.map.keys()]) if (match(key)) this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}
