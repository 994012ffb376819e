import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { MARK } from '../../schema/names.ts';
import { FORMAT_MARKS } from '../stamp.ts';
import { type SuggestionContext, Unsuggestable } from './context.ts';

const formatsOf = (marks: readonly Mark[]) =>
  FORMAT_MARKS.filter((name) => marks.some((m) => m.type.name === name));

/**
 * Adds (`add`) or removes `mark` (bold, italic or underline) on `[from, to)` as a proposed
 * format change: the text shows its new formatting and its `formatChange` keeps the formatting
 * it had (`before`), which rejecting restores. Undoing one's own change drops the suggestion;
 * the author's own pending insertions are simply reformatted.
 */
export function suggestFormat(
  tr: Transaction,
  from: number,
  to: number,
  mark: Mark,
  add: boolean,
  ctx: SuggestionContext,
  id: string,
): void {
  const runs: { from: number; to: number; node: PMNode; parent: PMNode | null }[] = [];
  tr.doc.nodesBetween(from, to, (node, pos, parent) => {
    if (!node.isText) return true;
    runs.push({ from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to), node, parent });
    return false;
  });
  const changeType = ctx.schema.marks[MARK.formatChange];
  if (!changeType) throw new Unsuggestable('no formatChange mark');
  for (const run of runs) {
    const { node, parent } = run;
    if (parent && !parent.type.allowsMarkType(mark.type)) continue;
    if (add) tr.addMark(run.from, run.to, mark);
    else tr.removeMark(run.from, run.to, mark.type);
    if (ctx.ownsInsertion(node) || ctx.inOwnInsertedBlock(tr.doc.resolve(run.from))) continue;
    if (parent && !parent.type.allowsMarkType(changeType))
      throw new Unsuggestable(`${parent.type.name} format`);
    const existing = node.marks.find((m) => m.type === changeType);
    if (existing && !ctx.owns(existing.attrs)) throw new Unsuggestable("another author's format change");
    const had = String(existing?.attrs.before ?? '').split(',');
    const before = (
      existing ? FORMAT_MARKS.filter((name) => had.includes(name)) : formatsOf(node.marks)
    ).join(',');
    const after = formatsOf(add ? mark.addToSet(node.marks) : mark.removeFromSet(node.marks)).join(',');
    tr.removeMark(run.from, run.to, changeType);
    if (after !== before)
      tr.addMark(
        run.from,
        run.to,
        ctx.mark(MARK.formatChange, (existing?.attrs.id as string) ?? id, { before }),
      );
  }
}
