// The local check of a suggester's change (local.ts) settles a change over the blocks it
// touched alone; it must never take what the whole check over its Pasal refuses. Random
// changes by a suggester (and now and then an editor) on a small agreement full of suggestions
// by both: each is judged both ways on the same transaction.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { buildDocument } from '../collab/convert.ts';
import { REFUSED_TRANSACTION } from '../collab/room.ts';
import type { CollabIdentity } from '../collab/types.ts';
import { Breach } from './elements.ts';
import { agreementJudge } from './index.ts';
import { judgeLocally } from './local.ts';
import { judgeWhole, STAMP_CLOCK_SKEW_MS, stateOf } from './suggestions.ts';
import { authorOf, readElement } from './views.ts';

const SARI: CollabIdentity = { userId: 'sari', readOnly: false, partyId: 'pB', suggestOnly: true };
const ALICE: CollabIdentity = { userId: 'alice', readOnly: false, partyId: 'pA' };
const TS = '2026-12-05T08:00:00.000Z';

const stampOf = (id: string, party: string, user: string, ts = TS) => ({ id, party, user, ts });
const word = (text: string, mark?: string, stamp?: Record<string, unknown>): PMJSON =>
  mark ? { type: 'text', text, marks: [{ type: mark, attrs: stamp }] } : { type: 'text', text };

/** Three Pasal, each a heading and an ayat list whose items hold suggestions of Alice and Sari. */
function agreement(): PMJSON {
  const clause = (n: number): PMJSON => ({
    type: 'clause',
    attrs: { id: `c${n}` },
    content: [
      { type: 'clauseHeading', content: [word(`Pasal ${n}`)] },
      {
        type: 'ayatList',
        content: [1, 2, 3].map((i) => ({
          type: 'ayatItem',
          attrs: {
            id: `c${n}a${i}`,
            suggestion: i === 3 ? { kind: 'insert', ...stampOf(`blk${n}`, 'pA', 'alice') } : null,
          },
          content: [
            {
              type: 'paragraph',
              content: [
                word('para pihak '),
                word('baru ', 'insertion', stampOf('sA', 'pA', 'alice')),
                word('sepakat '),
                word('lama ', 'deletion', stampOf(`sS${n}`, 'pB', 'sari')),
                word('dengan baik.'),
              ],
            },
          ],
        })),
      },
    ],
  });
  return { type: 'doc', content: [1, 2, 3].map(clause) };
}

/** A seeded random number generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function textsOf(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  const walk = (el: Y.XmlElement | Y.XmlFragment) => {
    for (const c of el.toArray()) {
      if (c instanceof Y.XmlText) out.push(c);
      else if (c instanceof Y.XmlElement) walk(c);
    }
  };
  walk(doc.getXmlFragment(YDOC.body));
  return out;
}

/** One to three random edits by a suggester: most as the engine would make them, some forged or direct. */
function suggesterChange(doc: Y.Doc, rand: () => number, step: number): void {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const texts = textsOf(doc);
  const ids = ['sMine', `sNew${step}`, 'sS1', 'sS2', 'sA', 'blk1', 'blk2'];
  const stamps = () => {
    const id = rand() < 0.7 ? pick(ids.slice(0, 2)) : pick(ids);
    const who = rand() < 0.85 ? ['pB', 'sari'] : ['pA', 'alice'];
    const ts = rand() < 0.9 ? new Date().toISOString() : rand() < 0.5 ? TS : '2020-01-01T00:00:00.000Z';
    return stampOf(id, who[0] as string, who[1] as string, ts);
  };
  for (let n = rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 2); n > 0; n--) {
    const text = pick(texts);
    const at = Math.floor(rand() * (text.length + 1));
    const len = Math.min(text.length - at, 1 + Math.floor(rand() * 6));
    const kind = rand();
    if (kind < 0.42) text.insert(at, 'kata ', { insertion: stamps() });
    // Typing on: the characters take the formats where they land (anyone's suggestion, or none).
    else if (kind < 0.5) text.insert(at, 'ketik');
    else if (kind < 0.6 && len > 0) text.format(at, len, { deletion: stamps() });
    else if (kind < 0.7 && len > 0) text.delete(at, len);
    else if (kind < 0.75) text.insert(at, 'langsung ');
    else if (kind < 0.82 && len > 0) text.format(at, len, { insertion: null, deletion: null });
    else if (kind < 0.9) {
      const block = text.parent as Y.XmlElement;
      const owner = block.parent as Y.XmlElement;
      owner.setAttribute('suggestion', {
        kind: pick(['insert', 'delete']),
        ...stamps(),
      } as unknown as string);
    } else {
      const ayat = (text.parent as Y.XmlElement).parent as Y.XmlElement;
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.setAttribute('suggestion', { kind: 'split', ...stamps() } as unknown as string);
      paragraph.insert(0, [new Y.XmlText('pecahan ')]);
      ayat.insert(ayat.length, [paragraph]);
    }
  }
}

/** Every element the judge keeps the JSON of reads as that JSON now (what it keeps stands for the accepted state). */
function expectCacheTrue(doc: Y.Doc, step: number): void {
  const { json } = stateOf(doc);
  const walk = (parent: Y.XmlElement | Y.XmlFragment) => {
    for (const el of parent.toArray()) {
      if (!(el instanceof Y.XmlElement)) continue;
      const kept = json?.get(el);
      if (kept) expect(kept, `step ${step}: the JSON kept of a ${el.nodeName}`).toEqual(readElement(el));
      walk(el);
    }
  };
  walk(doc.getXmlFragment(YDOC.body));
}

