import { newId } from '../../../shared/ids.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { type Hunk, locate, PARAGRAPH } from './suggestionsDiff.ts';
import { blocksOf, ITEMS, nodeAtPath, range, type TheirsParagraph } from './suggestionsPasalBlocks.ts';
import {
  applied,
  blockLike,
  isHeading,
  joined,
  liveBlock,
  type PasalMerge,
  positionOf,
  ready,
  textNode,
  theirsAround,
  unsupported,
} from './suggestionsPasalContext.ts';
import { FOOTNOTE_CHAR, REFERENCE_CHAR } from './suggestionsReply.ts';
import { nodeAt } from './suggestionsWriter.ts';

/**
 * The edits a difference between the version's text and the file's becomes, each written as
 * the suggestion the editor's suggestion mode would make: words replaced, blocks inserted or
 * deleted whole, a block split or two joined.
 */

/** Writes one difference of the Pasal's text (`hunk`) as suggestions. */
export function writeHunk(m: PasalMerge, h: Hunk): void {
  const { lengths } = m;
  const start = locate(lengths, h.at);
  const end = locate(lengths, h.at + h.removed.length);
  const ts = theirsAround(m, h.theirsAt, h.theirsAt + h.added.length);
  const pieces = h.added.split(PARAGRAPH);
  // Where what is added goes: after what is removed.
  let at = end;
  if (start.index !== end.index) {
    if (start.offset === 0 && end.offset === 0) {
      deleteBlocks(m, range(start.index, end.index - 1), ts);
    } else if (start.offset === lengths[start.index] && end.offset === lengths[end.index]) {
      deleteBlocks(m, range(start.index + 1, end.index), ts);
      at = start;
    } else {
      if (join(m, start.index, start.offset, end.index, end.offset, pieces.length === 1 ? h.added : null, ts))
        return;
    }
  } else if (pieces.length === 1) {
    replaceWords(m, start.index, start.offset, end.offset, h.added, ts);
    return;
  } else if (h.removed) {
    replaceWords(m, start.index, start.offset, end.offset, '', ts);
  }
  if (!h.added) return;
  const k = at.index;
  const o = at.offset;
  if (pieces.length === 1) {
    replaceWords(m, k, o, o, h.added, ts);
    return;
  }
  const head = pieces[0]!;
  const tail = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1);
  if (o === lengths[k]) {
    if (head) replaceWords(m, k, o, o, head, ts);
    insertBlocks(m, k, true, [...middle, tail], ts);
  } else if (o === 0) {
    insertBlocks(m, k, false, [head, ...middle], ts);
    if (tail) replaceWords(m, k, 0, 0, tail, ts);
  } else {
    split(m, k, o, head, tail, middle, ts);
  }
}

/** Words replaced inside block `k`: [from, to) of its text becomes `added`. */
function replaceWords(
  m: PasalMerge,
  k: number,
  from: number,
  to: number,
  added: string,
  ts: TheirsParagraph[],
) {
  const removed = m.base[k]!.text.slice(from, to);
  if (!ready(m, [k], joined(ts), ts)) return;
  const a = positionOf(m, k, from);
  const b = positionOf(m, k, to);
  if (a === null || b === null || added.includes(REFERENCE_CHAR) || added.includes(FOOTNOTE_CHAR)) {
    unsupported(m, 'reference', joined(ts), ts);
    return;
  }
  const ids = m.writer.suggest((tr, map) => {
    const [x, y] = [map(a, 1), map(b, -1)];
    if (added) tr.replaceWith(x, Math.max(x, y), textNode(m, k, from, added));
    else tr.delete(x, y);
  });
  if (ids === null) unsupported(m, 'reference', joined(ts), ts);
  else applied(m, 'text', [k], ts, ids, [{ removed, added }]);
}

/**
 * Where new blocks go beside block `k` (`after` it or before it), and whether they are items:
 * beside k's ayat or letter when k is its last (or first) text, else beside k's paragraph.
 */
function besidePath(m: PasalMerge, k: number, after: boolean): { path: number[]; item: boolean } {
  const path = m.base[k]!.path;
  const itemPath = path.slice(0, -1);
  const item = nodeAtPath(m.input.base, itemPath);
  if (ITEMS.has(item.type)) {
    const texts = blocksOf(item);
    const edge = after ? texts[texts.length - 1] : texts[0];
    if (edge && edge.node === m.base[k]!.node) return { path: itemPath, item: true };
  }
  return { path, item: false };
}

/** The live node `depth` levels of version block `k`'s path down, found from its live block. */
function liveTarget(m: PasalMerge, k: number, depth: number) {
  const found = liveBlock(m, k)!;
  const livePath = found.block.path.slice(0, found.block.path.length - (m.base[k]!.path.length - depth));
  return nodeAt(m.writer.original, [m.input.live!.index, ...livePath]);
}

