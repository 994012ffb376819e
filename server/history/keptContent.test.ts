import { afterEach, describe, expect, it } from 'vitest';
import { outlineOf } from '../../shared/clauses.ts';
import { docToJSON } from '../collab/convert.ts';
import type { ClauseChange, ClauseState } from './changesRepo.ts';
import { clauseStates } from './changesRepo.ts';
import { clauseHistory, GROUP_WINDOW_MS } from './clauseHistory.ts';
import { agreementBody } from './fixtures.ts';
import { ContentKeeper, type UnwrittenWindow } from './keptContent.ts';
import { peopleOf } from './people.ts';
import { ydocAt } from './reconstruct.ts';
import { type HistoryHarness, historyHarness } from './testing.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

const state = (clauseId: string, seq: number, at: number, hash: string | null = `h${seq}`): ClauseState => ({
  clauseId,
  seq,
  at,
  hash,
  number: 1,
  content: hash ? { type: 'clause' } : null,
});
const change = (
  clauseId: string,
  seq: number,
  userId: string | null,
  kind: ClauseChange['kind'] = 'changed',
) => ({ clauseId, seq, userId, at: seq, firstAt: seq, kind }) as ClauseChange;
const win = (documentId: string, changes: ClauseChange[], states: ClauseState[]): UnwrittenWindow => ({
  documentId,
  changes,
  states,
  seq: states[0]?.seq ?? 0,
});

/** The states whose content the keeper dropped, given the windows in the order attributed. */
function intermediateStates(windows: UnwrittenWindow[], written = new Set<number>()): Set<ClauseState> {
  const keeper = new ContentKeeper();
  windows.forEach((w, i) => {
    keeper.add(w);
    if (written.has(i)) w.written = true;
  });
  return new Set(windows.flatMap((w) => w.states.filter((s) => s.hash !== null && s.content === null)));
}

describe('which attribution states are stored without their content', () => {
  it('drops only what the next window of the same clause continues, by the same people, soon', () => {
    const s = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => state('c1', n, n * 500));
    const windows = [
      win('d1', [change('c1', 1, 'a', 'added')], [s[0]!]), // added: kept
      win('d1', [change('c1', 2, 'a')], [s[1]!]), // continued by a: dropped
      win('d1', [change('c1', 3, 'a')], [s[2]!]), // followed by b: kept
      win('d1', [change('c1', 4, 'b'), change('c1', 4, 'a')], [s[3]!]), // a and b, then a and b: dropped
      win('d1', [change('c1', 5, 'a'), change('c1', 5, 'b')], [s[4]!]), // then a pause: kept
      win('d1', [change('c1', 6, 'a')], [{ ...s[5]!, at: s[4]!.at + GROUP_WINDOW_MS + 1 }]), // then a removal: kept
      win('d1', [change('c1', 7, 'a', 'removed')], [state('c1', 7, 7 * 500 + GROUP_WINDOW_MS, null)]),
      win('d1', [change('c1', 8, 'a', 'added')], [s[7]!]), // the last: kept
    ];
    const dropped = intermediateStates(windows);
    expect([...dropped].map((x) => x.seq).sort()).toEqual([2, 4]);
  });

  it('keeps clauses and documents apart, and a state nobody is credited with', () => {
    const windows = [
      win('d1', [change('c1', 1, 'a'), change('c2', 1, 'a')], [state('c1', 1, 0), state('c2', 1, 0)]),
      win('d2', [change('c1', 1, 'a')], [state('c1', 1, 0)]),
      win('d1', [change('c2', 2, 'a')], [state('c2', 2, 500)]),
      win('d1', [], [state('c3', 3, 600)]),
      win('d1', [], [state('c3', 4, 700)]),
    ];
    const dropped = intermediateStates(windows);
    // c2 of d1 is continued; c1 of d1 has no next window (d2's c1 is another document's).
    expect([...dropped].map((x) => [x.clauseId, x.seq])).toEqual([['c2', 1]]);
  });

  it('leaves a state already written as it was stored', () => {
    const windows = [0, 1, 2].map((n) =>
      win('d1', [change('c1', n + 1, 'a')], [state('c1', n + 1, n * 500)]),
    );
    // The first window was written before the second came: only the second's content goes.
    const dropped = intermediateStates(windows, new Set([0]));
    expect([...dropped].map((x) => x.seq)).toEqual([2]);
  });
});

describe('a clause typed into over several windows', () => {
  let h: HistoryHarness;
  afterEach(() => h?.cleanup());

  it('stores whole only the states its history shows, and rebuilds any other from the log', async () => {
    h = historyHarness(agreementBody(3), { windowMs: 5, maxWindowMs: 5 });
    // Each edit in a window of its own (windows of 5 ms).
    const pause = () => new Promise((r) => setTimeout(r, 100));
    for (const word of ['satu ', 'dua ', 'tiga ']) {
      h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c2').insert(0, word));
      await pause();
    }
    for (const word of ['empat ', 'lima ']) {
      h.edit('u-b', (_b, doc) => h.paragraph(doc, 'c2').insert(0, word));
      await pause();
    }
    h.attribution.flush();

    const states = clauseStates(h.db, h.documentId, 'c2');
    const stored = h.db
      .prepare(
        "SELECT seq FROM clause_states WHERE document_id = 'd1' AND clause_id = 'c2' AND content IS NULL",
      )
      .pluck()
      .all();
    // Anisa's first two windows and Budi's first are continued by the same person.
    expect(states).toHaveLength(6);
    expect(stored).toEqual([states[1]!.seq, states[2]!.seq, states[4]!.seq]);
    // Every state reads as the clause did after its seq, stored or rebuilt.
    for (const s of states) {
      const { doc } = ydocAt(h.db, h.documentId, s.seq);
      const el = clauseElements(doc.getXmlFragment('body')).get('c2')!.el;
      expect(s.content()).toEqual(yElementToJSON(el));
      doc.destroy();
    }
    // The history shows each person's turn whole: before and after from the states kept.
    const history = clauseHistory(
      h.db,
      h.documentId,
      'c2',
      peopleOf(h.db, 'k1'),
      outlineOf(docToJSON(h.live).body),
    )!;
    const turns = history.entries.map((e) => ({
      who: e.authors.map((a) => a.displayName),
      before: e.before?.text ?? '',
      after: e.after?.text ?? '',
    }));
    expect(turns.map((t) => t.who)).toEqual([['Budi'], ['Anisa'], ['Pemilik']]);
    const [budi, anisa] = turns as [(typeof turns)[0], (typeof turns)[0]];
    expect(anisa.before).not.toContain('satu');
    expect(anisa.after).toContain('tiga dua satu');
    expect(budi.before).toBe(anisa.after);
    expect(budi.after).toContain('lima empat tiga dua satu');
  });
});
