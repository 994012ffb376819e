import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { rejectAll } from '../../shared/suggestions/decide.ts';
import type { SuggestionStamp } from '../../shared/suggestions/stamp.ts';
import { createDocumentState, UpdateStore } from '../collab/store.ts';
import {
  collabTestbed,
  paragraphText,
  plainText,
  seedDocument,
  snapshot,
  storedSnapshot,
  type TestClient,
  tokenHooks,
  waitFor,
} from '../collab/testing.ts';
import type { CollabIdentity } from '../collab/types.ts';
import { agreementJudge } from './index.ts';
import { readBody } from './read.ts';

const bed = collabTestbed();

/** Alice edits for party A; Sari may only suggest, for party B; Budi edits for party B. */
const people = new Map<string, CollabIdentity>([
  ['ed-alice', { userId: 'alice', readOnly: false, partyId: 'pA' }],
  ['ed-budi', { userId: 'budi', readOnly: false, partyId: 'pB' }],
  ['sg-sari', { userId: 'sari', readOnly: false, partyId: 'pB', suggestOnly: true }],
]);

const now = () => new Date().toISOString();
const stamp = (user: string, party: string, id = `s${Math.random().toString(36).slice(2, 10)}`) => ({
  id,
  party,
  user,
  ts: now(),
});
/** Alice's pending insertion, already in the document. */
const ALICE_INSERT: SuggestionStamp & Record<string, unknown> = {
  id: 'sAlice',
  party: 'pA',
  user: 'alice',
  ts: '2026-12-01T08:00:00.000Z',
};

const text = (s: string, marks?: PMJSON['marks']): PMJSON =>
  marks ? { type: 'text', text: s, marks } : { type: 'text', text: s };
/** One Pasal: "Para pihak [baru ]sepakat." (Alice's insertion) and "Kedua.". */
const body: PMJSON = {
  type: 'doc',
  content: [
    {
      type: 'clause',
      attrs: { id: 'c1' },
      content: [
        { type: 'clauseHeading', content: [text('Maksud dan Tujuan')] },
        {
          type: 'paragraph',
          content: [
            text('Para pihak '),
            text('baru ', [{ type: 'insertion', attrs: ALICE_INSERT }]),
            text('sepakat.'),
          ],
        },
        { type: 'paragraph', content: [text('Kedua.')] },
      ],
    },
  ],
};

async function room(tokens: [string, string]) {
  const t = await bed.start({ judge: agreementJudge(), hooks: tokenHooks(new Map(people)) });
  const id = seedDocument(t.db);
  createDocumentState(new UpdateStore(t.db), id, body, { title: 'Nota Kesepakatan' }, 'u-owner');
  const clients: [TestClient, TestClient] = [bed.client(id, tokens[0]), bed.client(id, tokens[1])];
  await Promise.all(clients.map((c) => c.synced()));
  return { t, id, clients };
}

const rejected = (doc: Y.Doc) => JSON.stringify(rejectAll(readBody(doc.getXmlFragment(YDOC.body))));

/** `change` on the client is refused as `suggestion`; nothing of it is stored; the other client goes on. */
async function refused(
  t: Awaited<ReturnType<typeof room>>['t'],
  id: string,
  c: TestClient,
  other: TestClient,
  change: (doc: Y.Doc) => void,
) {
  const before = storedSnapshot(t.store, id);
  change(c.doc);
  await waitFor(() => c.closes.includes(4422), 'refused');
  expect(c.reasons[0]).toBe('suggestion');
  t.server.flush();
  expect(storedSnapshot(t.store, id)).toBe(before);
  paragraphText(other.doc, 1)!.insert(0, 'Tetap. ');
  t.server.flush();
  await waitFor(() => storedSnapshot(t.store, id).includes('Tetap. '), 'others go on');
  expect(other.closes).toEqual([]);
}

/** `change` on the client is taken, reaches the other client, and is stored. */
async function taken(
  t: Awaited<ReturnType<typeof room>>['t'],
  id: string,
  c: TestClient,
  other: TestClient,
  change: (doc: Y.Doc) => void,
) {
  change(c.doc);
  await waitFor(() => snapshot(other.doc) === snapshot(c.doc), 'the other client has it');
  t.server.flush();
  expect(storedSnapshot(t.store, id)).toBe(snapshot(c.doc));
  expect([...c.closes, ...other.closes]).toEqual([]);
}

