import type {
  AppliedKind,
  ImportApplied,
  ImportConflict,
  ImportUnsupported,
  ReplyFormat,
  ReplyParagraph,
  UnsupportedKind,
} from '../../../shared/api/suggestionImport.ts';
import { canonicalClause, type DocumentOutline, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { newId } from '../../../shared/ids.ts';
import { MARK, NODE } from '../../../shared/schema/names.ts';
import { FORMAT_MARKS, isSuggestionMark } from '../../../shared/suggestions/index.ts';
import { align, type Hunk, locate, PARAGRAPH, paragraphDiff, type Shared } from './suggestionsDiff.ts';
import { inlineUnits, normalText, unitsText } from './suggestionsInline.ts';
import { FOOTNOTE_CHAR, REFERENCE_CHAR } from './suggestionsReply.ts';
import { unsupportedItem } from './suggestionsUnsupported.ts';
import { nodeAt, type SuggestionWriter } from './suggestionsWriter.ts';

/**
 * One Pasal of a Word reply merged into the live document: the Pasal's paragraphs as the
 * version has them and as the file reads are compared as one text with a mark at each
 * paragraph's end (`suggestionsDiff.ts`), and each difference is written as the suggestion the
 * editor's suggestion mode would make of it: words inserted or deleted, a paragraph split or
 * joined, a paragraph, ayat or letter added or removed whole, bold, italic or underline changed.
 * A difference touching a paragraph the live document changed since the version is a conflict.
 */

/** What a Pasal's merge adds to the import's report. */
export interface PasalReport {
  applied: ImportApplied[];
  conflicts: ImportConflict[];
  unsupported: ImportUnsupported[];
}

/** The Pasal to merge: as the version has it, as it lives now (its index in the live body), and the file's paragraphs of it. */
export interface PasalInput {
  pasal: number;
  clauseId: string;
  base: PMJSON;
  baseOutline: DocumentOutline;
  live: { node: PMJSON; index: number; outline: DocumentOutline } | null;
  paragraphs: ReplyParagraph[];
}

/** A paragraph or Pasal heading of a Pasal, and where it sits in it (child indexes). */
interface Block {
  node: PMJSON;
  path: number[];
}

/** A paragraph as the other party means it: file paragraphs whose marks they deleted run on into one. */
interface TheirsParagraph {
  text: string;
  paragraphs: ReplyParagraph[];
  formats: ReplyFormat[];
}

const ITEMS = new Set<string>([NODE.ayatItem, NODE.letterItem]);

/** The text blocks of a Pasal in the order the export prints them (an empty heading is not printed). */
export function blocksOf(clause: PMJSON): Block[] {
  const out: Block[] = [];
  const walk = (node: PMJSON, path: number[]) => {
    if (node.type === NODE.paragraph || node.type === NODE.clauseHeading) {
      if (node.type === NODE.clauseHeading && !textOf(node).trim()) return;
      out.push({ node, path });
      return;
    }
    (node.content ?? []).forEach((child, i) => {
      walk(child, [...path, i]);
    });
  };
  walk(clause, []);
  return out;
}

/** Whether `node` holds a suggestion still pending (a mark or a block's). */
export const hasSuggestions = (node: PMJSON): boolean =>
  (node.marks ?? []).some((m) => isSuggestionMark(m.type)) ||
  !!node.attrs?.suggestion ||
  (node.content ?? []).some(hasSuggestions);

/** The block's content with its pending suggestions accepted: what the other party read in Word. */
function accepted(node: PMJSON): PMJSON {
  return {
    ...node,
    content: (node.content ?? []).filter((n) => !(n.marks ?? []).some((m) => m.type === MARK.deletion)),
  };
}

/** The file's paragraphs as the other party means them, and as they were before their tracked changes. */
function theirsParagraphs(paragraphs: ReplyParagraph[]): { theirs: TheirsParagraph[]; before: string[] } {
  const theirs: TheirsParagraph[] = [];
  let open: TheirsParagraph | null = null;
  for (const p of paragraphs) {
    open ??= { text: '', paragraphs: [], formats: [] };
    // A paragraph with a revision the import cannot take is left as it was (and reported).
    const kept = p.unsupported.length > 0;
    const at = open.text.length;
    if (!kept) for (const f of p.formats) open.formats.push({ ...f, from: f.from + at, to: f.to + at });
    open.text += (kept ? p.base : p.theirs).replace(/\t/g, ' ');
    open.paragraphs.push(p);
    if (kept || !p.markDeleted) {
      theirs.push(open);
      open = null;
    }
  }
  // The Pasal's last paragraphs, deleted with their marks, run on into the next Pasal's line.
  if (open?.text) theirs.push(open);
  const before: string[] = [];
  let run = '';
  for (const p of paragraphs) {
    run += p.base.replace(/\t/g, ' ');
    if (p.unsupported.length > 0 || !p.markInserted) {
      before.push(run);
      run = '';
    }
  }
  if (run) before.push(run);
  return { theirs, before };
}

const authorOf = (p: ReplyParagraph) => p.revisions[0]?.author || p.markAuthor || '';

const get = (root: PMJSON, path: number[]) => path.reduce((n, i) => n.content![i]!, root);

/** Report text: a cross-reference's number and a footnote mark shown as what they are. */
export function readable(s: string): string {
  return s
    .replaceAll(REFERENCE_CHAR, '…')
    .replaceAll(FOOTNOTE_CHAR, '*')
    .replaceAll(PARAGRAPH, ' ¶ ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Merges one Pasal of the reply into the writer's body (see the module comment). */
export function mergePasal(input: PasalInput, writer: SuggestionWriter, report: PasalReport): void {
  const { pasal, clauseId, live } = input;
  const base = blocksOf(input.base).map((b) => {
    const units = inlineUnits(accepted(b.node), input.baseOutline, clauseId);
    return { ...b, text: unitsText(units), pending: hasSuggestions(b.node) };
  });
  const { theirs, before } = theirsParagraphs(input.paragraphs);
  for (const p of input.paragraphs) {
    const kinds = [...new Set(p.unsupported.map((u) => u.kind))];
    for (const kind of kinds) {
      const u = p.unsupported.find((x) => x.kind === kind)!;
      report.unsupported.push(
        unsupportedItem(kind, pasal, readable(p.theirs || p.base), u.author || authorOf(p)),
      );
    }
  }
  const baseTexts = base.map((b) => b.text);
  const lengths = baseTexts.map((t) => t.length);
  const theirsLengths = theirs.map((t) => t.text.length);
  const { hunks, shared } = paragraphDiff(
    baseTexts,
    theirs.map((t) => t.text),
  );
  // Tracked: the file, its revisions rejected, reads as the version did.
  const tracked = before.map(normalText).join(PARAGRAPH) === baseTexts.map(normalText).join(PARAGRAPH);

  const liveBlocks = live ? blocksOf(live.node) : [];
  const key = (b: Block) => JSON.stringify(canonicalClause(b.node));
  const liveOf = new Map<number, Block>();
  // The live Pasal's blocks in the version's order: equal ones pair, and changed ones between
  // them one to one (a conflict when a change touches them).
  for (const [b, l] of align(base, liveBlocks, (x, y) => key(x) === key(y)))
    if (b && l) liveOf.set(base.indexOf(b), l);

  /** The live block paired with version block `k`, with its text units and positions, or null (conflict). */
  const liveBlock = (k: number) => {
    const block = liveOf.get(k);
    if (!block || !live) return null;
    const units = inlineUnits(block.node, live.outline, clauseId);
    if (key(block) !== key(base[k]!) || unitsText(units) !== base[k]!.text) return null;
    const at = nodeAt(writer.original, [live.index, ...block.path]);
    return { block, units, at };
  };

  const theirsAround = (from: number, to: number) => {
    const a = locate(theirsLengths, from).index;
    const b = locate(theirsLengths, to).index;
    return theirs.slice(a, b + 1);
  };
  const authorsOf = (ts: TheirsParagraph[]) => {
    const names = ts.flatMap((t) =>
      t.paragraphs.flatMap((p) => [
        ...p.revisions.map((r) => r.author),
        p.markAuthor,
        ...p.formats.map((f) => f.changedBy ?? ''),
      ]),
    );
    return [...new Set(names.filter(Boolean))];
  };

  const unsupported = (kind: UnsupportedKind, text: string, ts: TheirsParagraph[]) =>
    report.unsupported.push(unsupportedItem(kind, pasal, readable(text), authorsOf(ts)[0] ?? ''));

  /**
   * Whether version blocks `ks` may take a change: none holds a pending suggestion (reported),
   * each is in the live Pasal as it was in the version (else a conflict is reported).
   */
  const ready = (ks: number[], theirsText: string, ts: TheirsParagraph[]) => {
    if (ks.some((k) => base[k]!.pending)) {
      unsupported('pendingSuggestions', theirsText, ts);
      return false;
    }
    if (ks.every((k) => liveBlock(k))) return true;
    const baseText = readable(ks.map((k) => base[k]!.text).join(PARAGRAPH));
    if (report.conflicts.some((c) => c.clauseId === clauseId && c.base === baseText)) return false;
    const ours = ks.map((k) => {
      const block = liveOf.get(k);
      return block && live ? unitsText(inlineUnits(block.node, live.outline, clauseId)) : '';
    });
    report.conflicts.push({
      pasal,
      clauseId,
      base: baseText,
      theirs: readable(theirsText),
      ours: readable(ours.join(PARAGRAPH)),
    });
    return false;
  };

  const applied = (
    kind: AppliedKind,
    ks: number[],
    ts: TheirsParagraph[],
    ids: string[],
    changes: { removed: string; added: string }[],
    wasTracked = tracked,
  ) => {
    const previous = report.applied[report.applied.length - 1];
    const baseText = readable(ks.map((k) => base[k]!.text).join(PARAGRAPH));
    // What the file reads there: nothing for a removed block, the new text alone for a new one.
    const theirsText =
      kind === 'delete'
        ? ''
        : readable(
            kind === 'insert'
              ? changes.map((c) => c.added).join(PARAGRAPH)
              : ts.map((t) => t.text).join(PARAGRAPH),
          );
    const readableChanges = changes.map((c) => ({ removed: readable(c.removed), added: readable(c.added) }));
    // A paragraph's word changes are one entry, as they read in the report.
    if (
      kind === 'text' &&
      previous?.kind === 'text' &&
      previous.clauseId === clauseId &&
      previous.base === baseText
    ) {
      previous.suggestionIds.push(...ids);
      previous.changes.push(...readableChanges);
      return;
    }
    report.applied.push({
      kind,
      pasal,
      clauseId,
      base: baseText,
      theirs: theirsText,
      suggestionIds: ids,
      changes: readableChanges,
      wordAuthors: authorsOf(ts),
      tracked: wasTracked,
    });
  };

  /** The position in the live body of offset `o` of version block `k`'s text; null inside a reference. */
  const positionOf = (k: number, o: number): number | null => {
    const found = liveBlock(k);
    if (!found) return null;
    let acc = 0;
    for (let i = 0; i < found.units.length; i++) {
      if (acc === o) return found.at.pos + 1 + i;
      acc += found.units[i]!.text.length;
      if (acc > o) return null;
    }
    return acc === o ? found.at.pos + 1 + found.units.length : null;
  };

  /** The formatting of the text just before offset `o` of block `k`: what inserted words take. */
  const formattingBefore = (k: number, o: number) => {
    const units = liveBlock(k)?.units ?? [];
    let acc = 0;
    let marks: string[] = [];
    for (const u of units) {
      if (acc >= o) break;
      acc += u.text.length;
      if (u.node.type === NODE.text)
        marks = (u.node.marks ?? []).map((m) => m.type).filter((m) => FORMAT_MARKS.includes(m));
    }
    return marks;
  };

  const textNode = (k: number, o: number, text: string) => {
    const schema = writer.original.type.schema;
    return schema.text(
      text,
      formattingBefore(k, o).map((m) => schema.marks[m]!.create()),
    );
  };

  const isHeading = (k: number) => base[k]!.node.type === NODE.clauseHeading;

  /** Words replaced inside block `k`: [from, to) of its text becomes `added`. */
  const replaceWords = (k: number, from: number, to: number, added: string, ts: TheirsParagraph[]) => {
    const removed = base[k]!.text.slice(from, to);
    if (!ready([k], ts.map((t) => t.text).join(PARAGRAPH), ts)) return;
    const a = positionOf(k, from);
    const b = positionOf(k, to);
    if (a === null || b === null || added.includes(REFERENCE_CHAR) || added.includes(FOOTNOTE_CHAR)) {
      unsupported('reference', ts.map((t) => t.text).join(PARAGRAPH), ts);
      return;
    }
    const ids = writer.suggest((tr, map) => {
      const [x, y] = [map(a, 1), map(b, -1)];
      if (added) tr.replaceWith(x, Math.max(x, y), textNode(k, from, added));
      else tr.delete(x, y);
    });
    if (ids === null) unsupported('reference', ts.map((t) => t.text).join(PARAGRAPH), ts);
    else applied('text', [k], ts, ids, [{ removed, added }]);
  };

  /** The node a new paragraph next to block `k` becomes: an ayat or letter beside k's item, or a paragraph. */
  const blockLike = (k: number, text: string): PMJSON => {
    const path = base[k]!.path;
    const parent = get(input.base, path.slice(0, -1));
    const paragraph: PMJSON = { type: NODE.paragraph, content: [{ type: NODE.text, text }] };
    if (!ITEMS.has(parent.type)) return paragraph;
    return {
      type: parent.type,
      ...(parent.type === NODE.ayatItem ? { attrs: { id: newId() } } : {}),
      content: [paragraph],
    };
  };

  /**
   * Where new blocks go beside block `k` (`after` it or before it), and whether they are items:
   * beside k's ayat or letter when k is its last (or first) text, else beside k's paragraph.
   */
  const besidePath = (k: number, after: boolean): { path: number[]; item: boolean } => {
    const path = base[k]!.path;
    const itemPath = path.slice(0, -1);
    const item = get(input.base, itemPath);
    if (ITEMS.has(item.type)) {
      const texts = blocksOf(item);
      const edge = after ? texts[texts.length - 1] : texts[0];
      if (edge && edge.node === base[k]!.node) return { path: itemPath, item: true };
    }
    return { path, item: false };
  };

  /** New blocks beside block `k`, proposed whole (`insert`). */
  const insertBlocks = (k: number, after: boolean, texts: string[], ts: TheirsParagraph[]) => {
    const wanted = texts.filter((t) => t.trim());
    if (!wanted.length) return;
    if (!ready([k], wanted.join(PARAGRAPH), ts)) return;
    if (isHeading(k) && !after) {
      unsupported('paragraphAdded', wanted.join(PARAGRAPH), ts);
      return;
    }
    const found = liveBlock(k)!;
    const { path, item } = besidePath(k, after);
    const livePath = found.block.path.slice(
      0,
      found.block.path.length - (base[k]!.path.length - path.length),
    );
    const target = nodeAt(writer.original, [live!.index, ...livePath]);
    const pos = after ? target.pos + target.node.nodeSize : target.pos;
    const schema = writer.original.type.schema;
    const nodes = wanted.map((t) => {
      const json = item ? blockLike(k, t) : { type: NODE.paragraph, content: [{ type: NODE.text, text: t }] };
      return schema.nodeFromJSON(json);
    });
    const ids = writer.suggest((tr, map) => {
      tr.insert(map(pos, after ? 1 : -1), nodes);
    });
    inserted(ids, wanted, ts);
  };

  /** Reports new blocks `wanted` as proposed (`ids`), or as not taken when the engine refused them. */
  const inserted = (ids: string[] | null, wanted: string[], ts: TheirsParagraph[]) => {
    if (ids === null) unsupported('paragraphAdded', wanted.join(PARAGRAPH), ts);
    else
      applied(
        'insert',
        [],
        ts,
        ids,
        wanted.map((added) => ({ removed: '', added })),
      );
  };

  /** Version blocks `ks` proposed for removal whole (`delete`): each one's ayat or letter when all its text goes. */
  const deleteBlocks = (ks: number[], ts: TheirsParagraph[]) => {
    const text = ks.map((k) => base[k]!.text).join(PARAGRAPH);
    if (!ready(ks, '', ts)) return;
    if (ks.some(isHeading)) {
      unsupported('paragraphRemoved', text, ts);
      return;
    }
    const gone = new Set(ks.map((k) => base[k]!.node));
    const ranges: { from: number; to: number }[] = [];
    for (const k of ks) {
      const found = liveBlock(k)!;
      // The outermost ayat or letter all of whose text goes, else the paragraph.
      let depth = base[k]!.path.length;
      for (let d = base[k]!.path.length - 1; d > 0; d--) {
        const node = get(input.base, base[k]!.path.slice(0, d));
        if (ITEMS.has(node.type) && blocksOf(node).every((b) => gone.has(b.node))) depth = d;
      }
      const livePath = found.block.path.slice(0, found.block.path.length - (base[k]!.path.length - depth));
      const target = nodeAt(writer.original, [live!.index, ...livePath]);
      const range = { from: target.pos, to: target.pos + target.node.nodeSize };
      if (!ranges.some((r) => r.from <= range.from && range.to <= r.to)) ranges.push(range);
    }
    const ids = writer.suggest((tr, map) => {
      for (const r of [...ranges].reverse()) tr.delete(map(r.from, 1), map(r.to, -1));
    });
    if (ids === null) unsupported('paragraphRemoved', text, ts);
    else
      applied(
        'delete',
        ks,
        ts,
        ids,
        ks.map((k) => ({ removed: base[k]!.text, added: '' })),
      );
  };

  /**
   * Block `k` split at offset `o` of its text, `head` and `tail` inserted on either side of the
   * cut, and `middle` proposed as new blocks between the halves (ayat or letters when k's item
   * was split, else paragraphs).
   */
  const split = (
    k: number,
    o: number,
    head: string,
    tail: string,
    middle: string[],
    ts: TheirsParagraph[],
  ) => {
    const theirsText = ts.map((t) => t.text).join(PARAGRAPH);
    if (!ready([k], theirsText, ts)) return;
    const pos = positionOf(k, o);
    const lost = () => {
      unsupported('paragraphMark', theirsText, ts);
      if (middle.some((m) => m.trim())) unsupported('paragraphAdded', middle.join(PARAGRAPH), ts);
    };
    if (pos === null || isHeading(k)) {
      lost();
      return;
    }
    const added = head + tail;
    if (added) replaceWords(k, o, o, added, ts);
    const path = base[k]!.path;
    const parent = get(input.base, path.slice(0, -1));
    const inItem = ITEMS.has(parent.type) && path[path.length - 1] === 0;
    const schema = writer.original.type.schema;
    const itemType = schema.nodes[parent.type]!;
    const ids = writer.suggest((tr, map) => {
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
    applied('split', [k], ts, ids, []);
    const wanted = middle.filter((m) => m.trim());
    if (!wanted.length) return;
    const nodes = wanted.map((t) =>
      schema.nodeFromJSON(
        inItem ? blockLike(k, t) : { type: NODE.paragraph, content: [{ type: NODE.text, text: t }] },
      ),
    );
    const between = writer.suggest((tr, map) => {
      // The end of the first half, whatever was written before: after its paragraph (or item).
      const $cut = tr.doc.resolve(map(pos, -1));
      tr.insert($cut.after(inItem ? $cut.depth - 1 : $cut.depth), nodes);
    });
    inserted(between, wanted, ts);
  };

  /** The text from offset `o1` of block `k1` to `o2` of block `k2` removed and the blocks joined (`join`). */
  /**
   * Answers whether `added` (text the file typed at the join, or null for paragraphs) was
   * written too: only when the join is written as words moved (see {@link moveJoin}).
   */
  const join = (
    k1: number,
    o1: number,
    k2: number,
    o2: number,
    added: string | null,
    ts: TheirsParagraph[],
  ): boolean => {
    const ks = Array.from({ length: k2 - k1 + 1 }, (_, i) => k1 + i);
    const theirsText = ts.map((t) => t.text).join(PARAGRAPH);
    if (!ready(ks, theirsText, ts)) return false;
    const a = positionOf(k1, o1);
    const b = positionOf(k2, o2);
    if (a === null || b === null || isHeading(k1)) {
      unsupported('paragraphMark', theirsText, ts);
      return false;
    }
    const ids = writer.suggest((tr, map) => {
      tr.delete(map(a, 1), map(b, -1));
    });
    // A join the engine cannot propose (across list levels: an ayat and its letter) is
    // proposed as what it does to the text instead: the second block's words moved.
    if (ids === null && moveJoin(k1, o1, k2, o2, added ?? '', ts)) return added !== null;
    const removed = [
      base[k1]!.text.slice(o1),
      ...ks.slice(1, -1).map((k) => base[k]!.text),
      base[k2]!.text.slice(0, o2),
    ]
      .join(PARAGRAPH)
      .replaceAll(PARAGRAPH, ' ');
    if (ids === null) unsupported('paragraphMark', theirsText, ts);
    else applied('join', ks, ts, ids, removed.trim() ? [{ removed, added: '' }] : []);
    return false;
  };

  /**
   * Block `k2` joined onto `k1` where the blocks differ in kind (an ayat and the letter under
   * it, a letter and the next ayat): proposed as `k1`'s text from `o1` deleted, `added` and
   * `k2`'s words from `o2` inserted at `k1`'s end, and `k2` (its ayat or letter) deleted whole,
   * in one change, so that Accept All reads as the file and Reject All as the version. Only
   * for neighbours whose moved words are plain text and whose item holds nothing else; false
   * (nothing written) otherwise.
   */
  const moveJoin = (k1: number, o1: number, k2: number, o2: number, added: string, ts: TheirsParagraph[]) => {
    const first = liveBlock(k1);
    const second = liveBlock(k2);
    const end1 = positionOf(k1, base[k1]!.text.length);
    const from = positionOf(k1, o1);
    const cut = positionOf(k2, o2);
    if (k2 !== k1 + 1 || isHeading(k2) || !first || !second || end1 === null || from === null || cut === null)
      return false;
    const moved = second.units.slice(cut - second.at.pos - 1);
    if (moved.some((u) => u.node.type !== NODE.text) || added.includes(REFERENCE_CHAR)) return false;
    const path = base[k2]!.path;
    const item = get(input.base, path.slice(0, -1));
    const depth = ITEMS.has(item.type) ? path.length - 1 : path.length;
    if (ITEMS.has(item.type) ? blocksOf(item).length !== 1 : item.type !== NODE.clause) return false;
    const livePath = second.block.path.slice(0, second.block.path.length - (path.length - depth));
    const target = nodeAt(writer.original, [live!.index, ...livePath]);
    const schema = writer.original.type.schema;
    const words = moved.map((u) => u.text).join('');
    const nodes = [
      ...(added ? [textNode(k1, base[k1]!.text.length, added)] : []),
      ...moved.map((u) => schema.nodeFromJSON(u.node)),
    ];
    const ids = writer.suggest((tr, map) => {
      tr.delete(map(target.pos, 1), map(target.pos + target.node.nodeSize, -1));
      if (from < end1) tr.delete(map(from, 1), map(end1, -1));
      tr.insert(map(end1, -1), nodes);
    });
    if (ids === null) return false;
    const removedTail = base[k1]!.text.slice(o1);
    applied('join', [k1, k2], ts, ids, [
      ...(removedTail.trim() ? [{ removed: removedTail, added: '' }] : []),
      { removed: '', added: added + words },
      { removed: base[k2]!.text, added: '' },
    ]);
    return true;
  };

  for (const h of hunks) hunk(h);

  function hunk(h: Hunk) {
    const start = locate(lengths, h.at);
    const end = locate(lengths, h.at + h.removed.length);
    const ts = theirsAround(h.theirsAt, h.theirsAt + h.added.length);
    const pieces = h.added.split(PARAGRAPH);
    // Where what is added goes: after what is removed.
    let at = end;
    if (start.index !== end.index) {
      if (start.offset === 0 && end.offset === 0) {
        deleteBlocks(range(start.index, end.index - 1), ts);
      } else if (start.offset === lengths[start.index] && end.offset === lengths[end.index]) {
        deleteBlocks(range(start.index + 1, end.index), ts);
        at = start;
      } else {
        if (join(start.index, start.offset, end.index, end.offset, pieces.length === 1 ? h.added : null, ts))
          return;
      }
    } else if (pieces.length === 1) {
      replaceWords(start.index, start.offset, end.offset, h.added, ts);
      return;
    } else if (h.removed) {
      replaceWords(start.index, start.offset, end.offset, '', ts);
    }
    if (!h.added) return;
    const k = at.index;
    const o = at.offset;
    if (pieces.length === 1) {
      replaceWords(k, o, o, h.added, ts);
      return;
    }
    const head = pieces[0]!;
    const tail = pieces[pieces.length - 1]!;
    const middle = pieces.slice(1, -1);
    if (o === lengths[k]) {
      if (head) replaceWords(k, o, o, head, ts);
      insertBlocks(k, true, [...middle, tail], ts);
    } else if (o === 0) {
      insertBlocks(k, false, [head, ...middle], ts);
      if (tail) replaceWords(k, 0, 0, tail, ts);
    } else {
      split(k, o, head, tail, middle, ts);
    }
  }

  formatChanges(shared);

  /** Bold, italic or underline the file shows otherwise than the version on text both share. */
  function formatChanges(stretches: Shared[]) {
    type Run = {
      k: number;
      from: number;
      to: number;
      add: string[];
      remove: string[];
      t: number;
      tracked: boolean;
    };
    const runs: Run[] = [];
    for (const s of stretches) {
      for (let i = 0; i < s.length; i++) {
        const { index: k, offset: o } = locate(lengths, s.base + i);
        if (o >= lengths[k]!) continue;
        const unit = unitAt(k, o);
        if (!unit || unit.node.type !== NODE.text) continue;
        const { index: j, offset: to } = locate(theirsLengths, s.theirs + i);
        const f = theirs[j]?.formats.find((x) => x.from <= to && to < x.to);
        if (!f) continue;
        const heading = isHeading(k);
        // A Pasal heading prints bold whatever its marks say.
        const want = f.marks.filter((m) => FORMAT_MARKS.includes(m) && !(heading && m === MARK.bold));
        const have = (unit.node.marks ?? [])
          .map((m) => m.type)
          .filter((m) => FORMAT_MARKS.includes(m) && !(heading && m === MARK.bold));
        const add = want.filter((m) => !have.includes(m));
        const remove = have.filter((m) => !want.includes(m));
        if (!add.length && !remove.length) continue;
        const last = runs[runs.length - 1];
        if (
          last &&
          last.k === k &&
          last.to === o &&
          last.add.join() === add.join() &&
          last.remove.join() === remove.join()
        )
          last.to = o + 1;
        else runs.push({ k, from: o, to: o + 1, add, remove, t: j, tracked: f.changedBy !== null });
      }
    }
    const schema = writer.original.type.schema;
    for (const run of runs) {
      const ts = theirs.slice(run.t, run.t + 1);
      if (!ready([run.k], ts.map((t) => t.text).join(PARAGRAPH), ts)) continue;
      const a = positionOf(run.k, run.from);
      const b = positionOf(run.k, run.to);
      if (a === null || b === null) continue;
      const ids = writer.suggest((tr, map) => {
        const [x, y] = [map(a, 1), map(b, -1)];
        for (const m of run.add) tr.addMark(x, y, schema.marks[m]!.create());
        for (const m of run.remove) tr.removeMark(x, y, schema.marks[m]!);
      });
      const text = base[run.k]!.text.slice(run.from, run.to);
      if (ids === null) unsupported('formatting', text, ts);
      else applied('format', [run.k], ts, ids, [{ removed: text, added: text }], run.tracked);
    }
  }

  function unitAt(k: number, o: number) {
    const units = inlineUnits(accepted(base[k]!.node), input.baseOutline, clauseId);
    let acc = 0;
    for (const u of units) {
      if (acc === o && u.text.length === 1) return u;
      acc += u.text.length;
      if (acc > o) return null;
    }
    return null;
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
