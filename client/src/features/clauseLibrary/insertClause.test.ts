import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../../../shared/clauses.ts';
import { chapter, clause, clauseIds, doc, p, stateIn } from '../../document/fixtures.ts';
import { insertLibraryClause } from './insertClause.ts';

const body = () =>
  doc(
    { type: 'preamble', content: [p('Pada hari ini')] },
    clause('a', 'MAKSUD DAN TUJUAN', p('Maksud.')),
    clause('b', 'RUANG LINGKUP', p('Lingkup.')),
    { type: 'closing', content: [p('Demikian')] },
  );
const kahar: PMJSON = clause('kahar', 'KEADAAN KAHAR', p('Keadaan kahar adalah ...'));

describe('inserting a clause from the library', () => {
  it('puts it right after the Pasal holding the cursor, cursor in its heading', () => {
    const tr = insertLibraryClause(stateIn(body(), 'a'), kahar);
    expect(clauseIds(tr.doc)).toEqual(['a', 'kahar', 'b']);
    expect(tr.selection.$from.parent.type.name).toBe('clauseHeading');
    expect(tr.selection.$from.parent.textContent).toBe('KEADAAN KAHAR');
  });

  it('puts it after the last Pasal when the cursor is in the opening or the closing', () => {
    const fromPreamble = insertLibraryClause(stateIn(body()), kahar);
    expect(clauseIds(fromPreamble.doc)).toEqual(['a', 'b', 'kahar']);
    expect(fromPreamble.doc.lastChild?.type.name).toBe('closing');

    const start = stateIn(body());
    // Inside the closing's paragraph.
    const at = start.doc.content.size - 3;
    const inClosing = start.apply(start.tr.setSelection(TextSelection.create(start.doc, at)));
    expect(inClosing.selection.$from.node(1).type.name).toBe('closing');
    const fromClosing = insertLibraryClause(inClosing, kahar);
    expect(clauseIds(fromClosing.doc)).toEqual(['a', 'b', 'kahar']);
  });

  it('puts it before a closing Pasal PENUTUP, or before a closing BAB PENUTUP, from outside any Pasal', () => {
    const withPenutup = () =>
      doc(
        { type: 'preamble', content: [p('Pada hari ini')] },
        clause('a', 'MAKSUD DAN TUJUAN', p('Maksud.')),
        clause('z', 'PENUTUP', p('Hal-hal yang belum diatur ...')),
        { type: 'closing', content: [p('Demikian')] },
      );
    expect(clauseIds(insertLibraryClause(stateIn(withPenutup()), kahar).doc)).toEqual(['a', 'kahar', 'z']);
    // With the caret in PENUTUP itself, the user asked for after it.
    expect(clauseIds(insertLibraryClause(stateIn(withPenutup(), 'z'), kahar).doc)).toEqual([
      'a',
      'z',
      'kahar',
    ]);

    const withBab = doc(
      { type: 'preamble', content: [p('Pada hari ini')] },
      chapter('bab1', 'KETENTUAN UMUM'),
      clause('a', 'MAKSUD DAN TUJUAN', p('Maksud.')),
      chapter('bab2', 'PENUTUP'),
      clause('y', 'PERUBAHAN', p('Perubahan.')),
      clause('z', 'LAIN-LAIN', p('Lain.')),
      { type: 'closing', content: [p('Demikian')] },
    );
    const tr = insertLibraryClause(stateIn(withBab), kahar);
    const order: string[] = [];
    tr.doc.forEach((n) => {
      order.push(n.type.name === 'chapter' ? `BAB ${n.textContent}` : String(n.attrs.id ?? n.type.name));
    });
    expect(order).toEqual([
      'preamble',
      'BAB KETENTUAN UMUM',
      'a',
      'kahar',
      'BAB PENUTUP',
      'y',
      'z',
      'closing',
    ]);
  });

  it('refuses JSON that is not a clause', () => {
    expect(() => insertLibraryClause(stateIn(body(), 'a'), p('lepas'))).toThrow(/clause/);
  });
});
