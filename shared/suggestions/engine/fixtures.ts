import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { PMJSON } from '../../clauses.ts';
import { agreementSchema } from '../../schema/index.ts';
import { acceptAll as acceptAllOf, normalised, rejectAll as rejectAllOf } from '../decide.ts';
import type { SuggestionAuthor } from './context.ts';
import { withoutInheritedSuggestions } from './direct.ts';
import { suggestTransaction } from './suggest.ts';

/** Fixtures of the engine's tests: documents that read like agreements, and a fixed clock. */
export const A: SuggestionAuthor = { party: 'pA', user: 'uA' };
export const B: SuggestionAuthor = { party: 'pB', user: 'uB' };

export const t = (text: string, ...marks: PMJSON[]): PMJSON =>
  marks.length ? { type: 'text', text, marks } : { type: 'text', text };
export const p = (...content: PMJSON[]): PMJSON => ({ type: 'paragraph', content });
export const clause = (id: string, heading: string, ...blocks: PMJSON[]): PMJSON => ({
  type: 'clause',
  attrs: { id },
  content: [{ type: 'clauseHeading', content: [t(heading)] }, ...blocks],
});
export const ayat = (...items: string[]): PMJSON => ({
  type: 'ayatList',
  content: items.map((text, i) => ({ type: 'ayatItem', attrs: { id: `a${i}` }, content: [p(t(text))] })),
});
export const doc = (...content: PMJSON[]): PMJSON => ({ type: 'doc', content });

export function stateOf(json: PMJSON): EditorState {
  return EditorState.create({ schema: agreementSchema(), doc: agreementSchema().nodeFromJSON(json) });
}

/** The position just before the first occurrence of `text` in the document (after it with `after`). */
export function at(node: PMNode, text: string, after = false): number {
  let found = -1;
  node.descendants((child, pos) => {
    if (found >= 0) return false;
    if (child.isText && child.text?.includes(text))
      found = pos + child.text.indexOf(text) + (after ? text.length : 0);
    return found < 0;
  });
  if (found < 0) throw new Error(`no "${text}"`);
  return found;
}

/** The state with its selection set to `[from, to]` (a caret when `to` is left out). */
export const select = (state: EditorState, from: number, to = from) =>
  state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));

let counter = 0;
/** Deterministic ids and clock so expected documents can be written out. */
export const fixed = () => ({
  now: () => new Date('2026-12-05T06:00:00.000Z'),
  newId: () => `s${++counter}`,
});
export const resetIds = () => {
  counter = 0;
};

/**
 * Runs `command` on `state` as `author` in suggestion mode; returns the new state (throws if
 * refused). `sameAccepted`: whether accepting everything must give the command's own document
 * (not when the engine deliberately does better, as joining an ayat split back whole).
 */
export function suggest(
  state: EditorState,
  author: SuggestionAuthor,
  command: (s: EditorState, d: (tr: Transaction) => void) => boolean,
  sameAccepted = true,
): EditorState {
  let made: Transaction | null = null;
  if (
    !command(state, (tr) => {
      made = tr;
    })
  )
    throw new Error('command did not apply');
  const original = made as unknown as Transaction;
  const out = suggestTransaction(state, original, author, fixed());
  if (!out) throw new Error('refused');
  const next = state.apply(out);
  next.doc.check();
  // The command's own document, less any suggestion its inserted text inherited (typed inside struck text).
  const commanded = withoutInheritedSuggestions(original).doc;
  // What every suggestion must keep: accepting gives the command's document, rejecting the one before.
  const json = (n: PMNode) => normalised(n.toJSON() as PMJSON);
  // Through the schema, so an emptied block reads the same with or without `content: []`.
  const read = (j: PMJSON) => agreementSchema().nodeFromJSON(j).toJSON();
  const acceptAll = (j: PMJSON) => read(acceptAllOf(j));
  const rejectAll = (j: PMJSON) => read(rejectAllOf(j));
  if (
    sameAccepted &&
    JSON.stringify(acceptAll(json(next.doc))) !== JSON.stringify(acceptAll(json(commanded)))
  )
    throw new Error(
      `accept-all differs:\n${JSON.stringify(acceptAll(json(next.doc)))}\n${JSON.stringify(acceptAll(json(commanded)))}`,
    );
  if (JSON.stringify(rejectAll(json(next.doc))) !== JSON.stringify(rejectAll(json(state.doc))))
    throw new Error(
      `reject-all differs:\n${JSON.stringify(rejectAll(json(next.doc)))}\n${JSON.stringify(rejectAll(json(state.doc)))}`,
    );
  return next;
}

/** Whether the command is refused in suggestion mode. */
export function refused(
  state: EditorState,
  author: SuggestionAuthor,
  command: (s: EditorState, d: (tr: Transaction) => void) => boolean,
): boolean {
  let made: Transaction | null = null;
  command(state, (tr) => {
    made = tr;
  });
  return made !== null && suggestTransaction(state, made, author, fixed()) === null;
}

/** JSON without the `suggestion: null` every block has, for reading expectations. */
export function bare(node: PMJSON): PMJSON {
  const out: PMJSON = { ...node };
  if (out.attrs && out.attrs.suggestion === null) {
    const { suggestion: _, ...rest } = out.attrs;
    if (Object.keys(rest).length) out.attrs = rest;
    else delete out.attrs;
  }
  if (out.content) out.content = out.content.map(bare);
  return out;
}

/** The first clause's body blocks as normalised JSON. */
export const body = (state: EditorState) =>
  (bare(normalised(state.doc.toJSON() as PMJSON)).content?.[0]?.content ?? []).slice(1);

/** A seeded generator (mulberry32), so a failing order or edit can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dispatches `tr` and reports the command applied: the tail of a hand-written command. */
export function dispatched(dispatch: (tr: Transaction) => void, tr: Transaction): true {
  dispatch(tr);
  return true;
}
