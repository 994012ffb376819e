// Whether the server check of a suggester's keystroke costs what the keystroke touches, not
// what its Pasal holds: the same typing into a Pasal of 10 paragraphs and one of 200, each
// paragraph a suggestion per word (the check's costly case). Ratios of medians, not
// milliseconds, since the machine running the tests is shared.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { buildDocument } from '../collab/convert.ts';
import type { CollabIdentity } from '../collab/types.ts';
import { agreementBody } from '../history/fixtures.ts';
import { agreementJudge } from './index.ts';

const SARI: CollabIdentity = { userId: 'sari', readOnly: false, partyId: 'pB', suggestOnly: true };
const WORDS = 'para pihak sepakat melaksanakan ketentuan ini dengan itikad baik dan saling menghormati'.split(
  ' ',
);

/** A paragraph whose every word is a suggestion of its own, by Alice or by Sari in turn. */
function suggestedParagraph(n: number): PMJSON {
  return {
    type: 'paragraph',
    content: WORDS.map((word, i) => {
      const [party, user] = i % 2 ? ['pB', 'sari'] : ['pA', 'alice'];
      const attrs = { id: `w${n}x${i}`, party, user, ts: '2026-12-05T08:00:00.000Z' };
      return { type: 'text', text: `${word} `, marks: [{ type: i % 3 ? 'insertion' : 'deletion', attrs }] };
    }),
  };
}

/** The 100-Pasal agreement with its 50th Pasal holding `paragraphs` such paragraphs. */
function agreement(paragraphs: number): PMJSON {
  const body = agreementBody(100);
  const content = [...(body.content ?? [])];
  const at = content.findIndex((n) => n.attrs?.id === 'c50');
  content[at] = {
    type: 'clause',
    attrs: { id: 'c50' },
    content: [
      { type: 'clauseHeading', content: [{ type: 'text', text: 'Ketentuan Penuh Usulan' }] },
      ...Array.from({ length: paragraphs }, (_, i) => suggestedParagraph(i)),
    ],
  };
  return { ...body, content };
}

/** The text of the middle paragraph of Pasal 50. */
function middleText(doc: Y.Doc): Y.XmlText {
  const clause = doc
    .getXmlFragment(YDOC.body)
    .toArray()
    .find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.getAttribute('id') === 'c50');
  const paragraphs = (clause?.toArray() ?? []).filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
  return paragraphs[Math.floor(paragraphs.length / 2)]?.firstChild as Y.XmlText;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Milliseconds the judge takes (prepare, judge, follow) for each of `rounds` keystrokes of Sari
 * typing on one insertion of hers in the middle of Pasal 50, as the suggestion engine sends it.
 */
function measure(paragraphs: number, rounds: number): number[] {
  const judge = agreementJudge();
  const doc = buildDocument(agreement(paragraphs), {});
  const text = middleText(doc);
  const stamp = { id: 'sTyped', party: 'pB', user: 'sari', ts: new Date().toISOString() };
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    judge.beforeApply?.({ document: doc, identity: SARI });
    let elapsed = performance.now() - start;
    let verdict: string | null = 'not judged';
    doc.transact((transaction) => {
      text.insert(30 + i, 'k', { insertion: stamp });
      const t0 = performance.now();
      verdict = judge.judge({ document: doc, transaction, identity: SARI });
      judge.follow?.({ document: doc, transaction, identity: SARI });
      elapsed += performance.now() - t0;
    });
    expect(verdict).toBeNull();
    if (i > 0) times.push(elapsed); // the first reads the whole document once
  }
  doc.destroy();
  return times;
}

describe('the cost of a suggester’s keystroke', () => {
  it('does not grow with the paragraphs of its Pasal (10 against 200, a suggestion per word)', () => {
    measure(10, 20); // warm up
    const small: number[] = [];
    const large: number[] = [];
    // Interleaved, so a burst of load from elsewhere falls on both alike.
    for (let round = 0; round < 3; round++) {
      small.push(...measure(10, 60));
      large.push(...measure(200, 60));
    }
    const ratio = median(large) / median(small);
    console.info(
      `suggester keystroke: 10 paragraphs median ${median(small).toFixed(3)} ms, ` +
        `200 paragraphs ${median(large).toFixed(3)} ms (× ${ratio.toFixed(2)})`,
    );
    expect(ratio).toBeLessThan(2);
  }, 120_000);
});
