// What the server check of suggestions costs per update on a 100-Pasal agreement (a micro
// measure beside the unit tests): the judge alone, on the live Y.Doc, as the room calls it.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import { buildDocument } from '../collab/convert.ts';
import type { CollabIdentity } from '../collab/types.ts';
import { agreementBody } from '../history/fixtures.ts';
import { agreementJudge } from './index.ts';

const SARI: CollabIdentity = { userId: 'sari', readOnly: false, partyId: 'pB', suggestOnly: true };
const ALICE: CollabIdentity = { userId: 'alice', readOnly: false, partyId: 'pA' };

/** The first text of the first paragraph of the n-th Pasal's first ayat. */
function ayatText(doc: Y.Doc, n: number): Y.XmlText {
  const clauses = doc
    .getXmlFragment(YDOC.body)
    .toArray()
    .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'clause');
  let el = clauses[n % clauses.length] as Y.XmlElement;
  while (!(el.firstChild instanceof Y.XmlText))
    el = (el.nodeName === 'clause' ? el.get(1) : el.firstChild) as Y.XmlElement;
  return el.firstChild;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? 0;

/** Milliseconds the judge takes (prepare + judge + follow) for each of `rounds` one-word updates. */
function measure(identity: CollabIdentity, suggest: boolean, rounds = 200): number[] {
  const judge = agreementJudge();
  const doc = buildDocument(agreementBody(100), {});
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const stamp = { id: `s${i}`, party: 'pB', user: 'sari', ts: new Date().toISOString() };
    const start = performance.now();
    judge.beforeApply?.({ document: doc, identity });
    let verdict: string | null = null;
    let elapsed = performance.now() - start;
    doc.transact((transaction) => {
      ayatText(doc, i).insert(0, 'kata ', suggest ? { insertion: stamp } : {});
      const t0 = performance.now();
      verdict = judge.judge({ document: doc, transaction, identity });
      elapsed += performance.now() - t0;
      const follow = judge.follow;
      if (follow) {
        const t1 = performance.now();
        follow({ document: doc, transaction, identity });
        elapsed += performance.now() - t1;
      }
    });
    expect(verdict).toBeNull();
    times.push(elapsed);
  }
  doc.destroy();
  return times;
}

describe('the cost of the suggestion check on a 100-Pasal agreement', () => {
  it('stays a small fraction of the 50 ms budget per update', () => {
    measure(SARI, true, 30); // warm up
    const editor = measure(ALICE, false, 200);
    const suggester = measure(SARI, true, 200);
    const first = suggester[0] ?? 0;
    const rest = suggester.slice(1);
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    console.info(
      `judge per update, 100 Pasal: editor median ${ms(median(editor))}, p90 ${ms(p90(editor))}; ` +
        `suggester first ${ms(first)} (reads every Pasal), then median ${ms(median(rest))}, p90 ${ms(p90(rest))}`,
    );
    expect(median(rest)).toBeLessThan(5);
    expect(median(editor)).toBeLessThan(2);
  }, 60_000);
});
