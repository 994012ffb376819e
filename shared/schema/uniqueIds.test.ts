import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { clause, paragraph } from '../../tests/support/bodyEdits.ts';
import { agreementSchema } from './extensions.ts';
import { uniqueIdsPlugin } from './uniqueIds.ts';

const REMOTE = 'remote';
const plugin = uniqueIdsPlugin((tr) => tr.getMeta(REMOTE) === true);
const ids = (state: EditorState) => {
  const out: string[] = [];
  state.doc.forEach((n) => {
    out.push(String(n.attrs.id));
  });
  return out;
};
const twoClauses = () =>
  EditorState.create({
    schema: agreementSchema(),
    plugins: [plugin],
    doc: agreementSchema().nodeFromJSON({
      type: 'doc',
      content: [clause('a', 'SATU', paragraph('satu')), clause('b', 'DUA', paragraph('dua'))],
    }),
  });

describe('uniqueIds', () => {
  it('gives a clause pasted here a new id, the original keeping its own', () => {
    const state = twoClauses();
    const { state: after } = state.applyTransaction(
      state.tr.insert(state.doc.content.size, state.doc.child(0)),
    );
    const [a, b, copy] = ids(after);
    expect([a, b]).toEqual(['a', 'b']);
    expect(copy).not.toBe('a');
    expect(copy).toMatch(/\w{6,}/);
  });

  it("leaves a Pasal twice by another device's change as it is, also at the next keystroke here", () => {
    const state = twoClauses();
    const remote = state.tr.insert(state.doc.content.size, state.doc.child(0)).setMeta(REMOTE, true);
    const { state: after } = state.applyTransaction(remote);
    expect(ids(after)).toEqual(['a', 'b', 'a']);
    const typed = after.applyTransaction(after.tr.insertText('x', 4)).state;
    expect(ids(typed)).toEqual(['a', 'b', 'a']);
    // Once the copies are merged (another remote change), duplicates made here are renamed again.
    const merged = typed.applyTransaction(
      typed.tr
        .delete(typed.doc.content.size - typed.doc.child(2).nodeSize, typed.doc.content.size)
        .setMeta(REMOTE, true),
    ).state;
    const pasted = merged.applyTransaction(
      merged.tr.insert(merged.doc.content.size, merged.doc.child(1)),
    ).state;
    expect(ids(pasted).slice(0, 2)).toEqual(['a', 'b']);
    expect(ids(pasted)[2]).not.toBe('b');
  });
});