/** New blocks beside block `k`, proposed whole (`insert`). */
function insertBlocks(m: PasalMerge, k: number, after: boolean, texts: string[], ts: TheirsParagraph[]) {
  const wanted = texts.filter((t) => t.trim());
  if (!wanted.length) return;
  if (!ready(m, [k], wanted.join(PARAGRAPH), ts)) return;
  if (isHeading(m, k) && !after) {
    unsupported(m, 'paragraphAdded', wanted.join(PARAGRAPH), ts);
    return;
  }
  const { path, item } = besidePath(m, k, after);
  const target = liveTarget(m, k, path.length);
  const pos = after ? target.pos + target.node.nodeSize : target.pos;
  const schema = m.writer.original.type.schema;
  const nodes = wanted.map((t) =>
    schema.nodeFromJSON(
      item ? blockLike(m, k, t) : { type: NODE.paragraph, content: [{ type: NODE.text, text: t }] },
    ),
  );
  const ids = m.writer.suggest((tr, map) => {
    tr.insert(map(pos, after ? 1 : -1), nodes);
  });
  inserted(m, ids, wanted, ts);
}

/** Reports new blocks `wanted` as proposed (`ids`), or as not taken when the engine refused them. */
function inserted(m: PasalMerge, ids: string[] | null, wanted: string[], ts: TheirsParagraph[]) {
  if (ids === null) unsupported(m, 'paragraphAdded', wanted.join(PARAGRAPH), ts);
  else
    applied(
      m,
      'insert',
      [],
      ts,
      ids,
      wanted.map((added) => ({ removed: '', added })),
    );
}

/** Version blocks `ks` proposed for removal whole (`delete`): each one's ayat or letter when all its text goes. */
function deleteBlocks(m: PasalMerge, ks: number[], ts: TheirsParagraph[]) {
  const text = ks.map((k) => m.base[k]!.text).join(PARAGRAPH);
  if (!ready(m, ks, '', ts)) return;
  if (ks.some((k) => isHeading(m, k))) {
    unsupported(m, 'paragraphRemoved', text, ts);
    return;
  }
  const gone = new Set(ks.map((k) => m.base[k]!.node));
  const ranges: { from: number; to: number }[] = [];
  for (const k of ks) {
    const path = m.base[k]!.path;
    // The outermost ayat or letter all of whose text goes, else the paragraph.
    let depth = path.length;
    for (let d = path.length - 1; d > 0; d--) {
      const node = nodeAtPath(m.input.base, path.slice(0, d));
      if (ITEMS.has(node.type) && blocksOf(node).every((b) => gone.has(b.node))) depth = d;
    }
    const target = liveTarget(m, k, depth);
    const span = { from: target.pos, to: target.pos + target.node.nodeSize };
    if (!ranges.some((r) => r.from <= span.from && span.to <= r.to)) ranges.push(span);
  }
  const ids = m.writer.suggest((tr, map) => {
    for (const r of [...ranges].reverse()) tr.delete(map(r.from, 1), map(r.to, -1));
  });
  if (ids === null) unsupported(m, 'paragraphRemoved', text, ts);
  else
    applied(
      m,
      'delete',
      ks,
      ts,
      ids,
      ks.map((k) => ({ removed: m.base[k]!.text, added: '' })),
    );
}

/**
 * Block `k` split at offset `o` of its text, `head` and `tail` inserted on either side of the
 * cut, and `middle` proposed as new blocks between the halves (ayat or letters when k's item
 * was split, else paragraphs).
 */
function split(
  m: PasalMerge,
  k: number,
  o: number,
  head: string,
  tail: string,
  middle: string[],
  ts: TheirsParagraph[],
) {
  const theirsText = joined(ts);
  if (!ready(m, [k], theirsText, ts)) return;
  const pos = positionOf(m, k, o);
  const lost = () => {
    unsupported(m, 'paragraphMark', theirsText, ts);
    if (middle.some((x) => x.trim())) unsupported(m, 'paragraphAdded', middle.join(PARAGRAPH), ts);
  };
  if (pos === null || isHeading(m, k)) {
    lost();
    return;
  }
  const added = head + tail;
  if (added) replaceWords(m, k, o, o, added, ts);
  const path = m.base[k]!.path;
  const parent = nodeAtPath(m.input.base, path.slice(0, -1));
  const inItem = ITEMS.has(parent.type) && path[path.length - 1] === 0;
  const schema = m.writer.original.type.schema;
  const itemType = schema.nodes[parent.type]!;
  const ids = m.writer.suggest((tr, map) => {
    const at = map(pos, -1) + head.length;
    if (inItem)
      tr.split(at, 2, [
        { type: itemType, attrs: parent.type === NODE.ayatItem ? { id: newId() } : {} },
        { type: schema.nodes.paragraph! },
      ]);
    else tr.split(at, 1, [{ type: schema.nodes.paragraph! }]);
  });
  if (ids === null) {
    lost();
    return;
  }
  applied(m, 'split', [k], ts, ids, []);
  const wanted = middle.filter((x) => x.trim());
  if (!wanted.length) return;
  const nodes = wanted.map((t) =>
    schema.nodeFromJSON(
      inItem ? blockLike(m, k, t) : { type: NODE.paragraph, content: [{ type: NODE.text, text: t }] },
    ),
  );
  const between = m.writer.suggest((tr, map) => {
    // The end of the first half, whatever was written before: after its paragraph (or item).
    const $cut = tr.doc.resolve(map(pos, -1));
    tr.insert($cut.after(inItem ? $cut.depth - 1 : $cut.depth), nodes);
  });
  inserted(m, between, wanted, ts);
}

