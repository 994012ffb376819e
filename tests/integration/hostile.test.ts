import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UpdateStore } from '../../server/collab/store.ts';
import { snapshot, waitFor } from '../../server/collab/testing.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { YDOC } from '../../shared/protocol.ts';
import { moveTopLevel } from '../../shared/schema/moveTopLevel.ts';
import { approveAll, fillSigning } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';

const demo = demoSession(['ombudsman', 'pemkot']);
const { cookies, open } = demo;

const newMou = async () =>
  (await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' })).id;
const body = (doc: Y.Doc) => doc.getXmlFragment(YDOC.body);
const clauses = (doc: Y.Doc) =>
  body(doc)
    .toArray()
    .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'clause');

/** Every page a member opens still answers: home list, cooperation, document, export, history, compare. */
async function everythingAnswers(documentId: string): Promise<void> {
  const cookie = cookies.ombudsman;
  const list = await demo.server.api('/api/cooperations', { cookie });
  expect(list.status).toBe(200);
  expect(list.body.cooperations.map((c: { id: string }) => c.id)).toContain(demo.coop.id);
  expect((await demo.server.api(`/api/cooperations/${demo.coop.id}`, { cookie })).status).toBe(200);
  const doc = await demo.server.api(`/api/documents/${documentId}`, { cookie });
  expect(doc.status).toBe(200);
  const exported = await fetch(`${demo.server.url}/api/documents/${documentId}/export.docx`, {
    headers: { cookie },
  });
  expect(exported.status).toBe(200);
  const versions = await demo.server.api(`/api/documents/${documentId}/versions`, { cookie });
  expect(versions.status).toBe(200);
  const clauseId = doc.body.document.clauses[0].id;
  expect(
    (await demo.server.api(`/api/documents/${documentId}/clauses/${clauseId}/history`, { cookie })).status,
  ).toBe(200);
  const from = versions.body.versions.at(-1)?.id;
  if (from) {
    const compare = await demo.server.api(`/api/documents/${documentId}/compare?from=${from}`, { cookie });
    expect(compare.status).toBe(200);
  }
  expect((await fetch(`${demo.server.url}/healthz`)).status).toBe(200);
}

type Attack = [name: string, reason: string, mutate: (doc: Y.Doc) => void];
const attacks: Attack[] = [
  // 34 bytes on the wire: on main before the judge, every page of the cooperation answered 500 after it.
  ['a text node directly under the body', 'invalid', (d) => body(d).insert(0, [new Y.XmlText('x')])],
  ['a node the schema does not know', 'invalid', (d) => body(d).insert(1, [new Y.XmlElement('iframe')])],
  ['a Pasal without its heading', 'invalid', (d) => clauses(d)[0]!.delete(0, 1)],
  [
    'a new Pasal with the id of an existing one',
    'duplicate-id',
    (d) => {
      const copy = clauses(d)[0]!.clone();
      body(d).insert(body(d).length - 1, [copy]);
    },
  ],
  [
    'metadata that is not text',
    'invalid',
    (d) => d.getMap(YDOC.meta).set('subject', { x: 1 } as unknown as string),
  ],
  ['a shared type the document does not have', 'invalid', (d) => d.getArray('evil').insert(0, [1])],
];

describe('a hostile editor with a valid session', () => {
  it.each(attacks)(
    '%s: refused (%s); every page answers; the others stay connected and converge',
    async (_n, reason, mutate) => {
      const id = await newMou();
      const a = await open(id, 'ombudsman');
      const b = await open(id, 'pemkot');
      const mallory = await open(id, 'pemkot');
      mutate(mallory.doc);
      await waitFor(() => mallory.closes.includes(4422), 'refused');
      expect(mallory.reasons[0]).toBe(reason);
      await everythingAnswers(id);
      const text = clauses(a.doc)[1]!.get(1) as Y.XmlElement;
      const first = text.toArray().find((c) => c instanceof Y.XmlText) as Y.XmlText | undefined;
      (first ?? ((text.get(0) as Y.XmlElement).get(0) as Y.XmlText)).insert(0, 'Tetap. ');
      await waitFor(() => snapshot(b.doc).includes('Tetap. '), 'editors still in sync');
      await waitFor(() => snapshot(a.doc) === snapshot(b.doc), 'convergence');
      expect([...a.closes, ...b.closes]).toEqual([]);
    },
  );

  it('two people moving one Pasal at once: both copies are taken, and the document is not finalised while both stand', async () => {
    const id = await newMou();
    await fillSigning(demo.server, cookies.ombudsman, id);
    const a = await open(id, 'ombudsman');
    const b = await open(id, 'pemkot');
    a.provider.disconnect();
    b.provider.disconnect();
    const from = body(a.doc).toArray().indexOf(clauses(a.doc)[2]!);
    moveTopLevel(body(a.doc), from, from - 1);
    moveTopLevel(body(b.doc), from, from - 2);
    a.provider.connect();
    b.provider.connect();
    await waitFor(
      () => a.provider.synced && b.provider.synced && snapshot(a.doc) === snapshot(b.doc),
      'both moves',
    );
    expect([...a.closes, ...b.closes]).toEqual([]);
    await approveAll(demo.server, [cookies.ombudsman, cookies.pemkot], id);
    const res = await demo.server.api(`/api/documents/${id}/finalize`, {
      cookie: cookies.ombudsman,
      body: {},
    });
    expect(res.status).toBe(409);
    expect(res.body.error.id).toBe('document.duplicate_ids');
  });

  it('a document damaged on disk by an older server is repaired on load; no page fails, no word is lost', async () => {
    const id = await newMou();
    const other = await newMou();
    await demo.server.stop();
    // What an older server let in, written straight into the log.
    const db = openDatabase(demo.server.dbFile);
    const store = new UpdateStore(db);
    const { update } = store.loadState(id);
    const raw = new Y.Doc();
    Y.applyUpdate(raw, update!);
    const sv = Y.encodeStateVector(raw);
    raw.transact(() => {
      body(raw).insert(0, [new Y.XmlText('Kalimat yang tersesat.')]);
      body(raw).insert(2, [clauses(raw)[0]!.clone()]);
      raw.getMap(YDOC.meta).set('subject', 5 as unknown as string);
    });
    store.append([{ documentId: id, userId: null, data: Y.encodeStateAsUpdate(raw, sv) }]);
    db.close();
    await demo.server.restart();
    await demo.login();

    await everythingAnswers(id);
    await everythingAnswers(other);
    const doc = await demo.server.api(`/api/documents/${id}`, { cookie: cookies.ombudsman });
    const ids = doc.body.document.clauses.map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const a = await open(id, 'ombudsman');
    expect(snapshot(a.doc)).toContain('<paragraph>Kalimat yang tersesat.</paragraph>');
    expect(a.closes).toEqual([]);
  });
});
