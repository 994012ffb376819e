import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import { createDocumentState, UpdateStore } from '../collab/store.ts';
import {
  collabTestbed,
  prng,
  seedDocument,
  snapshot,
  storedSnapshot,
  type TestClient,
  waitFor,
} from '../collab/testing.ts';
import { agreementBody } from '../history/fixtures.ts';
import { duplicateIds, topLevelOk } from './body.ts';
import { checkElement } from './elements.ts';
import { agreementJudge } from './index.ts';

/**
 * Random structural changes, sound and unsound, from a stock client against a judged server:
 * after every change the stored document keeps the schema with unique ids, and an observer
 * converges with it. `SEPAKAT_FUZZ_STEPS` and `SEPAKAT_FUZZ_SEED` make a longer run
 * (`npm run fuzz:judge`); `npm test` runs a short one with a fixed seed.
 */
const STEPS = Number(process.env.SEPAKAT_FUZZ_STEPS ?? 60);
const SEED = Number(process.env.SEPAKAT_FUZZ_SEED ?? 20261204);

const bed = collabTestbed();

const NAMES = [
  'paragraph',
  'clause',
  'clauseHeading',
  'chapter',
  'ayatList',
  'ayatItem',
  'letterList',
  'letterItem',
  'bulletList',
  'listItem',
  'preamble',
  'closing',
  'clauseRef',
  'footnote',
  'table',
  'tableRow',
  'tableCell',
  'hardBreak',
  'doc',
  'text',
  'script',
];
const MARKS = ['bold', 'italic', 'underline', 'pointAnchor', 'pointAnchor--AbCd1234', 'strike', 'link'];
const META_KEYS = [
  'title',
  'subject',
  'place',
  'date',
  'number.p1',
  'signatoryName.p2',
  'unknown',
  'number.',
];

type Container = Y.XmlFragment | Y.XmlElement;

/** Every element and text of a body, with the containers first. */
function nodesOf(body: Y.XmlFragment) {
  const containers: Container[] = [body];
  const texts: Y.XmlText[] = [];
  const visit = (el: Container) => {
    for (const child of el.toArray()) {
      if (child instanceof Y.XmlElement) {
        containers.push(child);
        visit(child);
      } else if (child instanceof Y.XmlText) texts.push(child);
    }
  };
  visit(body);
  return { containers, texts };
}

const footnoteOf = (text: string) => {
  const el = new Y.XmlElement('footnote');
  el.setAttribute('text', text);
  return el;
};

/** A table of one to three rows and columns, each cell a paragraph of text. */
function tableOf(rand: () => number): Y.XmlElement {
  const cols = 1 + Math.floor(rand() * 3);
  const rows = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
    const row = new Y.XmlElement('tableRow');
    const cells = Array.from({ length: cols }, () => {
      const cell = new Y.XmlElement('tableCell');
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('sel')]);
      cell.insert(0, [p]);
      return cell;
    });
    row.insert(0, cells);
    return row;
  });
  const table = new Y.XmlElement('table');
  table.insert(0, rows);
  return table;
}

