import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import {
  convertTypedPasal,
  insertChapterAfterCurrent,
  insertClauseAfterCurrent,
  moveClauseBefore,
  moveCurrentClause,
} from './clauseCommands.ts';
import { chapter, clause, clauseIds, doc, p, stateIn } from './fixtures.ts';
import { topLevelAt } from './topLevel.ts';

const three = () =>
  doc(
    { type: 'preamble', content: [p('Pada hari ini')] },
    clause('a', 'MAKSUD', p('satu')),
    clause('b', 'RUANG LINGKUP', p('dua')),
    clause('c', 'JANGKA WAKTU', p('tiga')),
    { type: 'closing', content: [p('Demikian')] },
  );

describe('moveCurrentClause', () => {
  it('moves the Pasal holding the cursor up and keeps the cursor in it', () => {
    const state = stateIn(three(), 'b', 3);
    const { tr } = moveCurrentClause(state, -1)!;
    expect(clauseIds(tr.doc)).toEqual(['b', 'a', 'c']);
    expect(topLevelAt(tr.doc, tr.selection.from)?.node.attrs.id).toBe('b');
  });

  it('moves down, and stops at the preamble and the closing', () => {
    const down = moveCurrentClause(stateIn(three(), 'b'), 1)!;
    expect(down).toMatchObject({ id: 'b', from: 2, before: 4 });
    expect(clauseIds(down.tr.doc)).toEqual(['a', 'c', 'b']);
    expect(moveCurrentClause(stateIn(three(), 'a'), -1)).toBeNull();
    expect(moveCurrentClause(stateIn(three(), 'c'), 1)).toBeNull();
  });

  it('renumbers: the moved clause takes its new number from position', () => {
    const { tr } = moveCurrentClause(stateIn(three(), 'c'), -1)!;
    const outline = outlineOf(tr.doc.toJSON() as PMJSON);
    expect(outline.clauses.map((c) => `${c.number}:${c.id}`)).toEqual(['1:a', '2:c', '3:b']);
  });
});

describe('moveClauseBefore', () => {
  it('drops a clause before another one or at the end', () => {
    const state = stateIn(three());
    expect(clauseIds(moveClauseBefore(state, 'c', 'a')!.tr.doc)).toEqual(['c', 'a', 'b']);
    expect(moveClauseBefore(state, 'c', 'a')).toMatchObject({ id: 'c', from: 3, before: 1 });
    expect(clauseIds(moveClauseBefore(state, 'a', null)!.tr.doc)).toEqual(['b', 'c', 'a']);
    expect(moveClauseBefore(state, 'a', null)).toMatchObject({ from: 1, before: 4 });
    expect(moveClauseBefore(state, 'a', 'b')).toBeNull(); // already there
    expect(moveClauseBefore(state, 'c', null)).toBeNull();
  });
});

describe('insertClauseAfterCurrent / insertChapterAfterCurrent', () => {
  it('inserts an empty Pasal after the current one with the cursor in its heading', () => {
    const tr = insertClauseAfterCurrent(stateIn(three(), 'a'));
    const outline = outlineOf(tr.doc.toJSON() as PMJSON);
    expect(outline.clauses.map((c) => c.heading)).toEqual(['MAKSUD', '', 'RUANG LINGKUP', 'JANGKA WAKTU']);
    expect(tr.selection.$from.parent.type.name).toBe('clauseHeading');
  });

  it('puts a new Pasal before the closing when the cursor is in it', () => {
    const state = stateIn(three());
    const inClosing = state.apply(state.tr.setSelection(TextSelection.atEnd(state.doc)));
    const tr = insertClauseAfterCurrent(inClosing);
    expect(tr.doc.lastChild?.type.name).toBe('closing');
    expect(outlineOf(tr.doc.toJSON() as PMJSON).clauses).toHaveLength(4);
  });

  it('inserts a BAB heading after the current clause', () => {
    const tr = insertChapterAfterCurrent(stateIn(three(), 'a'));
    const outline = outlineOf(tr.doc.toJSON() as PMJSON);
    expect(outline.chapters).toHaveLength(1);
    expect(outline.clauses.map((c) => c.chapterId)).toEqual([
      null,
      outline.chapters[0]!.id,
      outline.chapters[0]!.id,
    ]);
    expect(tr.selection.$from.parent.type.name).toBe('chapter');
  });
});

describe('convertTypedPasal', () => {
  const at = (node: ReturnType<typeof doc>, text: string) => {
    const state = stateIn(node);
    let pos = -1;
    node.descendants((n, p0) => {
      if (n.isTextblock && n.textContent === text) pos = p0 + 1 + n.content.size;
      return pos < 0;
    });
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  };

  it('turns a top-level "Pasal 4" line into a new clause', () => {
    const tr = convertTypedPasal(at(doc(clause('a', 'X', p('x')), p('Pasal 4')), 'Pasal 4'))!;
    expect(outlineOf(tr.doc.toJSON() as PMJSON).clauses).toHaveLength(2);
    expect(tr.selection.$from.parent.type.name).toBe('clauseHeading');
  });

  it('splits a clause: what follows the line moves to the new Pasal', () => {
    const node = doc(clause('a', 'X', p('satu'), p('PASAL 2'), p('dua')));
    const tr = convertTypedPasal(at(node, 'PASAL 2'))!;
    const json = tr.doc.toJSON() as PMJSON;
    expect(json.content?.map((c) => c.content?.map((b) => b.content?.[0]?.text ?? ''))).toEqual([
      ['X', 'satu'],
      ['', 'dua'],
    ]);
  });

  it('leaves other lines alone', () => {
    expect(convertTypedPasal(at(doc(p('Pasal ini berlaku')), 'Pasal ini berlaku'))).toBeNull();
    expect(convertTypedPasal(at(doc(chapter('c', 'UMUM')), 'UMUM'))).toBeNull();
  });
});
