/**
 * The ids whose relative order changed between two sequences: everything outside one longest
 * common subsequence. Ids present in only one of the sequences are ignored (they were added
 * or removed, not moved).
 */
export function movedIds(before: string[], after: string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = before.filter((id) => inAfter.has(id));
  const b = after.filter((id) => inBefore.has(id));
  const kept = lcs(a, b);
  return new Set(b.filter((id) => !kept.has(id)));
}

/** Longest common subsequence of two permutations of the same ids, O(n log n) (patience sorting). */
function lcs(a: string[], b: string[]): Set<string> {
  const position = new Map(a.map((id, i) => [id, i]));
  const seq = b.map((id) => position.get(id) as number);
  // tails[k]: the smallest last value of an increasing run of length k + 1, tailIndex[k] where
  // it sits in `seq`, prev[i] the index before i in the run ending at i (-1: none).
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? value) < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailIndex[lo] = i;
    prev[i] = tailIndex[lo - 1] ?? -1;
  });
  const kept = new Set<string>();
  for (let i = tailIndex.at(-1) ?? -1; i >= 0; i = prev[i] ?? -1) {
    const id = b[i];
    if (id !== undefined) kept.add(id);
  }
  return kept;
}
