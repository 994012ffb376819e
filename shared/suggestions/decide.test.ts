import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../clauses.ts';
import { agreementSchema } from '../schema/index.ts';
import { acceptAll, decideSuggestions, hasSuggestions, listSuggestions, rejectAll } from './index.ts';

const A = { id: 'sA', party: 'pA', user: 'uA', ts: '2026-12-05T06:00:00.000Z' };
const B = { id: 'sB', party: 'pB', user: 'uB', ts: '2026-12-05T06:01:00.000Z' };
const t = (text: string, ...marks: { type: string; attrs?: Record<string, unknown> }[]): PMJSON =>
  marks.length ? { type: 'text', text, marks } : { type: 'text', text };
const p = (...content: PMJSON[]): PMJSON => ({ type: 'paragraph', content });
const ins = (s = A) => ({ type: 'insertion', attrs: s });
const del = (s = A) => ({ type: 'deletion', attrs: s });

const clause = (...blocks: PMJSON[]): PMJSON => ({
  type: 'clause',
  attrs: { id: 'c1' },
  content: [{ type: 'clauseHeading', content: [t('Ruang Lingkup')] }, ...blocks],
});

describe('decideSuggestions', () => {
  it('accepts and rejects insertions and deletions of text', () => {
    const doc = clause(p(t('Para '), t('PIHAK', del()), t('Pihak', ins()), t(' sepakat.')));
    expect(acceptAll(doc).content?.[1]).toEqual(p(t('Para Pihak sepakat.')));
    expect(rejectAll(doc).content?.[1]).toEqual(p(t('Para PIHAK sepakat.')));
  });

  it('decides only the selected suggestions', () => {
    const doc = p(t('a'), t('b', ins(A)), t('c', ins(B)));
    expect(decideSuggestions(doc, 'reject', (s) => s.id === 'sA')).toEqual(p(t('a'), t('c', ins(B))));
  });

  it('rejecting a deletion of another author’s insertion keeps the insertion pending', () => {
    const doc = p(t('x'), t('yy', ins(A), del(B)));
    expect(decideSuggestions(doc, 'reject', (s) => s.id === 'sB')).toEqual(p(t('x'), t('yy', ins(A))));
    expect(decideSuggestions(doc, 'accept', (s) => s.id === 'sA')).toEqual(p(t('x'), t('yy', del(B))));
    expect(rejectAll(doc)).toEqual(p(t('x')));
  });

  it('restores the formatting a rejected format change replaced', () => {
    const doc = p(t('tebal', { type: 'italic' }, { type: 'formatChange', attrs: { ...A, before: 'bold' } }));
    expect(rejectAll(doc)).toEqual(p(t('tebal', { type: 'bold' })));
    expect(acceptAll(doc)).toEqual(p(t('tebal', { type: 'italic' })));
  });

  it('inserts, deletes, splits and joins whole blocks', () => {
    const added = { ...p(t('baru')), attrs: { suggestion: { ...A, kind: 'insert' } } };
    const gone = { ...p(t('lama')), attrs: { suggestion: { ...B, kind: 'delete' } } };
    const split = { ...p(t('kedua')), attrs: { suggestion: { ...A, id: 'sS', kind: 'split' } } };
    const joined = { ...p(t('ketiga')), attrs: { suggestion: { ...B, id: 'sJ', kind: 'join' } } };
    const doc = clause(p(t('pertama ')), split, added, gone, p(t('keempat')), joined);
    const text = (n: PMJSON) => (n.content ?? []).slice(1).map((b) => b.content?.map((c) => c.text).join(''));
    expect(text(acceptAll(doc))).toEqual(['pertama ', 'kedua', 'baru', 'keempatketiga']);
    expect(text(rejectAll(doc))).toEqual(['pertama kedua', 'lama', 'keempat', 'ketiga']);
    expect(hasSuggestions(doc)).toBe(true);
    expect(hasSuggestions(acceptAll(doc))).toBe(false);
  });

  it('joins a split ayat back into the one before it, and drops a list left empty', () => {
    const item = (id: string, text: string, suggestion: object | null = null): PMJSON => ({
      type: 'ayatItem',
      attrs: { id, suggestion },
      content: [p(t(text))],
    });
    const list = {
      type: 'ayatList',
      content: [item('a1', 'abc'), item('a2', 'def', { ...A, kind: 'split' })],
    };
    expect(rejectAll(clause(list)).content?.[1]).toEqual({
      type: 'ayatList',
      content: [{ type: 'ayatItem', attrs: { id: 'a1', suggestion: null }, content: [p(t('abcdef'))] }],
    });
    const onlyNew = { type: 'ayatList', content: [item('a3', 'x', { ...A, kind: 'insert' })] };
    expect(rejectAll(clause(onlyNew)).content).toHaveLength(1);
  });

  it('gives the schema a valid document either way', () => {
    const doc: PMJSON = {
      type: 'doc',
      content: [clause(p(t('a', ins())), { ...p(t('b')), attrs: { suggestion: { ...A, kind: 'split' } } })],
    };
    const schema = agreementSchema();
    for (const out of [acceptAll(doc), rejectAll(doc)])
      expect(() => schema.nodeFromJSON(out).check()).not.toThrow();
    expect(() => schema.nodeFromJSON(doc).check()).not.toThrow();
  });
});

describe('listSuggestions', () => {
  it('gathers the pieces of each suggestion with its Pasal', () => {
    const doc = { type: 'doc', content: [clause(p(t('PIHAK', del()), t('Pihak', ins()), t('!', ins(B))))] };
    expect(listSuggestions(doc)).toEqual([
      { ...A, clauseId: 'c1', inserted: 'Pihak', deleted: 'PIHAK', formats: 0, blocks: [] },
      { ...B, clauseId: 'c1', inserted: '!', deleted: '', formats: 0, blocks: [] },
    ]);
  });
});
