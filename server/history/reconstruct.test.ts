import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToJSON } from '../collab/convert.ts';
import { agreementBody } from './fixtures.ts';
import { stateAt } from './reconstruct.ts';
import { type HistoryHarness, historyHarness } from './testing.ts';

let h: HistoryHarness;
afterEach(() => h?.cleanup());

describe('stateAt', () => {
  it('reads the document back exactly as it was after each seq, checkpoints or not', () => {
    h = historyHarness(agreementBody(3));
    const seen = new Map<number, string>();
    seen.set(1, JSON.stringify(docToJSON(h.live)));
    for (let i = 0; i < 12; i++) {
      const seq = h.edit(i % 2 ? 'u-a' : 'u-b', (_b, doc) =>
        h.paragraph(doc, `c${(i % 3) + 1}`).insert(0, `${i} `),
      );
      seen.set(seq, JSON.stringify(docToJSON(h.live)));
      // The live doc collects garbage; checkpoints are its merged state at that seq.
      if (seq % 4 === 0) h.store.checkpoint(h.documentId, seq, Y.encodeStateAsUpdate(h.live));
    }
    for (const [seq, json] of seen) {
      const state = stateAt(h.db, h.documentId, seq);
      expect(JSON.stringify({ body: state.body, meta: state.meta })).toBe(json);
      expect(state.seq).toBe(seq);
    }
  });

  it('never uses a checkpoint taken after the seq asked for', () => {
    h = historyHarness(agreementBody(1));
    const first = h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'Satu. '));
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'Dua. '));
    h.store.checkpoint(h.documentId, first + 1, Y.encodeStateAsUpdate(h.live));
    const text = JSON.stringify(stateAt(h.db, h.documentId, first).body);
    expect(text).toContain('Satu. ');
    expect(text).not.toContain('Dua. ');
  });

  it('is empty before the first update', () => {
    h = historyHarness(agreementBody(1));
    const empty = stateAt(h.db, h.documentId, 0);
    expect(empty.body.content ?? []).toEqual([]);
    expect(empty.at).toBe(0);
  });
});
