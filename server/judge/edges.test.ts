import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { acceptAll, rejectAll } from '../../shared/suggestions/decide.ts';
import { createDocumentState, UpdateStore } from '../collab/store.ts';
import {
  collabTestbed,
  connectClient,
  paragraphText,
  sampleBody,
  seedDocument,
  snapshot,
  type TestClient,
  tokenHooks,
  waitFor,
} from '../collab/testing.ts';
import type { CollabIdentity, CollabJudge } from '../collab/types.ts';
import { strayText } from './edges.ts';
import { agreementJudge } from './index.ts';
import { readBody } from './read.ts';

const bed = collabTestbed();
const opened: TestClient[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.destroy();
});

/** A stock client whose Yjs client id is `clientID` (which decides the order of concurrent inserts). */
function clientWithId(id: string, token: string, clientID: number): TestClient {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const c = connectClient(bed.current.url, id, token, { doc });
  opened.push(c);
  return c;
}

const people = new Map<string, CollabIdentity>([
  ['ed-alice', { userId: 'alice', readOnly: false, partyId: 'pA' }],
  ['sg-sari', { userId: 'sari', readOnly: false, partyId: 'pB', suggestOnly: true }],
]);

const stamp = () => ({ id: 'sSari', party: 'pB', user: 'sari', ts: new Date().toISOString() });

/** The text of the body's first paragraph: "Para pihak sepakat." */
function firstParagraphText(json: PMJSON): string {
  const clause = json.content?.[0];
  const paragraph = clause?.content?.find((n) => n.type === 'paragraph');
  return (paragraph?.content ?? []).map((n) => n.text ?? '').join('');
}

const bodyOf = (doc: Y.Doc) => readBody(doc.getXmlFragment(YDOC.body));

/**
 * Sari proposes to delete "sepakat" while Alice, offline at the same moment, types at one of
 * its edges; both come back, in the given order, with the given Yjs client ids.
 */
async function concurrentEdge(opts: {
  sariClient: number;
  aliceClient: number;
  aliceFirst: boolean;
  at: number;
  typed: string;
  judge?: CollabJudge;
}): Promise<{ sari: TestClient; alice: TestClient }> {
  const t = await bed.start({ judge: opts.judge ?? agreementJudge(), hooks: tokenHooks(new Map(people)) });
  const id = seedDocument(t.db);
  createDocumentState(new UpdateStore(t.db), id, sampleBody, { title: 'Nota Kesepakatan' }, 'u-owner');
  const sari = clientWithId(id, 'sg-sari', opts.sariClient);
  const alice = clientWithId(id, 'ed-alice', opts.aliceClient);
  await Promise.all([sari.synced(), alice.synced()]);
  sari.provider.disconnect();
  alice.provider.disconnect();
  // "Para pihak sepakat.": "sepakat" is 11..18.
  paragraphText(sari.doc, 0)!.format(11, 7, { deletion: stamp() });
  paragraphText(alice.doc, 0)!.insert(opts.at, opts.typed);
  for (const c of opts.aliceFirst ? [alice, sari] : [sari, alice]) {
    c.provider.connect();
    await c.synced();
  }
  await waitFor(
    () => snapshot(sari.doc) === snapshot(alice.doc) && snapshot(alice.doc).includes(opts.typed),
    'both edits on both peers',
  );
  return { sari, alice };
}

const cases = [
  { edge: 'start', at: 11, typed: 'tidak ' },
  { edge: 'end', at: 18, typed: ' bulat' },
];
const orders = [
  { sariClient: 1, aliceClient: 2 },
  { sariClient: 2, aliceClient: 1 },
];

