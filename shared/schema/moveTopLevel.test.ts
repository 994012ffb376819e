import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  bodyOf,
  clause,
  clauseJSON,
  copiesOf,
  deleteClause,
  editBody,
  paragraph,
  ref,
  syncAll,
  topLevelIds,
} from '../../tests/support/bodyEdits.ts';
import type { PMJSON } from '../clauses.ts';
import { YDOC } from '../protocol.ts';
import { moveTopLevel } from './moveTopLevel.ts';

const six = (): PMJSON => ({
  type: 'doc',
  content: [1, 2, 3, 4, 5, 6].map((i) => clause(`c${i}`, `JUDUL ${i}`, paragraph(`isi pasal ${i}`))),
});

/** Two people's copies of one document, in sync. */
function twoCopies(body: PMJSON = six()) {
  const [a, b] = copiesOf(body, 2);
  return { a, b };
}

const ids = topLevelIds;
const body = (doc: Y.Doc) => doc.getXmlFragment(YDOC.body);
const textOf = clauseJSON;

describe('moveTopLevel', () => {
  it('moves a clause up and down, and ignores a move to where it stands', () => {
    const { a } = twoCopies();
    moveTopLevel(body(a!), 4, 1);
    expect(ids(a!)).toEqual(['c1', 'c5', 'c2', 'c3', 'c4', 'c6']);
    moveTopLevel(body(a!), 1, 6);
    expect(ids(a!)).toEqual(['c1', 'c2', 'c3', 'c4', 'c6', 'c5']);
    const before = Y.encodeStateVector(a!);
    moveTopLevel(body(a!), 2, 2);
    moveTopLevel(body(a!), 2, 3);
    expect(Y.encodeStateAsUpdate(a!, before)).toEqual(Y.encodeStateAsUpdate(a!, Y.encodeStateVector(a!)));
    expect(() => moveTopLevel(body(a!), 6, 0)).toThrow(RangeError);
  });

  it('keeps the moved clause exactly: marks, ayat with their ids, cross-references', () => {
    const rich = clause(
      'c9',
      'KEWAJIBAN',
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Para Pihak ', marks: [{ type: 'bold' }] },
          { type: 'text', text: 'wajib', marks: [{ type: 'pointAnchor', attrs: { pointId: 'pt1' } }] },
          { type: 'text', text: ' melaksanakan ' },
          ref('c1'),
        ],
      },
      {
        type: 'ayatList',
        content: [{ type: 'ayatItem', attrs: { id: 'ay1' }, content: [paragraph('ayat satu')] }],
      },
    );
    const doc = six();
    doc.content!.push(rich);
    const { a } = twoCopies(doc);
    const before = textOf(a!, 'c9');
    moveTopLevel(body(a!), 6, 0);
    expect(ids(a!)[0]).toBe('c9');
    expect(textOf(a!, 'c9')).toBe(before);
  });

  it('a clause deleted meanwhile by someone else stays deleted', () => {
    const { a, b } = twoCopies();
    editBody(b!, deleteClause('c4'));
    moveTopLevel(body(a!), 5, 0);
    syncAll(a!, b!);
    expect(ids(a!)).toEqual(['c6', 'c1', 'c2', 'c3', 'c5']);
    expect(bodyOf(b!)).toEqual(bodyOf(a!));
  });

  it('words typed meanwhile in a clause the move passes over stay in that clause', () => {
    const { a, b } = twoCopies();
    editBody(b!, (doc) => {
      doc.content![2]!.content![1] = paragraph('isi pasal 3 ditambah oleh Pemkot');
      return doc;
    });
    moveTopLevel(body(a!), 5, 0);
    syncAll(a!, b!);
    expect(ids(a!)).toEqual(['c6', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(textOf(a!, 'c3')).toContain('isi pasal 3 ditambah oleh Pemkot');
    expect(JSON.stringify(bodyOf(a!)).match(/ditambah oleh Pemkot/g)).toHaveLength(1);
    expect(bodyOf(b!)).toEqual(bodyOf(a!));
  });

  it('is one step for an undo manager tracking its origin', () => {
    const { a } = twoCopies();
    const origin = Symbol('editor');
    const undo = new Y.UndoManager(body(a!), { trackedOrigins: new Set([origin]) });
    moveTopLevel(body(a!), 0, 6, origin);
    expect(ids(a!)).toEqual(['c2', 'c3', 'c4', 'c5', 'c6', 'c1']);
    undo.undo();
    expect(ids(a!)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(textOf(a!, 'c1')).toContain('isi pasal 1');
  });
});