describe('the local check of a suggester’s change', () => {
  it('takes nothing the whole check refuses (400 random changes, seed 5)', () => {
    const rand = random(5);
    const judge = agreementJudge();
    const me = authorOf({ party: SARI.partyId, user: SARI.userId });
    let doc = buildDocument(agreement(), {});
    let accepted = Y.encodeStateAsUpdate(doc);
    const counts = { local: 0, typed: 0, whole: 0, refused: 0, invalid: 0 };
    for (let step = 0; step < 400; step++) {
      const editor = rand() < 0.1;
      const identity = editor ? ALICE : SARI;
      judge.beforeApply?.({ document: doc, identity });
      let verdict: string | null = null;
      doc.transact((transaction) => {
        if (editor) textsOf(doc)[Math.floor(rand() * 9)]?.insert(0, 'ubah ');
        else suggesterChange(doc, rand, step);
        verdict = judge.judge({ document: doc, transaction, identity });
        if (!editor && verdict !== 'invalid') {
          const now = Date.now();
          const { json, owners } = stateOf(doc);
          const local = judgeLocally(
            { json: json!, owners: owners! },
            transaction,
            doc.getXmlFragment(YDOC.body),
            me,
            (s) => Math.abs(Date.parse(s.ts) - now) <= STAMP_CLOCK_SKEW_MS,
          );
          let whole = true;
          try {
            judgeWhole(doc, transaction, SARI, now);
          } catch (err) {
            if (!(err instanceof Breach)) throw err;
            whole = false;
          }
          if (local)
            expect(whole, `step ${step}: the local check takes what the whole check refuses`).toBe(true);
          counts[local ? 'local' : whole ? 'whole' : 'refused']++;
          // Settled without reading a block: a keystroke inside the sender's own insertion.
          if (local?.size === 0) counts.typed++;
        } else if (verdict === 'invalid') counts.invalid++;
        if (verdict) transaction.meta.set(REFUSED_TRANSACTION, verdict);
      });
      if (verdict) {
        // As the room does: the live document goes back to what was accepted.
        doc = new Y.Doc();
        Y.applyUpdate(doc, accepted);
      } else {
        accepted = Y.encodeStateAsUpdate(doc);
        expectCacheTrue(doc, step);
      }
    }
    console.info(`local check: ${JSON.stringify(counts)}`);
    // Each way of settling a change happened often enough to mean something.
    expect(counts.local).toBeGreaterThan(40);
    expect(counts.whole + counts.refused).toBeGreaterThan(40);
    expect(counts.refused).toBeGreaterThan(20);
    expect(counts.typed).toBeGreaterThan(15);
  }, 120_000);

  it('settles typing on inside the sender’s own insertion without reading, and nothing else', () => {
    const judge = agreementJudge();
    const doc = buildDocument(agreement(), {});
    const typeIn = (identity: CollabIdentity, edit: (text: Y.XmlText) => void, at = 1) => {
      judge.beforeApply?.({ document: doc, identity });
      let verdict: string | null = null;
      let local: Map<Y.XmlElement, PMJSON> | null = null;
      doc.transact((transaction) => {
        edit(textsOf(doc)[at]!);
        const { json, owners } = stateOf(doc);
        local = judgeLocally(
          { json: json!, owners: owners! },
          transaction,
          doc.getXmlFragment(YDOC.body),
          authorOf({ party: identity.partyId, user: identity.userId }),
          () => true,
        );
        verdict = judge.judge({ document: doc, transaction, identity });
        if (verdict) transaction.meta.set(REFUSED_TRANSACTION, verdict);
      });
      return { verdict, typed: (local as Map<Y.XmlElement, PMJSON> | null)?.size === 0 };
    };
    // Sari's own insertion at the start of the first ayat's paragraph ("para pihak " stays).
    const mine = stampOf('sMine', 'pB', 'sari', new Date().toISOString());
    expect(typeIn(SARI, (t) => t.insert(0, 'usul ', { insertion: mine }))).toEqual({
      verdict: null,
      typed: false,
    });
    // Typing on inside it: no new format, settled without reading a block.
    expect(typeIn(SARI, (t) => t.insert(2, 'x'))).toEqual({ verdict: null, typed: true });
    // Inside Alice's insertion ("baru " after "usul para pihak "): refused, not by the short way.
    expect(typeIn(SARI, (t) => t.insert(18, 'x'))).toEqual({ verdict: 'suggestion', typed: false });
    // Plain text, in no suggestion: refused.
    expect(typeIn(SARI, (t) => t.insert(8, 'x'))).toEqual({ verdict: 'suggestion', typed: false });
    // Her own insertion in the third ayat of Pasal 1 (after its heading and two ayat), which
    // Alice proposed whole: typing on there changes Alice's suggestion too.
    const ayat3 = 3;
    expect(typeIn(SARI, (t) => t.insert(0, 'usul ', { insertion: mine }), ayat3).typed).toBe(false);
    expect(typeIn(SARI, (t) => t.insert(2, 'x'), ayat3)).toEqual({ verdict: 'suggestion', typed: false });
  });
});
