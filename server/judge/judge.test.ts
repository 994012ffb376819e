import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type RefusalReason, YDOC } from '../../shared/protocol.ts';
import { moveKey, moveTopLevel } from '../../shared/schema/moveTopLevel.ts';
import { createDocumentState, UpdateStore } from '../collab/store.ts';
import {
  collabTestbed,
  paragraphText,
  seedDocument,
  snapshot,
  storedSnapshot,
  type TestClient,
  type TestCollab,
  waitFor,
} from '../collab/testing.ts';
import { agreementBody } from '../history/fixtures.ts';
import { duplicateIds, topLevelOk } from './body.ts';
import { checkElement } from './elements.ts';
import { agreementJudge } from './index.ts';

const bed = collabTestbed();

/** A judged server with a three-Pasal agreement (preamble, a BAB, ayat, closing) and two editors. */
async function judgedRoom() {
  const t = await bed.start({ judge: agreementJudge() });
  const id = seedDocument(t.db);
  createDocumentState(new UpdateStore(t.db), id, agreementBody(3), { title: 'Nota Kesepakatan' }, 'u-owner');
  const a = bed.client(id, 'ed-alice');
  const b = bed.client(id, 'ed-budi');
  await Promise.all([a.synced(), b.synced()]);
  return { t, id, a, b };
}

const body = (doc: Y.Doc) => doc.getXmlFragment(YDOC.body);
/** The n-th top-level element named `name`. */
function top(doc: Y.Doc, name: string, n = 0): Y.XmlElement {
  const found = body(doc)
    .toArray()
    .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === name);
  return found[n]!;
}
const firstText = (el: Y.XmlElement) => el.toArray().find((c) => c instanceof Y.XmlText) as Y.XmlText;
const heading = (doc: Y.Doc) => top(doc, 'clause').get(0) as Y.XmlElement;
function element(name: string, attrs: Record<string, string>, ...children: (Y.XmlElement | Y.XmlText)[]) {
  const el = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (children.length) el.insert(0, children);
  return el;
}
const paragraph = (s: string) => element('paragraph', {}, new Y.XmlText(s));
const clause = (id: string, title: string, ...blocks: Y.XmlElement[]) =>
  element('clause', { id }, element('clauseHeading', {}, new Y.XmlText(title)), ...blocks);
const footnote = (text: unknown) => element('footnote', { text: text as string });
/** A table of rows of cells, each cell one paragraph of the given text; `attrs` go on every cell. */
const table = (rows: string[][], attrs: Record<string, unknown> = {}) =>
  element(
    'table',
    {},
    ...rows.map((cells) =>
      element(
        'tableRow',
        {},
        ...cells.map((c) => element('tableCell', attrs as Record<string, string>, paragraph(c))),
      ),
    ),
  );
/** The first ayat's element of the n-th Pasal. */
const firstAyat = (d: Y.Doc, n = 0) => (top(d, 'clause', n).get(1) as Y.XmlElement).get(0) as Y.XmlElement;

/** Every top-level node of the stored document keeps the schema, and no id is used twice. */
function storedIsValid(t: TestCollab, id: string): void {
  const { update } = t.store.loadState(id);
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  for (const child of body(doc).toArray()) {
    expect(topLevelOk(child)).toBe(true);
    checkElement(child as Y.XmlElement);
  }
  expect(duplicateIds(body(doc))).toEqual([]);
  doc.destroy();
}

/** Two editors go on working together, converge, and what is stored is what they have. */
async function othersUnaffected(t: TestCollab, id: string, a: TestClient, b: TestClient, marker: string) {
  paragraphText(a.doc, 0)!.insert(0, marker);
  await waitFor(() => snapshot(b.doc).includes(marker), `${marker} reaches the other editor`);
  await waitFor(() => snapshot(a.doc) === snapshot(b.doc), 'convergence');
  t.server.flush();
  expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));
  expect([...a.closes, ...b.closes]).toEqual([]);
  storedIsValid(t, id);
}

