import { describe, expect, it } from 'vitest';
import { enterAtHeadingEnd, enterAtHeadingStart, jumpSelection } from './clauseBody.ts';
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

describe('enterAtHeadingEnd', () => {
  it('moves the caret into the empty paragraph under a new Pasal heading, adding none', () => {
    const node = doc(clause('n', 'KERAHASIAAN', p('')), clause('z', 'PENUTUP', p('akhir')));
    const tr = enterAtHeadingEnd(stateIn(node, 'n', 2 + 'KERAHASIAAN'.length))!;
    expect(tr.doc.eq(node)).toBe(true);
    expect(tr.selection.$from.parent).toBe(tr.doc.child(0).child(1));
  });

  it('leaves other places to the usual Enter', () => {
    // The middle of a heading, a body that already has words, a Pasal without body.
    expect(enterAtHeadingEnd(stateIn(doc(clause('n', 'KERAHASIAAN', p(''))), 'n', 4))).toBeNull();
    expect(enterAtHeadingEnd(stateIn(agreement(), 'a', 2 + 'MAKSUD'.length))).toBeNull();
    expect(enterAtHeadingEnd(stateIn(agreement(), 'c', 2 + 'JANGKA WAKTU'.length))).toBeNull();
  });
});
