import type { PMJSON } from '../clauses.ts';
import { MARK, NODE } from '../schema/names.ts';
import { type BlockSuggestion, FORMAT_MARKS, isSuggestionMark, type SuggestionStamp } from './stamp.ts';

export type Decision = 'accept' | 'reject';

/** Which suggestions a decision applies to (by their stamp); the rest stay pending. */
export type SuggestionFilter = (stamp: SuggestionStamp) => boolean;

const all: SuggestionFilter = () => true;

/** Lists whose content may not be empty: dropped when a decision removes every item. */
const NON_EMPTY = new Set<string>([
  NODE.ayatList,
  NODE.letterList,
  NODE.bulletList,
  NODE.tableRow,
  NODE.table,
]);

type Marks = NonNullable<PMJSON['marks']>;

const blockSuggestionOf = (node: PMJSON) => (node.attrs?.suggestion ?? null) as BlockSuggestion | null;

function withoutBlockSuggestion(node: PMJSON): PMJSON {
  if (!node.attrs || !('suggestion' in node.attrs)) return node;
  return { ...node, attrs: { ...node.attrs, suggestion: null } };
}

/**
 * The inline node as `decision` leaves it for the selected suggestions, or null when it goes:
 * an insertion accepted or a deletion rejected keeps the text (mark dropped), an insertion
 * rejected or a deletion accepted removes it, a format change accepted keeps the new formatting
 * and rejected restores its `before`.
 */
function decideInline(node: PMJSON, select: SuggestionFilter, decision: Decision): PMJSON | null {
  const marks = node.marks ?? [];
  if (!marks.some((m) => isSuggestionMark(m.type))) return node;
  let kept: Marks = marks;
  for (const mark of marks) {
    if (!isSuggestionMark(mark.type) || !select(mark.attrs as unknown as SuggestionStamp)) continue;
    const goes =
      (mark.type === MARK.insertion && decision === 'reject') ||
      (mark.type === MARK.deletion && decision === 'accept');
    if (goes) return null;
    kept = kept.filter((m) => m !== mark);
    if (mark.type === MARK.formatChange && decision === 'reject') {
      const before = String(mark.attrs?.before ?? '')
        .split(',')
        .filter((m) => FORMAT_MARKS.includes(m));
      kept = [...kept.filter((m) => !FORMAT_MARKS.includes(m.type)), ...before.map((type) => ({ type }))];
    }
  }
  const out: PMJSON = { ...node, marks: kept };
  if (kept.length === 0) delete out.marks;
  return out;
}

/** Inline nodes: their marks are decided. An empty block has no `content` either, but its `suggestion` is. */
const INLINE = new Set<string>([NODE.text, NODE.hardBreak, NODE.clauseRef, NODE.footnote, NODE.variable]);

const isTextblock = (node: PMJSON) => (node.content ?? []).some((c) => INLINE.has(c.type));

/** `cur` joined onto `prev`: inline content runs on, a container's first child joins the other's last. */
function join(prev: PMJSON, cur: PMJSON): PMJSON {
  const a = prev.content ?? [];
  const b = cur.content ?? [];
  if (a.length === 0 || b.length === 0 || isTextblock(prev) || isTextblock(cur)) {
    return { ...prev, content: [...a, ...b] };
  }
  const last = a[a.length - 1] as PMJSON;
  const first = b[0] as PMJSON;
  if (last.type === first.type && !INLINE.has(last.type))
    return { ...prev, content: [...a.slice(0, -1), join(last, first), ...b.slice(1)] };
  return { ...prev, content: [...a, ...b] };
}

function decideChildren(content: PMJSON[], select: SuggestionFilter, decision: Decision): PMJSON[] {
  const out: PMJSON[] = [];
  for (const child of content) {
    if (INLINE.has(child.type)) {
      const kept = decideInline(child, select, decision);
      if (kept) out.push(kept);
      continue;
    }
    let node = decideNode(child, select, decision);
    if (!node) continue;
    const block = blockSuggestionOf(node);
    if (block && select(block)) {
      const { kind } = block;
      if ((kind === 'insert' && decision === 'reject') || (kind === 'delete' && decision === 'accept'))
        continue;
      node = withoutBlockSuggestion(node);
      const joins = (kind === 'split' && decision === 'reject') || (kind === 'join' && decision === 'accept');
      const prev = out[out.length - 1];
      if (joins && prev && prev.type === node.type) {
        out[out.length - 1] = join(prev, node);
        continue;
      }
    }
    out.push(node);
  }
  return out;
}

/** A node with `decision` applied to its selected suggestions inside (its own block suggestion is its parent's to decide). */
function decideNode(node: PMJSON, select: SuggestionFilter, decision: Decision): PMJSON | null {
  if (!node.content) return node;
  const content = decideChildren(node.content, select, decision);
  if (content.length === 0 && NON_EMPTY.has(node.type)) return null;
  return { ...node, content };
}

/**
 * The document (or any node) with the selected suggestions accepted or rejected, the others
 * left pending. Pure: the same function decides in the browser, on the server and in the export.
 */
export function decideSuggestions(node: PMJSON, decision: Decision, select: SuggestionFilter = all): PMJSON {
  const block = blockSuggestionOf(node);
  const own = block && select(block) ? withoutBlockSuggestion(node) : node;
  return normalised(decideNode(own, select, decision) ?? { ...own, content: [] });
}

/** The text as it reads when every suggestion is accepted. */
export const acceptAll = (node: PMJSON) => decideSuggestions(node, 'accept');
/** The text as it read before any suggestion: what a suggester may never change. */
export const rejectAll = (node: PMJSON) => decideSuggestions(node, 'reject');

/** Whether two texts carry the same marks (most carry none: no JSON is written for them). */
function sameMarks(a: PMJSON, b: PMJSON): boolean {
  const [x, y] = [a.marks ?? [], b.marks ?? []];
  return x.length === y.length && (x.length === 0 || JSON.stringify(x) === JSON.stringify(y));
}

/** Adjacent text runs with the same marks merged, empty ones dropped: one JSON per text, for comparing. */
export function normalised(node: PMJSON): PMJSON {
  if (!node.content) return node;
  const content: PMJSON[] = [];
  for (const raw of node.content) {
    const child = normalised(raw);
    if (child.type === NODE.text && !child.text) continue;
    const prev = content[content.length - 1];
    if (prev && child.type === NODE.text && prev.type === NODE.text && sameMarks(prev, child)) {
      content[content.length - 1] = { ...prev, text: (prev.text ?? '') + (child.text ?? '') };
    } else content.push(child);
  }
  return { ...node, content };
}

/** Whether a node holds any suggestion, on its text or its blocks. */
export function hasSuggestions(node: PMJSON): boolean {
  if (blockSuggestionOf(node)) return true;
  if (node.marks?.some((m) => isSuggestionMark(m.type))) return true;
  return (node.content ?? []).some(hasSuggestions);
}