type Attack = [name: string, reason: RefusalReason, mutate: (doc: Y.Doc) => void];

const attacks: Attack[] = [
  ['text directly under the body', 'invalid', (d) => body(d).insert(0, [new Y.XmlText('lepas')])],
  ['a node the schema does not know', 'invalid', (d) => body(d).insert(1, [element('script', {})])],
  [
    'an ayat at the top level',
    'invalid',
    (d) => body(d).insert(1, [element('ayatItem', { id: 'zz1' }, paragraph('x'))]),
  ],
  [
    'a Pasal inside a Pasal',
    'invalid',
    (d) => top(d, 'clause').insert(1, [clause('c99', 'Dalam', paragraph('x'))]),
  ],
  [
    'a paragraph straight in an ayat list',
    'invalid',
    (d) => {
      const list = top(d, 'clause').get(1) as Y.XmlElement;
      list.insert(0, [paragraph('lepas')]);
    },
  ],
  ['a Pasal without its heading', 'invalid', (d) => top(d, 'clause').delete(0, 1)],
  [
    'a new Pasal without an id',
    'invalid',
    (d) => body(d).insert(2, [element('clause', {}, element('clauseHeading', {}))]),
  ],
  ['a malformed id', 'invalid', (d) => top(d, 'clause').setAttribute('id', 'c1"><x')],
  ['an attribute the node does not have', 'invalid', (d) => top(d, 'clause').setAttribute('onclick', 'x')],
  [
    'an attribute that is not text',
    'invalid',
    (d) => top(d, 'clause').setAttribute('id', { nested: true } as unknown as string),
  ],
  ['a mark the schema does not know', 'invalid', (d) => firstText(heading(d)).format(0, 3, { script: {} })],
  [
    'a mark where none is allowed (bold in a BAB heading)',
    'invalid',
    (d) => firstText(top(d, 'chapter')).format(0, 3, { bold: {} }),
  ],
  ['a malformed mark', 'invalid', (d) => paragraphText(d, 0)!.format(0, 3, { pointAnchor: { pointId: 5 } })],
  ['an embed in text', 'invalid', (d) => paragraphText(d, 0)!.insertEmbed(0, { image: 'x' })],
  ['attributes on text', 'invalid', (d) => paragraphText(d, 0)!.setAttribute('x', 'y')],
  [
    'a new Pasal with the id of another',
    'duplicate-id',
    (d) => body(d).insert(2, [clause('c1', 'Tiruan', paragraph('Tidak pernah disetujui.'))]),
  ],
  [
    'an ayat with the id of another',
    'duplicate-id',
    (d) => {
      const list = top(d, 'clause', 1).get(1) as Y.XmlElement;
      list.insert(0, [element('ayatItem', { id: 'c1a1' }, paragraph('Tiruan'))]);
    },
  ],
  ['a footnote in a Pasal heading', 'invalid', (d) => heading(d).insert(1, [footnote('Catatan')])],
  [
    'a footnote longer than its bound',
    'invalid',
    (d) => (firstAyat(d).get(0) as Y.XmlElement).insert(1, [footnote('x'.repeat(2001))]),
  ],
  [
    'a footnote whose text is not text',
    'invalid',
    (d) => (firstAyat(d).get(0) as Y.XmlElement).insert(1, [footnote(['x'])]),
  ],
  ['a footnote between blocks', 'invalid', (d) => firstAyat(d).insert(1, [footnote('Lepas')])],
  ['a table in a Pasal heading', 'invalid', (d) => heading(d).insert(1, [table([['x']])])],
  [
    'a list inside a table cell',
    'invalid',
    (d) => {
      const list = element('bulletList', {}, element('listItem', {}, paragraph('y')));
      const cell = element('tableCell', {}, paragraph('x'), list);
      firstAyat(d).insert(1, [element('table', {}, element('tableRow', {}, cell))]);
    },
  ],
  ['a row outside a table', 'invalid', (d) => firstAyat(d).insert(1, [element('tableRow', {})])],
  ['a table without rows', 'invalid', (d) => firstAyat(d).insert(1, [element('table', {})])],
  ['a cell spanning no column', 'invalid', (d) => firstAyat(d).insert(1, [table([['x']], { colspan: 0 })])],
  [
    'a cell spanning a thousand rows',
    'invalid',
    (d) => firstAyat(d).insert(1, [table([['x']], { rowspan: 1000 })]),
  ],
  [
    'a column width that is not a list of numbers',
    'invalid',
    (d) => firstAyat(d).insert(1, [table([['x']], { colwidth: '100' })]),
  ],
  ['a metadata key the form does not have', 'invalid', (d) => d.getMap(YDOC.meta).set('script', 'x')],
  ['metadata that is not text', 'invalid', (d) => d.getMap(YDOC.meta).set('title', 5)],
  ['a shared type inside the metadata', 'invalid', (d) => d.getMap(YDOC.meta).set('title', new Y.Map())],
  ['metadata too long', 'invalid', (d) => d.getMap(YDOC.meta).set('subject', 'x'.repeat(5000))],
  ['a malformed move record', 'invalid', (d) => d.getMap(YDOC.moves).set('1:2', { from: 'x' })],
  ['a shared type the document does not have', 'invalid', (d) => d.getText('lain').insert(0, 'x')],
];

