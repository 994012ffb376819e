import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  appendToClause,
  bodyOf,
  clause,
  clauseJSON,
  copiesOf,
  editBody,
  paragraph,
  syncAll,
  topLevelIds,
} from '../../tests/support/bodyEdits.ts';
import type { PMJSON } from '../clauses.ts';
import { YDOC } from '../protocol.ts';
import { keepEditsInMovedClauses } from './moveRescue.ts';
import { moveTopLevel } from './moveTopLevel.ts';

const five = (): PMJSON => ({
  type: 'doc',
  content: [1, 2, 3, 4, 5].map((i) => clause(`c${i}`, `JUDUL ${i}`, paragraph(`isi pasal ${i} semula`))),
});

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** Copies of one document, in sync, each on a device that puts back its own words after a move. */
function devices(n: number): Y.Doc[] {
  const docs = copiesOf(five(), n);
  for (const doc of docs) stops.push(keepEditsInMovedClauses(doc, () => new Set([doc.clientID])));
  return docs;
}

const body = (doc: Y.Doc) => doc.getXmlFragment(YDOC.body);
const ids = topLevelIds;
const count = (doc: Y.Doc, words: string) => JSON.stringify(bodyOf(doc)).split(words).length - 1;

/** Types `words` into the first paragraph of clause `id` after `after`. */
const typeAfter = (id: string, after: string, words: string) => (doc: PMJSON) => {
  const c = doc.content!.find((n) => n.attrs?.id === id)!;
  const text = c.content![1]!.content![0];
  text!.text = text!.text!.replace(after, `${after}${words}`);
  return doc;
};

