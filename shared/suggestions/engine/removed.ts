import type { Node as PMNode } from '@tiptap/pm/model';
import { Selection, type Transaction } from '@tiptap/pm/state';
import { MARK, NODE } from '../../schema/names.ts';
import { SUGGESTABLE_BLOCKS } from '../../schema/nodes/suggestion.ts';
import type { BlockSuggestion } from '../stamp.ts';
import { type SuggestionContext, Unsuggestable } from './context.ts';

/** Blocks a deletion can propose to join onto the same block before them. */
const JOINABLE: readonly string[] = [NODE.paragraph, NODE.ayatItem, NODE.letterItem];

/** What removing a range proposes, before it is written. */
export interface RemovalPlan {
  /** Text (and inline atoms) to strike with a `deletion` mark. */
  strike: { from: number; to: number }[];
  /** Ranges removed for real: the author's own pending insertions and proposed blocks. */
  remove: { from: number; to: number }[];
  /** Blocks proposed for removal whole (`delete`), by position. */
  deleteBlocks: number[];
  /** Blocks whose opening the range removes: proposed to join onto the block before (`join`). */
  joins: { pos: number; node: PMNode }[];
  /** Blocks the author split off (their own `split`) whose opening the range removes: joined back for real. */
  ownSplits: number[];
}

const blockSuggestion = (node: PMNode) => (node.attrs.suggestion ?? null) as BlockSuggestion | null;
const hasMark = (node: PMNode, name: string) => node.marks.some((m) => m.type.name === name);

/**
 * How removing `[from, to)` of `doc` is proposed instead of done: text is struck (or removed
 * when it is the author's own pending insertion), whole blocks are proposed for deletion, and a
 * block whose opening the range crosses is proposed to join the block before it. Throws
 * {@link Unsuggestable} for what has no suggestion form (a Pasal joined to the one before, a table).
 */
export function planRemoval(doc: PMNode, from: number, to: number, ctx: SuggestionContext): RemovalPlan {
  const plan: RemovalPlan = { strike: [], remove: [], deleteBlocks: [], joins: [], ownSplits: [] };

  const inline = (node: PMNode, pos: number) => {
    const start = Math.max(pos, from);
    const end = Math.min(pos + node.nodeSize, to);
    if (start >= end || hasMark(node, MARK.deletion)) return;
    const own =
      ctx.ownsInsertion(node) ||
      (!hasMark(node, MARK.insertion) && ctx.inOwnInsertedBlock(doc.resolve(start)));
    (own ? plan.remove : plan.strike).push({ from: start, to: end });
  };

  const whole = (node: PMNode, pos: number) => {
    const name = node.type.name;
    if (!SUGGESTABLE_BLOCKS.includes(name)) {
      if (name === NODE.table || name === NODE.tableRow || name === NODE.tableCell)
        throw new Unsuggestable('table');
      visit(node, pos + 1, false);
      return;
    }
    const s = blockSuggestion(node);
    if (!s) plan.deleteBlocks.push(pos);
    else if (s.kind === 'insert' && ctx.owns(s)) plan.remove.push({ from: pos, to: pos + node.nodeSize });
    else if (s.kind !== 'delete') throw new Unsuggestable(`deleting a block with a ${s.kind} suggestion`);
  };

  /** The block `node` would join: the nearest one before it that the range does not remove whole. */
  const joinedOnto = (pos: number, parent: PMNode, index: number) => {
    let start = pos;
    for (let k = index - 1; k >= 0; k--) {
      const sibling = parent.child(k);
      start -= sibling.nodeSize;
      if (start < from) return sibling;
    }
    return null;
  };

  const join = (node: PMNode, pos: number, parent: PMNode, index: number) => {
    const before = joinedOnto(pos, parent, index);
    if (!JOINABLE.includes(node.type.name) || before?.type !== node.type)
      throw new Unsuggestable(`joining ${node.type.name}`);
    const s = blockSuggestion(node);
    if (s?.kind === 'split' && ctx.owns(s)) plan.ownSplits.push(pos);
    else if (s && !(s.kind === 'join' && ctx.owns(s)))
      throw new Unsuggestable(`joining a block with a ${s.kind} suggestion`);
    if (!s) plan.joins.push({ pos, node });
  };

  /** `joined`: `parent`'s opening is in the range, so its first child joins along with it. */
  const visit = (parent: PMNode, contentStart: number, joined: boolean) => {
    parent.forEach((child, offset, index) => {
      const pos = contentStart + offset;
      const end = pos + child.nodeSize;
      if (end <= from || pos >= to) return;
      if (child.isInline) inline(child, pos);
      else if (pos >= from && end <= to) whole(child, pos);
      else if (pos >= from) {
        if (!(joined && index === 0)) join(child, pos, parent, index);
        visit(child, pos + 1, true);
      } else visit(child, pos + 1, false);
    });
  };
  visit(doc, 0, false);
  return plan;
}

/**
 * Whether the plan only takes back the author's own split (Backspace at the start of the block
 * their Enter made, or Delete at the end of the one before): the blocks then join for real.
 */
export const withdrawsSplit = (plan: RemovalPlan) =>
  plan.ownSplits.length === 1 &&
  plan.strike.length === 0 &&
  plan.remove.length === 0 &&
  plan.deleteBlocks.length === 0 &&
  plan.joins.length === 0;

/** Joins the split block at `pos` back onto the one before: the end of one's text meets the start of the other's. */
export function joinBack(tr: Transaction, pos: number): number {
  const left = Selection.findFrom(tr.doc.resolve(pos), -1, true);
  const right = Selection.findFrom(tr.doc.resolve(pos), 1, true);
  if (!left || !right) throw new Unsuggestable('no text to join');
  tr.delete(left.from, right.from);
  return left.from;
}

/** Writes the plan into `tr`, whose document is the one planned on. */
export function writeRemoval(tr: Transaction, plan: RemovalPlan, ctx: SuggestionContext, id: string): void {
  if (plan.ownSplits.length > 0) throw new Unsuggestable('removing across an own split');
  const deletion = ctx.mark(MARK.deletion, id);
  for (const { from, to } of plan.strike) {
    tr.doc.nodesBetween(from, to, (node, pos, parent) => {
      if (!node.isInline) return true;
      if (parent && !parent.type.allowsMarkType(deletion.type))
        throw new Unsuggestable(`${parent.type.name} text`);
      tr.addMark(Math.max(pos, from), Math.min(pos + node.nodeSize, to), deletion);
      return false;
    });
  }
  for (const pos of plan.deleteBlocks) tr.setNodeAttribute(pos, 'suggestion', ctx.block('delete', id));
  for (const { pos } of plan.joins) tr.setNodeAttribute(pos, 'suggestion', ctx.block('join', id));
  for (const { from, to } of [...plan.remove].sort((x, y) => y.from - x.from)) tr.delete(from, to);
}
