import { type EditorState, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceStep, type Step } from '@tiptap/pm/transform';
import { MARK } from '../../schema/names.ts';
import { FORMAT_MARKS, isSuggestionMark } from '../stamp.ts';
import { type SuggestionAuthor, SuggestionContext, type SuggestOptions, Unsuggestable } from './context.ts';
import { suggestFormat } from './formatted.ts';
import { suggestedSlice } from './inserted.ts';
import { joinBack, planRemoval, withdrawsSplit, writeRemoval } from './removed.ts';

/** Maps a position of the original transaction's document (after some of its steps) into the suggested one. */
type PositionMap = (pos: number, assoc: number) => number;

/**
 * The transaction `tr` (made by an ordinary command on `state`) rewritten as suggestions by
 * `author`, or null when it cannot be proposed safely and must be refused.
 *
 * Each step is replayed on the suggested document: removed text is struck instead (or removed
 * when it is the author's own pending insertion), inserted content carries the author's
 * `insertion` (reusing the id of the author's adjacent suggestion), a cut becomes a `split`
 * block, a removed block boundary a `join`, a whole block `insert`/`delete`, and bold, italic or
 * underline a `formatChange`. Accepting every suggestion gives what `tr` would have made;
 * rejecting them gives back `state`'s text.
 */
export function suggestTransaction(
  state: EditorState,
  tr: Transaction,
  author: SuggestionAuthor,
  options: SuggestOptions = {},
): Transaction | null {
  const ctx = new SuggestionContext(state.schema, author, options);
  const out = state.tr;
  let map: PositionMap = (pos) => pos;
  try {
    tr.steps.forEach((step) => {
      map = replay(out, step, map, ctx);
    });
  } catch (error) {
    if (error instanceof Unsuggestable) return null;
    throw error;
  }
  placeSelection(state, tr, out, map);
  if (tr.storedMarksSet)
    out.setStoredMarks(tr.storedMarks?.filter((m) => !isSuggestionMark(m.type.name)) ?? null);
  for (const [key, value] of Object.entries((tr as unknown as { meta: Record<string, unknown> }).meta))
    out.setMeta(key, value);
  return out;
}

/** Applies one original step to `out` in suggestion form; returns the position map after it. */
function replay(out: Transaction, step: Step, map: PositionMap, ctx: SuggestionContext): PositionMap {
  const start = out.steps.length;
  const after =
    (prior: PositionMap): PositionMap =>
    (pos, assoc) =>
      out.mapping.slice(start).map(prior(pos, assoc), assoc);

  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
    const from = map(step.from, 1);
    const to = map(step.to, -1);
    if (FORMAT_MARKS.includes(step.mark.type.name))
      suggestFormat(out, from, to, step.mark, step instanceof AddMarkStep, ctx, ctx.newId());
    else if (step instanceof AddMarkStep) out.addMark(from, to, step.mark);
    else out.removeMark(from, to, step.mark);
    return after(map);
  }
  if (step instanceof AttrStep) {
    out.setNodeAttribute(map(step.pos, 1), step.attr, step.value);
    return after(map);
  }
  if (!(step instanceof ReplaceStep)) throw new Unsuggestable(step.constructor.name);
  return replayReplace(out, step, map, ctx);
}

function replayReplace(
  out: Transaction,
  step: ReplaceStep,
  map: PositionMap,
  ctx: SuggestionContext,
): PositionMap {
  const start = out.steps.length;
  const a = map(step.from, 1);
  const b = step.to === step.from ? a : map(step.to, -1);
  const inserts = step.slice.size > 0;
  const plan = planRemoval(out.doc, a, b, ctx);
  const done = (insertedAt: number) => {
    replayed.set(step, { before: out.mapping.slice(start).map(a, -1), after: insertedAt });
    return followsReplace(out, start, map, step, insertedAt);
  };

  if (!inserts && plan.ownSplits.length > 0 && withdrawsSplit(plan)) {
    const [pos] = plan.ownSplits as [number];
    const at = joinBack(out, pos);
    return done(at);
  }
  const id = chooseId(out, a, b, inserts, ctx);
  writeRemoval(out, plan, ctx, id);
  const at = out.mapping.slice(start).map(b, 1);
  if (inserts) {
    const $at = out.doc.resolve(at);
    const slice = suggestedSlice(step.slice, $at.parent.type, ctx, id, {
      direct: ctx.inOwnInsertedBlock($at),
      atEnd: $at.parent.isTextblock && $at.parentOffset === $at.parent.content.size,
      inOthersBlock: ctx.inOthersInsertedBlock($at),
    });
    if (out.maybeStep(new ReplaceStep(at, at, slice)).failed) throw new Unsuggestable('slice does not fit');
  }
  return done(at);
}

/** Where each replayed step's range begins and ends in the suggested document (for the caret). */
const replayed = new WeakMap<Step, { before: number; after: number }>();

/**
 * The position map after a replace step whose inserted content starts at `insertedAt` in `out`:
 * before the step's range positions map as before, inside its inserted content to the same
 * offset from `insertedAt`, and after it past whatever the suggestion kept.
 */
function followsReplace(
  out: Transaction,
  start: number,
  prior: PositionMap,
  step: ReplaceStep,
  insertedAt: number,
): PositionMap {
  const size = step.slice.size;
  const removed = step.to - step.from;
  const mapping = out.mapping.slice(start);
  return (pos, assoc) => {
    if (pos < step.from) return mapping.map(prior(pos, assoc), assoc);
    if (pos <= step.from + size) return insertedAt + (pos - step.from);
    return mapping.map(prior(pos - size + removed, assoc), assoc);
  };
}

/**
 * One id for the pieces a step proposes (a replacement's deletion and insertion share it):
 * the author's adjacent suggestion's id when there is one, so typing or deleting on extends it.
 */
function chooseId(out: Transaction, a: number, b: number, inserts: boolean, ctx: SuggestionContext): string {
  const $a = out.doc.resolve(a);
  const $b = out.doc.resolve(b);
  const names = a < b ? [MARK.deletion] : inserts ? [MARK.insertion] : [];
  for (const name of names) {
    const id =
      ctx.ownMarkId($a.nodeBefore, name) ??
      ctx.ownMarkId($b.nodeAfter, name) ??
      (a < b ? null : ctx.ownMarkId($a.nodeAfter, name));
    if (id) return id;
  }
  return ctx.newId();
}

/**
 * The suggested transaction's selection: the original's, mapped. After Backspace the caret
 * goes before what was struck (so the next Backspace strikes on); after Delete, after it.
 */
function placeSelection(state: EditorState, tr: Transaction, out: Transaction, map: PositionMap): void {
  const only = tr.steps.length === 1 ? tr.steps[0] : undefined;
  const range = only && replayed.get(only);
  const { selection } = state;
  try {
    if (range && only instanceof ReplaceStep && only.slice.size === 0 && selection.empty) {
      const back = selection.head === only.to;
      out.setSelection(Selection.near(out.doc.resolve(back ? range.before : range.after), back ? -1 : 1));
      return;
    }
    const sel = tr.selection;
    if (sel instanceof TextSelection) {
      const $anchor = out.doc.resolve(map(sel.anchor, -1));
      out.setSelection(TextSelection.between($anchor, out.doc.resolve(map(sel.head, -1))));
      return;
    }
    out.setSelection(Selection.near(out.doc.resolve(map(sel.from, -1))));
  } catch {
    // a position the suggestion moved out of the document's text: keep the mapped selection
  }
}