describe('keepEditsInMovedClauses', () => {
  it('words typed in a Pasal while another moves it follow it, once, at their place', () => {
    const [a, b] = devices(2);
    editBody(b!, typeAfter('c5', 'isi pasal 5', ' yang diketik Pemkot'));
    moveTopLevel(body(a!), 4, 0);
    syncAll(a!, b!);
    for (const doc of [a, b]) {
      expect(ids(doc!)).toEqual(['c5', 'c1', 'c2', 'c3', 'c4']);
      expect(clauseJSON(doc!, 'c5')).toContain('isi pasal 5 yang diketik Pemkot semula');
      expect(count(doc!, 'yang diketik Pemkot')).toBe(1);
    }
    expect(bodyOf(b!)).toEqual(bodyOf(a!));
  });

  it('follows a Pasal moved twice before the typist hears of either move', () => {
    const [a, b] = devices(2);
    editBody(b!, typeAfter('c4', 'isi pasal 4', ' tetap ada'));
    moveTopLevel(body(a!), 3, 2);
    moveTopLevel(body(a!), 2, 1);
    syncAll(a!, b!);
    for (const doc of [a, b]) {
      expect(ids(doc!)).toEqual(['c1', 'c4', 'c2', 'c3', 'c5']);
      expect(clauseJSON(doc!, 'c4')).toContain('isi pasal 4 tetap ada semula');
      expect(count(doc!, 'tetap ada')).toBe(1);
    }
  });

  it('a paragraph added meanwhile follows too, with its marks', () => {
    const [a, b] = devices(2);
    editBody(
      b!,
      appendToClause('c2', {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Ayat tebal', marks: [{ type: 'bold' }] }],
      }),
    );
    moveTopLevel(body(a!), 1, 5);
    syncAll(a!, b!);
    expect(ids(a!)).toEqual(['c1', 'c3', 'c4', 'c5', 'c2']);
    expect(clauseJSON(a!, 'c2')).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"Ayat tebal"}');
    expect(bodyOf(b!)).toEqual(bodyOf(a!));
  });

  it('puts back only what the mover had not seen: words the mover saw and then deleted stay deleted', () => {
    const [a, b] = devices(2);
    editBody(b!, typeAfter('c3', 'isi pasal 3', ' kata lama'));
    syncAll(a!, b!);
    // Apart: A moves the Pasal and deletes the words it saw; B types more in it.
    moveTopLevel(body(a!), 2, 0);
    editBody(a!, (doc) => {
      const text = doc.content![0]!.content![1]!.content![0];
      text!.text = text!.text!.replace(' kata lama', '');
      return doc;
    });
    editBody(b!, typeAfter('c3', 'semula', ' kata baru'));
    syncAll(a!, b!);
    for (const doc of [a, b]) {
      expect(ids(doc!)[0]).toBe('c3');
      expect(clauseJSON(doc!, 'c3')).toContain('isi pasal 3 semula kata baru');
      expect(count(doc!, 'kata lama')).toBe(0);
    }
  });

  it('a third device that had received the words does not put them back a second time', () => {
    const [a, b, c] = devices(3);
    editBody(b!, typeAfter('c4', 'isi pasal 4', ' dari Pemkot'));
    syncAll(b!, c!);
    moveTopLevel(body(a!), 3, 1);
    syncAll(a!, c!);
    syncAll(a!, b!, c!);
    for (const doc of [a, b, c]) {
      expect(ids(doc!)).toEqual(['c1', 'c4', 'c2', 'c3', 'c5']);
      expect(count(doc!, 'dari Pemkot')).toBe(1);
      expect(clauseJSON(doc!, 'c4')).toContain('isi pasal 4 dari Pemkot semula');
    }
  });

  it('two people moving the same Pasal at once leave one copy, with what each typed in theirs', () => {
    const [a, b, c] = devices(3);
    moveTopLevel(body(a!), 3, 0);
    editBody(a!, typeAfter('c4', 'isi pasal 4', ' ditulis Ombudsman'));
    moveTopLevel(body(b!), 3, 1);
    editBody(b!, typeAfter('c4', 'isi pasal 4', ' ditulis Pemkot'));
    syncAll(a!, b!, c!);
    const kept = ids(a!);
    expect(kept.filter((id) => id === 'c4')).toHaveLength(1);
    for (const doc of [a, b, c]) {
      expect(ids(doc!)).toEqual(kept);
      expect(count(doc!, 'ditulis Ombudsman')).toBe(1);
      expect(count(doc!, 'ditulis Pemkot')).toBe(1);
      expect(clauseJSON(doc!, 'c4')).toContain('semula');
    }
    expect(bodyOf(b!)).toEqual(bodyOf(a!));
    expect(bodyOf(c!)).toEqual(bodyOf(a!));
  });

  it('words a third person typed in the copy that is given up follow into the one kept', () => {
    const [a, b, c] = devices(3);
    moveTopLevel(body(a!), 3, 0);
    moveTopLevel(body(b!), 3, 1);
    // C hears of B's move only, and types in B's copy; then all meet.
    syncAll(b!, c!);
    editBody(c!, typeAfter('c4', 'isi pasal 4', ' dari Inspektorat'));
    syncAll(a!, b!, c!);
    for (const doc of [a, b, c]) {
      expect(ids(doc!).filter((id) => id === 'c4')).toHaveLength(1);
      expect(count(doc!, 'dari Inspektorat')).toBe(1);
    }
    expect(bodyOf(c!)).toEqual(bodyOf(a!));
  });

  it('a moves map written wrong by someone else is skipped, and the change still arrives', () => {
    const [a, b] = devices(2);
    editBody(b!, typeAfter('c2', 'isi pasal 2', ' tetap'));
    moveTopLevel(body(a!), 1, 0);
    const moves = a!.getMap(YDOC.moves);
    for (const [key, record] of [...moves.entries()])
      moves.set(key, { from: (record as { from: string }).from, seen: null });
    expect(() => syncAll(a!, b!)).not.toThrow();
    expect(ids(b!)).toEqual(['c2', 'c1', 'c3', 'c4', 'c5']);
  });

  it('without it, the words typed meanwhile are gone (what this guards against)', () => {
    const [a, b] = devices(2);
    for (const stop of stops.splice(0)) stop();
    editBody(b!, typeAfter('c5', 'isi pasal 5', ' hilang'));
    moveTopLevel(body(a!), 4, 0);
    syncAll(a!, b!);
    expect(count(a!, 'hilang')).toBe(0);
  });
});
