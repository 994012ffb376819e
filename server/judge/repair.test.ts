import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema } from '../../shared/schema/index.ts';
import { buildDocument } from '../collab/convert.ts';
import { createDocumentState, UpdateStore } from '../collab/store.ts';
import { collabTestbed, seedDocument, snapshot, waitFor } from '../collab/testing.ts';
import { agreementBody } from '../history/fixtures.ts';
import { duplicateIds, topLevelOk } from './body.ts';
import { checkElement } from './elements.ts';
import { agreementJudge } from './index.ts';
import { readBody } from './read.ts';
import { repairDocument } from './repair.ts';

const bed = collabTestbed();
const body = (doc: Y.Doc) => doc.getXmlFragment(YDOC.body);
const clauses = (doc: Y.Doc) =>
  body(doc)
    .toArray()
    .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'clause');

/** What an older server let in: every kind of damage the judge now refuses, in one document. */
function damaged(): Y.Doc {
  const doc = buildDocument(agreementBody(3), { title: 'Nota' });
  doc.transact(() => {
    const [c1, c2, c3] = clauses(doc);
    if (!c1 || !c2 || !c3) throw new Error('the fixture has three Pasal');
    body(doc).insert(0, [new Y.XmlText('Teks lepas di bawah badan.')]);
    const unknown = new Y.XmlElement('marquee');
    unknown.insert(0, [new Y.XmlText('Kata dalam simpul asing.')]);
    body(doc).insert(2, [unknown]);
    c1.delete(0, 1); // its heading
    c1.setAttribute('onclick', 'x');
    c2.setAttribute('id', 'c3'); // the id of another Pasal
    c3.removeAttribute('id');
    const text = (c2.get(1) as Y.XmlElement).get(0) as Y.XmlElement; // ayat 1
    ((text.get(0) as Y.XmlElement).get(0) as Y.XmlText).format(0, 5, { script: {} });
    doc.getMap(YDOC.meta).set('script', 'x');
    doc.getMap(YDOC.meta).set('subject', 5 as unknown as string);
    doc.getMap(YDOC.moves).set('1:1', { from: 'nope' });
  });
  return doc;
}

function expectValid(doc: Y.Doc): void {
  for (const child of body(doc).toArray()) {
    expect(topLevelOk(child)).toBe(true);
    checkElement(child as Y.XmlElement);
  }
  expect(duplicateIds(body(doc))).toEqual([]);
}

describe('repairing a stored document', () => {
  it('brings every kind of old damage within the rules and keeps every word', () => {
    const doc = damaged();
    const words = ['Teks lepas di bawah badan.', 'Kata dalam simpul asing.', 'PARA PIHAK sepakat'];
    let changes = 0;
    doc.transact(() => {
      changes = repairDocument(doc);
    });
    expect(changes).toBeGreaterThan(0);
    expectValid(doc);
    const text = JSON.stringify(readBody(body(doc)));
    for (const w of words) expect(text).toContain(w);
    // The first Pasal keeps its id (a heading is added), the second keeps the id it showed.
    const ids = clauses(doc).map((c) => c.getAttribute('id'));
    expect(ids[0]).toBe('c1');
    expect(ids.filter((id) => id === 'c3')).toHaveLength(1);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(doc.getMap(YDOC.meta).toJSON()).toEqual({ title: 'Nota' });
    expect(doc.getMap(YDOC.moves).size).toBe(0);
    // A second pass finds nothing left to do.
    doc.transact(() => {
      changes = repairDocument(doc);
    });
    expect(changes).toBe(0);
  });

  it('reads a damaged body as valid JSON without changing the Y.Doc', () => {
    const doc = damaged();
    const before = Y.encodeStateAsUpdate(doc);
    const json = readBody(body(doc));
    agreementSchema().nodeFromJSON(json).check();
    expect(JSON.stringify(json)).toContain('Kata dalam simpul asing.');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('a room repairs what it loads, as the server’s logged change, and editors see the repaired text', async () => {
    const t = await bed.start({ judge: agreementJudge() });
    const id = seedDocument(t.db);
    const store = new UpdateStore(t.db);
    createDocumentState(store, id, agreementBody(2), { title: 'Nota' }, 'u-owner');
    // Damage written straight into the log, as an older server would have taken it.
    const { update } = store.loadState(id);
    const raw = new Y.Doc();
    Y.applyUpdate(raw, update!);
    const sv = Y.encodeStateVector(raw);
    body(raw).insert(0, [new Y.XmlText('Teks lepas.')]);
    store.append([{ documentId: id, userId: 'mallory', data: Y.encodeStateAsUpdate(raw, sv) }]);

    const a = bed.client(id, 'ed-alice');
    await a.synced();
    await waitFor(() => snapshot(a.doc).includes('<paragraph>Teks lepas.</paragraph>'), 'repaired text');
    expectValid(a.doc);
    t.server.flush();
    const rows = t.store.updatesSince(id, 0);
    expect(rows.at(-1)!.userId).toBeNull();
    expect(a.closes).toEqual([]);
  });
});