describe('a suggester may only suggest', () => {
  it('a direct edit is refused (4422 suggestion), and nothing of it is stored', async () => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    await refused(t, id, sari, alice, (d) => paragraphText(d, 0)!.insert(0, 'Langsung. '));
  });

  it('a proposed insertion and deletion are taken, and rejecting them gives the text as before', async () => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    const before = rejected(alice.doc);
    const mine = stamp('sari', 'pB');
    await taken(t, id, sari, alice, (d) =>
      d.transact(() => {
        const p = paragraphText(d, 0)!;
        p.format(0, 4, { deletion: mine });
        p.insert(0, 'Kedua ', { insertion: mine });
      }),
    );
    // Typing on in her own insertion later is hers too.
    await taken(t, id, sari, alice, (d) => paragraphText(d, 0)!.insert(6, 'belah ', { insertion: mine }));
    expect(plainText(paragraphText(alice.doc, 0)!)).toBe('Kedua belah Para pihak baru sepakat.');
    expect(rejected(alice.doc)).toBe(before);
  });

  it('a whole proposed paragraph is taken', async () => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    await taken(t, id, sari, alice, (d) => {
      const clause = d.getXmlFragment(YDOC.body).get(0) as Y.XmlElement;
      const p = new Y.XmlElement('paragraph');
      p.setAttribute('suggestion', { ...stamp('sari', 'pB'), kind: 'insert' } as unknown as string);
      p.insert(0, [new Y.XmlText('Ketiga.')]);
      clause.insert(3, [p]);
    });
    expect(snapshot(alice.doc)).toContain('Ketiga.');
  });

  it('a proposed split of a paragraph is taken: rejecting it joins the text back', async () => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    const before = rejected(alice.doc);
    await taken(t, id, sari, alice, (d) =>
      d.transact(() => {
        const clause = d.getXmlFragment(YDOC.body).get(0) as Y.XmlElement;
        paragraphText(d, 0)!.delete(4, 20);
        const p = new Y.XmlElement('paragraph');
        p.setAttribute('suggestion', { ...stamp('sari', 'pB'), kind: 'split' } as unknown as string);
        clause.insert(2, [p]);
        const rest = new Y.XmlText();
        p.insert(0, [rest]);
        rest.insert(0, ' pihak ');
        rest.insert(7, 'baru ', { insertion: ALICE_INSERT });
        rest.insert(12, 'sepakat.', { insertion: null });
      }),
    );
    expect(plainText(paragraphText(alice.doc, 1)!)).toBe(' pihak baru sepakat.');
    expect(rejected(alice.doc)).toBe(before);
  });

  it.each([
    ['another user', () => stamp('budi', 'pB')],
    ['another party', () => stamp('sari', 'pA')],
    [
      'a time an hour ago',
      () => ({ ...stamp('sari', 'pB'), ts: new Date(Date.now() - 3600_000).toISOString() }),
    ],
    [
      'a time an hour ahead',
      () => ({ ...stamp('sari', 'pB'), ts: new Date(Date.now() + 3600_000).toISOString() }),
    ],
  ])('a suggestion stamped with %s is refused', async (_name, forged) => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    await refused(t, id, sari, alice, (d) =>
      paragraphText(d, 0)!.insert(0, 'Palsu ', { insertion: forged() }),
    );
  });

  it.each([
    ['removing its text', (p: Y.XmlText) => p.delete(11, 5)],
    ['accepting it (dropping its mark)', (p: Y.XmlText) => p.format(11, 5, { insertion: null })],
    ['changing its stamp', (p: Y.XmlText) => p.format(11, 5, { insertion: { ...ALICE_INSERT, ts: now() } })],
    ['typing into it', (p: Y.XmlText) => p.insert(13, 'x', { insertion: stamp('sari', 'pB') })],
  ])('altering another author’s suggestion is refused: %s', async (_name, change) => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    await refused(t, id, sari, alice, (d) => change(paragraphText(d, 0)!));
  });

  it('a deletion laid over another author’s insertion is taken', async () => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    await taken(t, id, sari, alice, (d) =>
      paragraphText(d, 0)!.format(11, 5, { deletion: stamp('sari', 'pB') }),
    );
  });

  it('the metadata and the moves are not a suggester’s to change', async () => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    await refused(t, id, sari, alice, (d) => d.getMap(YDOC.meta).set('subject', 'Diubah'));
  });

  it('compares with the latest accepted text, whoever wrote it', async () => {
    const { t, id, clients } = await room(['sg-sari', 'ed-alice']);
    const [sari, alice] = clients;
    const mine = stamp('sari', 'pB');
    // A suggestion first, so the server holds Sari's view of the Pasal; then Alice writes directly.
    await taken(t, id, sari, alice, (d) => paragraphText(d, 1)!.insert(0, 'Usul ', { insertion: mine }));
    await taken(t, id, alice, sari, (d) => paragraphText(d, 0)!.insert(0, 'Bahwa '));
    await taken(t, id, sari, alice, (d) => paragraphText(d, 0)!.format(0, 6, { deletion: mine }));
    await refused(t, id, sari, alice, (d) => paragraphText(d, 0)!.delete(0, 6));
  });
});

describe('nobody writes a suggestion in someone else’s name', () => {
  it('an editor’s suggestion in another person’s name is refused', async () => {
    const { t, id, clients } = await room(['ed-budi', 'ed-alice']);
    const [budi, alice] = clients;
    await refused(t, id, budi, alice, (d) =>
      paragraphText(d, 0)!.insert(0, 'Palsu ', { insertion: stamp('sari', 'pB') }),
    );
  });

  it('a malformed suggestion is refused as a suggestion', async () => {
    const { t, id, clients } = await room(['ed-budi', 'ed-alice']);
    const [budi, alice] = clients;
    await refused(t, id, budi, alice, (d) =>
      paragraphText(d, 0)!.format(0, 4, { deletion: { id: 'x', party: 'pB', user: 'budi', ts: 'kemarin' } }),
    );
  });

  it('an editor writes their own suggestions and may move text holding another’s', async () => {
    const { t, id, clients } = await room(['ed-budi', 'ed-alice']);
    const [budi, alice] = clients;
    await taken(t, id, budi, alice, (d) =>
      paragraphText(d, 0)!.format(0, 4, { deletion: stamp('budi', 'pB') }),
    );
    // Alice's insertion cut and put back (a drag): the same stamp, already in the document.
    await taken(t, id, budi, alice, (d) =>
      d.transact(() => {
        const p = paragraphText(d, 0)!;
        p.delete(11, 5);
        p.insert(0, 'baru ', { insertion: ALICE_INSERT });
      }),
    );
  });
});