describe('the judge refuses what breaks an agreement, and nobody else notices', () => {
  it.each(attacks)('%s: refused (%s), others go on, nothing stored', async (_name, reason, mutate) => {
    const { t, id, a, b } = await judgedRoom();
    const before = storedSnapshot(t.store, id);
    const mallory = bed.client(id, 'ed-mallory');
    await mallory.synced();
    mutate(mallory.doc);
    await waitFor(() => mallory.closes.includes(4422), 'refused');
    expect(mallory.reasons[0]).toBe(reason);
    mallory.provider.disconnect();
    t.server.flush();
    expect(storedSnapshot(t.store, id)).toBe(before);
    await othersUnaffected(t, id, a, b, 'Tetap berjalan. ');
  });

  it('takes an editor’s ordinary changes: typing, marks, a new Pasal and ayat, metadata, a deletion', async () => {
    const { t, id, a, b } = await judgedRoom();
    a.doc.transact(() => {
      paragraphText(a.doc, 0)!.insert(0, 'Ketik. ');
      firstText(heading(a.doc)).format(0, 4, { bold: {} });
      paragraphText(a.doc, 1)!.format(0, 3, { 'pointAnchor--AbCd1234': { pointId: 'p1' } });
      (top(a.doc, 'clause', 1).get(1) as Y.XmlElement).insert(2, [
        element('ayatItem', { id: 'c2a3' }, paragraph('Tiga')),
      ]);
      body(a.doc).insert(3, [clause('cbaru', 'Baru', paragraph('Isi baru.'))]);
      a.doc.getMap(YDOC.meta).set('subject', 'Peningkatan Pelayanan Publik');
      a.doc.getMap(YDOC.meta).set('signatoryName.p1', 'Dr. Budi');
      a.doc.getMap(YDOC.meta).delete('title');
      a.doc.getMap(YDOC.moves).set('merge:12:3', { from: '12:3', to: '9:1', seen: { 12: 4 } });
    });
    // The last Pasal goes (the closing follows it).
    body(a.doc).delete(body(a.doc).length - 2, 1);
    await othersUnaffected(t, id, a, b, 'Lagi. ');
    expect(snapshot(b.doc)).toContain('Isi baru.');
  });

  it('takes footnotes in text and tables in a Pasal, an ayat and the closing', async () => {
    const { t, id, a, b } = await judgedRoom();
    a.doc.transact(() => {
      (firstAyat(a.doc).get(0) as Y.XmlElement).insert(1, [footnote('Lihat PP 28/2018 Pasal 6.')]);
      firstAyat(a.doc).insert(1, [
        table(
          [
            ['No', 'Kegiatan'],
            ['1', 'Sosialisasi'],
          ],
          { colwidth: [120] },
        ),
      ]);
      top(a.doc, 'clause', 1).insert(2, [table([['Nama', 'Jabatan']], { colspan: 1, rowspan: 1 })]);
      top(a.doc, 'closing').insert(1, [table([['a']])]);
      const cell = (top(a.doc, 'closing').get(1) as Y.XmlElement).get(0) as Y.XmlElement;
      ((cell.get(0) as Y.XmlElement).get(0) as Y.XmlElement).insert(1, [footnote('Dalam sel.')]);
      body(a.doc).insert(body(a.doc).length, [table([['Lampiran']])]);
    });
    await othersUnaffected(t, id, a, b, 'Dengan tabel. ');
    expect(snapshot(b.doc)).toContain('Lihat PP 28/2018 Pasal 6.');
    expect(snapshot(b.doc)).toContain('Sosialisasi');
  });

  it('two people moving the same Pasal at once: both copies are taken (the device of one merges them)', async () => {
    const { t, id, a, b } = await judgedRoom();
    a.provider.disconnect();
    b.provider.disconnect();
    const from = body(a.doc)
      .toArray()
      .indexOf(top(a.doc, 'clause', 2));
    moveTopLevel(body(a.doc), from, 2);
    moveTopLevel(body(b.doc), from, 3);
    a.provider.connect();
    await a.synced();
    b.provider.connect();
    await b.synced();
    await waitFor(() => snapshot(a.doc) === snapshot(b.doc), 'both moves arrive');
    expect([...a.closes, ...b.closes]).toEqual([]);
    t.server.flush();
    expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));
  }, 20_000);

  it('a forged move cannot put a Pasal beside a live original with its id', async () => {
    const { a } = await judgedRoom();
    const m = bed.client(a.provider.roomname, 'ed-mallory');
    await m.synced();
    const copy = clause('c1', 'Tiruan', paragraph('Tidak pernah disetujui.'));
    m.doc.transact(() => {
      body(m.doc).insert(2, [copy]);
      const original = top(m.doc, 'clause', 1)._item!;
      m.doc.getMap(YDOC.moves).set(moveKey(copy._item!), { from: moveKey(original), seen: {} });
    });
    await waitFor(() => m.closes.includes(4422), 'refused');
    expect(m.reasons[0]).toBe('duplicate-id');
  });

  it('an accepted change waiting to be stored survives the refusal of another', async () => {
    const t = await bed.start({ judge: agreementJudge(), limits: { batchDelayMs: 200 } });
    const id = seedDocument(t.db);
    createDocumentState(new UpdateStore(t.db), id, agreementBody(2), {}, 'u-owner');
    const a = bed.client(id, 'ed-alice');
    const mallory = bed.client(id, 'ed-mallory');
    await Promise.all([a.synced(), mallory.synced()]);
    paragraphText(a.doc, 0)!.insert(0, 'Diterima. ');
    await new Promise((r) => setTimeout(r, 30));
    body(mallory.doc).insert(0, [new Y.XmlText('lepas')]);
    await waitFor(() => mallory.closes.includes(4422), 'refused');
    mallory.provider.disconnect();
    const fresh = bed.client(id, 'ed-fresh');
    await fresh.synced();
    await waitFor(() => snapshot(fresh.doc).includes('Diterima. '), 'accepted edit kept');
    t.server.flush();
    expect(storedSnapshot(t.store, id)).toContain('Diterima. ');
    expect(storedSnapshot(t.store, id)).not.toContain('lepas');
    expect(a.closes).toEqual([]);
  });
});
