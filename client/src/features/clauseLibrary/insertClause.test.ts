import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { PMJSON } from '../../../../shared/clauses.ts';
import { clause, clauseIds, doc, p, stateIn } from '../../editor/fixtures.ts';
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

  it('refuses JSON that is not a clause', () => {
    expect(() => insertLibraryClause(stateIn(body(), 'a'), p('lepas'))).toThrow(/clause/);
  });
});
