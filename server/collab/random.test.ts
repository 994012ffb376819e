import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collabTestbed, paragraphText, prng, sleep, snapshot, storedSnapshot, waitFor } from './testing.ts';

const bed = collabTestbed();

const WORDS = ['pihak', 'Pasal', 'ayat', 'sepakat', 'kerja sama', 'Jambi', '  ', 'ä', '—'];

/** One random edit of the document's real structure: text, marks, paragraphs, meta fields. */
function randomEdit(doc: Y.Doc, rand: () => number): void {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const paragraphs = doc
    .getXmlFragment('body')
    .createTreeWalker((el) => el instanceof Y.XmlElement && el.nodeName === 'paragraph');
  const count = [...paragraphs].length;
  const text = paragraphText(doc, Math.floor(rand() * count));
  const r = rand();
  if (!text || r < 0.45) {
    text?.insert(Math.floor(rand() * (text.length + 1)), pick(WORDS));
  } else if (r < 0.6) {
    const at = Math.floor(rand() * text.length);
    text.delete(at, Math.min(text.length - at, 1 + Math.floor(rand() * 4)));
  } else if (r < 0.7) {
    const at = Math.floor(rand() * text.length);
    text.format(at, Math.min(text.length - at, 3), { [pick(['bold', 'italic'])]: {} });
  } else if (r < 0.85) {
    doc.getMap('meta').set(pick(['title', 'place', 'subject']), pick(WORDS));
  } else {
    const clause = doc.getXmlFragment('body').get(0) as Y.XmlElement;
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(pick(WORDS))]);
    clause.insert(1 + Math.floor(rand() * (clause.length - 1 + 1)), [p]);
  }
}

async function run(seed: number) {
  const rand = prng(seed);
  const { t, id, clients } = await bed.open(['ed-a', 'ed-b', 'ed-c', 'ed-d', 'ro-v'], {
    limits: { checkpointEvery: 25, idleUnloadMs: 20, batchDelayMs: seed % 2 ? 3 : 0 },
  });
  const [a, b, c, d, viewer] = clients;
  const editors = [a, b, c, d];

  for (let step = 0; step < 250; step++) {
    const editor = editors[Math.floor(rand() * editors.length)]!;
    const r = rand();
    if (r < 0.08) {
      if (editor.provider.shouldConnect) editor.provider.disconnect();
      else editor.provider.connect();
    } else if (r < 0.18) {
      await sleep(Math.floor(rand() * 15));
    } else {
      randomEdit(editor.doc, rand);
    }
    if (rand() < 0.3) await sleep(0);
  }
  for (const c of editors) if (!c.provider.shouldConnect) c.provider.connect();

  const all = [...editors, viewer];
  await waitFor(
    () => all.every((c) => c.provider.synced && snapshot(c.doc) === snapshot(a.doc)),
    `convergence (seed ${seed})`,
    15_000,
  );
  t.server.flush();
  expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));

  // Close every client, then a new server on the same database serves the same document.
  const expected = snapshot(a.doc);
  await bed.restart();
  const fresh = bed.client(id, 'ro-fresh');
  await fresh.synced();
  expect(snapshot(fresh.doc)).toBe(expected);
}

describe('seeded random editing', () => {
  for (const seed of [1, 2, 3]) {
    it(
      `converges with disconnects and delays, and storage equals the clients (seed ${seed})`,
      () => run(seed),
      30_000,
    );
  }
});
