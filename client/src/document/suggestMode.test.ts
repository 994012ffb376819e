import type { Editor } from '@tiptap/core';
import { sinkListItem } from '@tiptap/pm/schema-list';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { ayat, clause, doc, p, t } from '../../../shared/suggestions/engine/fixtures.ts';
import {
  blockedInSuggestMode,
  type SuggestModeState,
  suggestedDispatch,
  suggestModeKey,
  suggestModePlugin,
  switched,
} from './suggestMode.ts';

const author = { party: 'pA', user: 'uA' };
const body = doc(clause('c1', 'Ruang Lingkup', p(t('Para Pihak sepakat.')), ayat('satu', 'dua')));

function stateIn(mode: Partial<SuggestModeState>, caret = 'sepakat'): EditorState {
  const schema = agreementSchema();
  const node = schema.nodeFromJSON(body);
  let pos = 0;
  node.descendants((n, p) => {
    if (n.isText && n.text?.includes(caret)) pos = p + n.text.indexOf(caret);
    return pos === 0;
  });
  const state = EditorState.create({
    schema,
    doc: node,
    plugins: [suggestModePlugin({ on: false, forced: false, author, ...mode })],
  });
  return state.apply(state.tr.setSelection(TextSelection.create(node, pos)));
}

const marksOfTyped = (tr: Transaction | null, typed: string) => {
  let marks: string[] = [];
  tr?.doc.descendants((n) => {
    if (n.isText && n.text === typed) marks = n.marks.map((m) => `${m.type.name}:${m.attrs.user ?? ''}`);
  });
  return marks;
};

describe('suggestion mode', () => {
  it('rewrites a local change as the author’s suggestion', () => {
    const state = stateIn({ on: true });
    const out = suggestedDispatch(state, state.tr.insertText('baru '));
    expect(marksOfTyped(out, 'baru ')).toEqual(['insertion:uA']);
  });

  it('passes changes from Yjs (remote, undo, redo) as they are', () => {
    const state = stateIn({ on: true });
    const remote = state.tr.insertText('lain ').setMeta(ySyncPluginKey, { isChangeOrigin: true });
    expect(suggestedDispatch(state, remote)).toBe(remote);
  });

  it('out of it, direct text carries no suggestion it was copied with', () => {
    const state = stateIn({ on: false });
    const mark = agreementSchema().marks.insertion!.create({
      id: 's1',
      party: 'pB',
      user: 'uB',
      ts: '2026-12-05T06:00:00Z',
    });
    const tr = state.tr.insert(state.selection.from, agreementSchema().text('salin ', [mark]));
    expect(marksOfTyped(suggestedDispatch(state, tr), 'salin ')).toEqual([]);
  });

  it('refuses what cannot be suggested (indenting an ayat), and everything without an author', () => {
    const inList = stateIn({ on: true }, 'dua');
    let indent: Transaction | null = null;
    expect(
      sinkListItem(agreementSchema().nodes.ayatItem!)(inList, (tr) => {
        indent = tr;
      }),
    ).toBe(true);
    expect(suggestedDispatch(inList, indent as unknown as Transaction)).toBeNull();
    const nobody = stateIn({ on: true, author: null });
    expect(suggestedDispatch(nobody, nobody.tr.insertText('x'))).toBeNull();
  });

  it('a suggest-only member stays in suggestion mode', () => {
    const forced = stateIn({ forced: true });
    const mode = suggestModeKey.getState(forced)!;
    expect(mode.on).toBe(true);
    expect(switched(mode, false)).toBeNull();
    expect(switched({ on: false, forced: false, author: null }, true)).toBeNull();
    expect(switched({ on: true, forced: false, author }, false)).toEqual({
      on: false,
      forced: false,
      author,
    });
  });

  it('says why a structural command is unavailable, in Bahasa Indonesia and English', () => {
    const on = { state: stateIn({ on: true }) } as Editor;
    const off = { state: stateIn({ on: false }) } as Editor;
    expect(blockedInSuggestMode(on, 'moveClause')?.id).toMatch(/Pasal/);
    expect(blockedInSuggestMode(on, 'table')?.en).toMatch(/table/);
    expect(blockedInSuggestMode(off, 'moveClause')).toBeNull();
  });
});