/** One random change to a client's copy: about half of them break a rule. */
function randomChange(doc: Y.Doc, rand: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const body = doc.getXmlFragment(YDOC.body);
  const { containers, texts } = nodesOf(body);
  const ids = ['c1', 'c2', 'c1a1', 'b1', `n${Math.floor(rand() * 1e6)}`, 'bad id', ''];
  const kind = Math.floor(rand() * 8);
  switch (kind) {
    case 0: {
      const parent = pick(containers);
      const el = new Y.XmlElement(pick(NAMES));
      if (rand() < 0.7) el.setAttribute('id', pick(ids));
      if (rand() < 0.6) {
        const inner = new Y.XmlElement(pick(NAMES));
        if (rand() < 0.5) inner.insert(0, [new Y.XmlText('isi')]);
        el.insert(0, [rand() < 0.5 ? inner : new Y.XmlText('teks')]);
      }
      parent.insert(Math.floor(rand() * (parent.length + 1)), [el]);
      return `insert <${el.nodeName}>`;
    }
    case 1: {
      const parent = pick(containers);
      if (parent.length === 0) return 'nothing';
      const at = Math.floor(rand() * parent.length);
      parent.delete(at, Math.min(parent.length - at, 1 + Math.floor(rand() * 2)));
      return 'delete';
    }
    case 2: {
      if (!texts.length) return 'nothing';
      const text = pick(texts);
      const marks = rand() < 0.5 ? { [pick(MARKS)]: rand() < 0.8 ? {} : { pointId: 5 } } : undefined;
      text.insert(Math.floor(rand() * (text.length + 1)), 'kata ', marks);
      return 'type';
    }
    case 3: {
      if (!texts.length) return 'nothing';
      const text = pick(texts);
      if (text.length === 0) return 'nothing';
      text.format(0, Math.max(1, Math.floor(rand() * text.length)), { [pick(MARKS)]: {} });
      return 'format';
    }
    case 4: {
      const el = pick(containers);
      if (!(el instanceof Y.XmlElement)) return 'nothing';
      const key = pick(['id', 'clauseId', 'ayat', 'onclick', 'text', 'colspan', 'colwidth']);
      const values: unknown[] = [...ids, 2, 0, [90, 120], 'x'.repeat(2001)];
      el.setAttribute(key, pick(values) as string);
      return 'attribute';
    }
    case 6: {
      // A whole footnote or table, put anywhere: sound in a paragraph or among blocks, not elsewhere.
      const parent = pick(containers);
      parent.insert(Math.floor(rand() * (parent.length + 1)), [
        rand() < 0.5 ? footnoteOf(pick(ids)) : tableOf(rand),
      ]);
      return 'insert a footnote or table';
    }
    case 5:
      doc.getMap(YDOC.meta).set(pick(META_KEYS), rand() < 0.9 ? 'nilai' : (7 as unknown as string));
      return 'meta';
    default: {
      const el = pick(containers);
      if (el.length === 0) return 'nothing';
      const at = Math.floor(rand() * el.length);
      const node = el.get(at);
      if (!(node instanceof Y.XmlElement)) return 'nothing';
      el.delete(at, 1);
      el.insert(Math.floor(rand() * (el.length + 1)), [node.clone()]);
      return 'move';
    }
  }
}

function storedValid(store: UpdateStore, id: string): void {
  const { update } = store.loadState(id);
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  const body = doc.getXmlFragment(YDOC.body);
  for (const child of body.toArray()) {
    expect(topLevelOk(child)).toBe(true);
    checkElement(child as Y.XmlElement);
  }
  expect(duplicateIds(body)).toEqual([]);
  doc.destroy();
}

describe('random changes against the judge', () => {
  it(
    `${STEPS} random changes (seed ${SEED}): what is stored always keeps the rules, and copies converge`,
    async () => {
      const t = await bed.start({ judge: agreementJudge() });
      const id = seedDocument(t.db);
      createDocumentState(new UpdateStore(t.db), id, agreementBody(3), { title: 'Nota' }, 'u-owner');
      const observer = bed.client(id, 'ed-observer');
      await observer.synced();
      const rand = prng(SEED);
      let writer: TestClient = bed.client(id, 'ed-writer-0');
      await writer.synced();
      let refused = 0;
      for (let step = 0; step < STEPS; step++) {
        randomChange(writer.doc, rand);
        // Accepted (the observer has what the writer has) or refused (then a fresh copy goes on).
        await waitFor(
          () => writer.closes.includes(4422) || snapshot(observer.doc) === snapshot(writer.doc),
          `step ${step} settles`,
        );
        if (writer.closes.includes(4422)) {
          refused++;
          writer.destroy();
          // A new person each time: refusals of one person past a bound would turn them away.
          writer = bed.client(id, `ed-writer-${step + 1}`);
          await writer.synced();
        }
        t.server.flush();
        storedValid(t.store, id);
        expect(storedSnapshot(t.store, id)).toBe(snapshot(observer.doc));
      }
      expect(observer.closes).toEqual([]);
      // The run exercised both sides of the judge.
      expect(refused).toBeGreaterThan(STEPS / 10);
      expect(refused).toBeLessThan(STEPS);
    },
    60_000 + STEPS * 500,
  );
});
