import { describe, expect, it } from 'vitest';
import { enterAtHeadingStart, jumpSelection } from './clauseBody.ts';
import { ayat, chapter, clause, doc, p, stateIn } from './fixtures.ts';

const agreement = () =>
  doc(
    { type: 'preamble', content: [p('Pada hari ini')] },
    chapter('bab', 'KETENTUAN UMUM'),
    clause('a', 'MAKSUD', p('satu')),
    clause('b', 'RUANG LINGKUP', ayat(['x', 'Ayat pertama'])),
    clause('c', 'JANGKA WAKTU'),
  );

describe('jumpSelection', () => {
  it('puts the caret at the start of the Pasal body: its paragraph or its first ayat', () => {
    const node = agreement();
    const a = jumpSelection(node, 'a')!;
    expect(a.$from.parent.type.name).toBe('paragraph');
    expect(a.$from.parent.textContent).toBe('satu');
    expect(a.$from.parentOffset).toBe(0);
    const b = jumpSelection(node, 'b')!;
    expect(b.$from.parent.textContent).toBe('Ayat pertama');
    expect(b.$from.parentOffset).toBe(0);
  });

  it('falls back to the end of the heading of a Pasal without body, the start of a BAB, null for no node', () => {
    const node = agreement();
    const c = jumpSelection(node, 'c')!;
    expect(c.$from.parent.type.name).toBe('clauseHeading');
    expect(c.$from.parentOffset).toBe('JANGKA WAKTU'.length);
    const bab = jumpSelection(node, 'bab')!;
    expect(bab.$from.parent.type.name).toBe('chapter');
    expect(bab.$from.parentOffset).toBe(0);
    expect(jumpSelection(node, 'missing')).toBeNull();
  });
});

describe('enterAtHeadingStart', () => {
  it('opens an empty paragraph after the heading and keeps the heading', () => {
    const state = stateIn(agreement(), 'a');
    expect(state.selection.$from.parent.type.name).toBe('clauseHeading');
    const tr = enterAtHeadingStart(state)!;
    const a = tr.doc.child(2);
    expect(a.child(0).type.name).toBe('clauseHeading');
    expect(a.child(0).textContent).toBe('MAKSUD');
    expect(a.child(1).type.name).toBe('paragraph');
    expect(a.child(1).textContent).toBe('');
    expect(a.child(2).textContent).toBe('satu');
    expect(tr.selection.$from.parent).toBe(a.child(1));
  });

  it('leaves other places to the usual Enter', () => {
    expect(enterAtHeadingStart(stateIn(agreement(), 'a', 4))).toBeNull();
    expect(enterAtHeadingStart(stateIn(doc(clause('e', '')), 'e'))).toBeNull();
  });
});