/**
 * The text from offset `o1` of block `k1` to `o2` of block `k2` removed and the blocks joined
 * (`join`). Answers whether `added` (text the file typed at the join, or null for paragraphs)
 * was written too: only when the join is written as words moved (see {@link moveJoin}).
 */
function join(
  m: PasalMerge,
  k1: number,
  o1: number,
  k2: number,
  o2: number,
  added: string | null,
  ts: TheirsParagraph[],
): boolean {
  const ks = range(k1, k2);
  const theirsText = joined(ts);
  if (!ready(m, ks, theirsText, ts)) return false;
  const a = positionOf(m, k1, o1);
  const b = positionOf(m, k2, o2);
  if (a === null || b === null || isHeading(m, k1)) {
    unsupported(m, 'paragraphMark', theirsText, ts);
    return false;
  }
  const ids = m.writer.suggest((tr, map) => {
    tr.delete(map(a, 1), map(b, -1));
  });
  // A join the engine cannot propose (across list levels: an ayat and its letter) is
  // proposed as what it does to the text instead: the second block's words moved.
  if (ids === null && moveJoin(m, k1, o1, k2, o2, added ?? '', ts)) return added !== null;
  const removed = [
    m.base[k1]!.text.slice(o1),
    ...ks.slice(1, -1).map((k) => m.base[k]!.text),
    m.base[k2]!.text.slice(0, o2),
  ]
    .join(PARAGRAPH)
    .replaceAll(PARAGRAPH, ' ');
  if (ids === null) unsupported(m, 'paragraphMark', theirsText, ts);
  else applied(m, 'join', ks, ts, ids, removed.trim() ? [{ removed, added: '' }] : []);
  return false;
}

/**
 * Block `k2` joined onto `k1` where the blocks differ in kind (an ayat and the letter under
 * it, a letter and the next ayat): proposed as `k1`'s text from `o1` deleted, `added` and
 * `k2`'s words from `o2` inserted at `k1`'s end, and `k2` (its ayat or letter) deleted whole,
 * in one change, so that Accept All reads as the file and Reject All as the version. Only
 * for neighbours whose moved words are plain text and whose item holds nothing else; false
 * (nothing written) otherwise.
 */
function moveJoin(
  m: PasalMerge,
  k1: number,
  o1: number,
  k2: number,
  o2: number,
  added: string,
  ts: TheirsParagraph[],
): boolean {
  const first = liveBlock(m, k1);
  const second = liveBlock(m, k2);
  const end1 = positionOf(m, k1, m.base[k1]!.text.length);
  const from = positionOf(m, k1, o1);
  const cut = positionOf(m, k2, o2);
  if (
    k2 !== k1 + 1 ||
    isHeading(m, k2) ||
    !first ||
    !second ||
    end1 === null ||
    from === null ||
    cut === null
  )
    return false;
  const moved = second.units.slice(cut - second.at.pos - 1);
  if (moved.some((u) => u.node.type !== NODE.text) || added.includes(REFERENCE_CHAR)) return false;
  const path = m.base[k2]!.path;
  const item = nodeAtPath(m.input.base, path.slice(0, -1));
  const depth = ITEMS.has(item.type) ? path.length - 1 : path.length;
  if (ITEMS.has(item.type) ? blocksOf(item).length !== 1 : item.type !== NODE.clause) return false;
  const target = liveTarget(m, k2, depth);
  const schema = m.writer.original.type.schema;
  const words = moved.map((u) => u.text).join('');
  const nodes = [
    ...(added ? [textNode(m, k1, m.base[k1]!.text.length, added)] : []),
    ...moved.map((u) => schema.nodeFromJSON(u.node)),
  ];
  const ids = m.writer.suggest((tr, map) => {
    tr.delete(map(target.pos, 1), map(target.pos + target.node.nodeSize, -1));
    if (from < end1) tr.delete(map(from, 1), map(end1, -1));
    tr.insert(map(end1, -1), nodes);
  });
  if (ids === null) return false;
  const removedTail = m.base[k1]!.text.slice(o1);
  applied(m, 'join', [k1, k2], ts, ids, [
    ...(removedTail.trim() ? [{ removed: removedTail, added: '' }] : []),
    { removed: '', added: added + words },
    { removed: m.base[k2]!.text, added: '' },
  ]);
  return true;
}