describe('direct text typed at the edge of a concurrent deletion', () => {
  for (const { edge, at, typed } of cases) {
    for (const ids of orders) {
      for (const aliceFirst of [false, true]) {
        const name = `${edge} edge, suggester client ${ids.sariClient}, editor client ${ids.aliceClient}, ${aliceFirst ? 'editor' : 'suggester'} first`;
        it(`${name}: accepting all keeps the direct text, and the peers converge`, async () => {
          const { sari, alice } = await concurrentEdge({ ...ids, aliceFirst, at, typed });
          // "sepakat" deleted, the direct text kept.
          const expected = `Para pihak ${typed}.`;
          await waitFor(
            () => firstParagraphText(acceptAll(bodyOf(alice.doc))) === expected,
            'direct text kept',
          );
          await waitFor(() => snapshot(sari.doc) === snapshot(alice.doc), 'convergence');
          expect(firstParagraphText(acceptAll(bodyOf(sari.doc)))).toBe(expected);
          const direct = at === 11 ? `Para pihak ${typed}sepakat.` : `Para pihak sepakat${typed}.`;
          expect(firstParagraphText(rejectAll(bodyOf(sari.doc)))).toBe(direct);
          expect([...sari.closes, ...alice.closes]).toEqual([]);
        });
      }
    }
  }

  it('a deletion of text typed earlier by someone else stays a deletion', async () => {
    const { sari, alice } = await concurrentEdge({
      sariClient: 2,
      aliceClient: 1,
      aliceFirst: true,
      at: 0,
      typed: 'Bahwa ',
    });
    // Now seen by both: Sari proposes to delete Alice's words.
    paragraphText(sari.doc, 0)!.format(0, 6, { deletion: stamp() });
    await waitFor(
      () => firstParagraphText(acceptAll(bodyOf(alice.doc))) === 'Para pihak .',
      'deletion reached Alice',
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(firstParagraphText(acceptAll(bodyOf(alice.doc)))).toBe('Para pihak .');
    expect(firstParagraphText(acceptAll(bodyOf(sari.doc)))).toBe('Para pihak .');
  });

  it('direct text that lands inside a concurrent insertion is taken out of it', async () => {
    for (const ids of orders) {
      const t = await bed.start({ judge: agreementJudge(), hooks: tokenHooks(new Map(people)) });
      const id = seedDocument(t.db);
      createDocumentState(new UpdateStore(t.db), id, sampleBody, {}, 'u-owner');
      const sari = clientWithId(id, 'sg-sari', ids.sariClient);
      const alice = clientWithId(id, 'ed-alice', ids.aliceClient);
      await Promise.all([sari.synced(), alice.synced()]);
      sari.provider.disconnect();
      alice.provider.disconnect();
      paragraphText(sari.doc, 0)!.insert(11, 'kedua belah ', { insertion: stamp() });
      paragraphText(alice.doc, 0)!.insert(11, 'tidak ');
      for (const c of [sari, alice]) {
        c.provider.connect();
        await c.synced();
      }
      // Rejecting Sari's proposal must keep Alice's direct words.
      await waitFor(
        () =>
          /tidak/.test(firstParagraphText(rejectAll(bodyOf(sari.doc)))) &&
          snapshot(sari.doc) === snapshot(alice.doc),
        'direct text outside the insertion on both peers',
      );
      expect(firstParagraphText(rejectAll(bodyOf(alice.doc)))).toBe('Para pihak tidak sepakat.');
      expect([...sari.closes, ...alice.closes]).toEqual([]);
      await t.stop();
    }
  });

  it('without the guard, some order leaves the direct text inside the deletion (the case it covers)', async () => {
    const plain = agreementJudge();
    const lost: string[] = [];
    for (const { at, typed } of cases) {
      for (const ids of orders) {
        const { alice } = await concurrentEdge({
          ...ids,
          aliceFirst: false,
          at,
          typed,
          judge: { ...plain, follow: undefined },
        });
        if (!firstParagraphText(acceptAll(bodyOf(alice.doc))).includes(typed.trim())) lost.push(typed);
        await bed.current.stop();
      }
    }
    expect(lost.length).toBeGreaterThan(0);
  });
});

describe('strayText', () => {
  /** "Para pihak " then Sari's insertion "kedua belah " (client 1), with Alice (client 2) typing one letter in it. */
  function typedInside(extra?: (text: Y.XmlText) => void): Y.XmlText {
    const doc = new Y.Doc();
    doc.clientID = 1;
    const text = doc.get('t', Y.XmlText) as Y.XmlText;
    text.insert(0, 'Para pihak ');
    text.insert(11, 'kedua belah ', { insertion: stamp() });
    doc.clientID = 2;
    text.insert(14, 'X'); // inherits the insertion it is typed in
    extra?.(text);
    return text;
  }
  const users = new Map([
    [1, 'sari'],
    [2, 'alice'],
  ]);

  it('finds a letter typed by someone else inside an insertion, alone or beside a deletion', () => {
    expect(strayText(typedInside(), users)).toMatchObject([{ index: 14, length: 1, key: 'insertion' }]);
    // A deletion elsewhere in the text: the same letter is found walking the ranges.
    const withDeletion = typedInside((t) => t.format(0, 4, { deletion: stamp() }));
    expect(strayText(withDeletion, users)).toMatchObject([{ index: 14, length: 1, key: 'insertion' }]);
  });

  it('leaves the insertion’s own text and text whose writer is unknown', () => {
    expect(strayText(typedInside(), new Map([[1, 'sari']]))).toEqual([]);
    expect(
      strayText(
        typedInside(),
        new Map([
          [2, 'sari'],
          [1, 'sari'],
        ]),
      ),
    ).toEqual([]);
  });
});
