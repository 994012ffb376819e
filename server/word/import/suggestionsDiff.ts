import { diffWordsWithSpace } from 'diff';

/**
 * The word diff of a Pasal as the version has it and as the other party's file reads, each
 * paragraph ended by {@link PARAGRAPH}: so a paragraph split, joined, added or removed is a
 * paragraph mark added or removed among the words, found the same way whether Word tracked it
 * or not. Offsets count characters of the paragraphs joined by that mark.
 */

/** A paragraph mark between two paragraphs' texts (private use: never typed). */
export const PARAGRAPH = '\uE002';

/** One change: `removed` at `at` of the version's text is `added` in theirs (at `theirsAt`). */
export interface Hunk {
  at: number;
  removed: string;
  added: string;
  theirsAt: number;
}

/** A stretch both texts share: `length` characters from `base` in the version, `theirs` in the file. */
export interface Shared {
  base: number;
  theirs: number;
  length: number;
}

/**
 * The changes turning `base` (paragraph texts) into `theirs`, in order; changes of whitespace
 * alone inside a paragraph are left out. An insertion and a deletion at one place are one hunk
 * (a replacement reads old, new).
 */
export function paragraphDiff(base: string[], theirs: string[]): { hunks: Hunk[]; shared: Shared[] } {
  const hunks: Hunk[] = [];
  const shared: Shared[] = [];
  let at = 0;
  let theirsAt = 0;
  let hunk: Hunk = { at: 0, removed: '', added: '', theirsAt: 0 };
  const close = () => {
    const { removed, added } = hunk;
    const whitespace = !removed.trim() && !added.trim() && !`${removed}${added}`.includes(PARAGRAPH);
    if ((removed || added) && !whitespace) hunks.push(hunk);
    hunk = { at, removed: '', added: '', theirsAt };
  };
  for (const part of diffWordsWithSpace(base.join(PARAGRAPH), theirs.join(PARAGRAPH))) {
    if (part.added) {
      hunk.added += part.value;
      theirsAt += part.value.length;
    } else if (part.removed) {
      hunk.removed += part.value;
      at += part.value.length;
    } else {
      close();
      shared.push({ base: at, theirs: theirsAt, length: part.value.length });
      at += part.value.length;
      theirsAt += part.value.length;
      hunk = { at, removed: '', added: '', theirsAt };
    }
  }
  close();
  return { hunks, shared };
}

/** Where an offset of paragraphs joined by {@link PARAGRAPH} falls: the paragraph and the offset in it. */
export function locate(lengths: number[], offset: number): { index: number; offset: number } {
  let start = 0;
  for (let index = 0; index < lengths.length; index++) {
    const length = lengths[index]!;
    if (offset <= start + length) return { index, offset: offset - start };
    start += length + 1;
  }
  const last = lengths.length - 1;
  return { index: last, offset: lengths[last] ?? 0 };
}

/**
 * Pairs two lists in order: equal items (by `same`) by their longest common subsequence, and
 * the items between two such pairs one to one when both sides have as many; the rest unpaired.
 */
export function align<A, B>(a: A[], b: B[], same: (x: A, y: B) => boolean): [A | null, B | null][] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = same(a[i]!, b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: [A | null, B | null][] = [];
  let gapA: A[] = [];
  let gapB: B[] = [];
  const flush = () => {
    if (gapA.length === gapB.length)
      gapA.forEach((x, k) => {
        out.push([x, gapB[k]!]);
      });
    else {
      for (const x of gapA) out.push([x, null]);
      for (const y of gapB) out.push([null, y]);
    }
    gapA = [];
    gapB = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(a[i]!, b[j]!)) {
      flush();
      out.push([a[i]!, b[j]!]);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) gapA.push(a[i++]!);
    else gapB.push(b[j++]!);
  }
  flush();
  return out;
}
