import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLog } from '../collab/types.ts';
import { ClauseAttribution } from './attribution.ts';
import { clauseChanges, clauseStates } from './changesRepo.ts';
import { agreementBody, ayat, clause } from './fixtures.ts';
import { clauseElement, type HistoryHarness, historyHarness } from './testing.ts';
import { clauseElements } from './yjson.ts';

let h: HistoryHarness;
afterEach(() => h?.cleanup());

/** Types `text` at the start of clause c1 as u-a and credits the update to `attribution` as `seq`. */
function typeAndCredit(attribution: ClauseAttribution, text: string, seq: number): number {
  let update: Uint8Array | null = null;
  const listen = (u: Uint8Array) => {
    update = u;
  };
  h.live.on('update', listen);
  h.live.transact(() => h.paragraph(h.live, 'c1').insert(0, text), { userId: 'u-a' });
  h.live.off('update', listen);
  attribution.credit(h.documentId, update!, 'u-a', seq);
  return seq;
}

const kinds = (id: string) => clauseChanges(h.db, h.documentId, id).map((c) => [c.kind, c.userId]);

describe('clause attribution', () => {
  it('records the whole document as added by its creator on first load', () => {
    h = historyHarness(agreementBody(3));
    for (const id of ['c1', 'c2', 'c3']) {
      expect(kinds(id)).toEqual([['added', 'u-owner']]);
      const [state] = clauseStates(h.db, h.documentId, id);
      expect(state).toBeDefined();
      if (!state) return;
      expect(state.seq).toBe(1);
      expect(state.number).toBe(Number(id.slice(1)));
      expect(state.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('attributes each edit to the user who sent it, and only to the clause it touched', () => {
    h = historyHarness(agreementBody(3));
    const a = h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'Anisa: '));
    const b = h.edit('u-b', (_b, doc) => h.paragraph(doc, 'c3', 1).insert(0, 'Budi: '));
    h.attribution.flush();
    expect(clauseChanges(h.db, h.documentId, 'c1').at(-1)).toMatchObject({
      seq: a,
      userId: 'u-a',
      kind: 'changed',
    });
    expect(clauseChanges(h.db, h.documentId, 'c3').at(-1)).toMatchObject({
      seq: b,
      userId: 'u-b',
      kind: 'changed',
    });
    expect(kinds('c2')).toEqual([['added', 'u-owner']]);
    const c1 = clauseStates(h.db, h.documentId, 'c1');
    expect(c1).toHaveLength(2);
    expect(JSON.stringify(c1[1]!.content())).toContain('Anisa: ');
  });

  it('credits each person of a burst in one window once per clause, from their first to their last keystroke, with one state', () => {
    h = historyHarness(agreementBody(2));
    const seqs: number[] = [];
    const times: number[] = [];
    for (const [i, user] of ['u-a', 'u-b', 'u-a'].entries()) {
      times.push(Date.now());
      seqs.push(h.edit(user, (_b, doc) => h.paragraph(doc, 'c2').insert(0, String(i))));
      const until = Date.now() + 3;
      while (Date.now() < until); // so that the first and last keystroke differ in time
    }
    h.attribution.flush();
    const changes = clauseChanges(h.db, h.documentId, 'c2').slice(1);
    expect(changes.map((c) => [c.seq, c.userId])).toEqual([
      [seqs[1], 'u-b'],
      [seqs[2], 'u-a'],
    ]);
    const anisa = changes[1]!;
    expect(anisa.firstAt).toBeGreaterThanOrEqual(times[0]!);
    expect(anisa.firstAt).toBeLessThan(times[2]!);
    expect(anisa.at).toBeGreaterThanOrEqual(times[2]!);
    // One state per window: the turns are credited above, the clause is stored once.
    expect(clauseStates(h.db, h.documentId, 'c2').map((s) => s.seq)).toEqual([1, seqs[2]]);
  });

  it('credits two people typing in different clauses in the same window only with their own clause', () => {
    h = historyHarness(agreementBody(3));
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'A1 '));
    h.edit('u-b', (_b, doc) => h.paragraph(doc, 'c2').insert(0, 'B1 '));
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'A2 '));
    // A move by one while the other types: the moved clause is the mover's, the text the typist's.
    h.edit('u-b', (body) => {
      const c3 = clauseElements(body).get('c3')!;
      const copy = c3.el.clone();
      body.delete(c3.index, 1);
      body.insert(clauseElements(body).get('c1')!.index, [copy]);
      // Touching a clause without changing it (as y-tiptap does when it reorders) credits nobody.
      clauseElements(body).get('c1')!.el.setAttribute('id', 'c1');
    });
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'A3 '));
    h.attribution.flush();
    // Anisa typed in Pasal 1 before and after the move, all in one window: one row, hers.
    expect(kinds('c1').slice(1)).toEqual([['changed', 'u-a']]);
    expect(kinds('c2').slice(1)).toEqual([['changed', 'u-b']]);
    expect(kinds('c3').slice(1)).toEqual([['moved', 'u-b']]);
  });

  it('does not credit someone who only re-set a clause attribute while another typed in it', () => {
    h = historyHarness(agreementBody(2));
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'Anisa '));
    h.edit('u-b', (body) => clauseElements(body).get('c1')!.el.setAttribute('id', 'c1'));
    const again = h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'lagi '));
    h.attribution.flush();
    expect(
      clauseChanges(h.db, h.documentId, 'c1')
        .slice(1)
        .map((c) => [c.seq, c.userId]),
    ).toEqual([[again, 'u-a']]);
  });

  it('records an added, a removed and a moved clause', () => {
    h = historyHarness(agreementBody(4));
    h.edit('u-a', (body) => {
      const index = clauseElements(body).get('c2')!.index;
      body.insert(index + 1, [clauseElement(clause('cNew', 'Pasal Baru', ayat('cNew', 'Isi baru.')))]);
    });
    h.edit('u-b', (body) => body.delete(clauseElements(body).get('c3')!.index, 1));
    h.edit('u-a', (body) => {
      // Move Pasal 1 to the end: delete it and insert a copy with the same id after Pasal 4.
      const c1 = clauseElements(body).get('c1')!;
      const copy = c1.el.clone();
      body.delete(c1.index, 1);
      body.insert(clauseElements(body).get('c4')!.index + 1, [copy]);
    });
    h.attribution.flush();
    expect(kinds('cNew')).toEqual([['added', 'u-a']]);
    expect(kinds('c3').at(-1)).toEqual(['removed', 'u-b']);
    expect(kinds('c1').at(-1)).toEqual(['moved', 'u-a']);
    expect(clauseStates(h.db, h.documentId, 'c3').at(-1)).toMatchObject({ hash: null });
    expect(clauseStates(h.db, h.documentId, 'c3').at(-1)!.content()).toBeNull();
    expect(clauseStates(h.db, h.documentId, 'c1').at(-1)?.number).toBe(4);
  });

  it('ignores edits outside clauses and changes that leave a clause as it was', () => {
    h = historyHarness(agreementBody(2));
    h.edit('u-a', (body) => {
      const preamble = body.get(0) as Y.XmlElement;
      ((preamble.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'X');
    });
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').insert(0, 'tmp'));
    h.edit('u-a', (_b, doc) => h.paragraph(doc, 'c1').delete(0, 3));
    h.attribution.flush();
    expect(kinds('c1')).toEqual([['added', 'u-owner']]);
    expect(kinds('c2')).toEqual([['added', 'u-owner']]);
  });

  it('catches up on load with what the log holds beyond the last window (after a crash)', () => {
    h = historyHarness(agreementBody(2));
    const seq = h.edit('u-b', (_b, doc) => h.paragraph(doc, 'c2').insert(0, 'Hilang? '));
    // The window never ran (crash): a fresh load attributes the range to its sender.
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, h.store.loadState(h.documentId).update!);
    new ClauseAttribution({ db: h.db, log: silentLog }).track(h.documentId, reloaded);
    expect(clauseChanges(h.db, h.documentId, 'c2').at(-1)).toMatchObject({
      seq,
      userId: 'u-b',
      kind: 'changed',
    });
    reloaded.destroy();
  });

  it('settles a document whose room is not open from the stored log, as loading it would', () => {
    h = historyHarness(agreementBody(2));
    const seq = h.edit('u-b', (_b, doc) => h.paragraph(doc, 'c2').insert(0, 'Hilang? '));
    // The window never ran (crash) and nobody opens the document again: a reader settles it.
    const fresh = new ClauseAttribution({ db: h.db, log: silentLog });
    fresh.onSettle({ documentId: h.documentId });
    expect(clauseChanges(h.db, h.documentId, 'c2').at(-1)).toMatchObject({
      seq,
      userId: 'u-b',
      kind: 'changed',
    });
    const recorded = clauseChanges(h.db, h.documentId, 'c2').length;
    fresh.onSettle({ documentId: h.documentId });
    expect(clauseChanges(h.db, h.documentId, 'c2')).toHaveLength(recorded);
  });

  it('reports a pause once nobody has changed the clauses for a while, even after the room closed', async () => {
    h = historyHarness(agreementBody(2));
    const paused: string[] = [];
    const attribution = new ClauseAttribution({
      db: h.db,
      log: silentLog,
      pauseMs: 80,
      onPause: (id) => paused.push(id),
    });
    attribution.track(h.documentId, h.live);
    h.attribution.untrack(h.documentId);
    // Edits straight on the live document, as the collaboration server applies a client's.
    const edit = (text: string) =>
      h.live.transact(() => h.paragraph(h.live, 'c1').insert(0, text), { userId: 'u-a' });
    let update: Uint8Array | null = null;
    h.live.on('update', (u: Uint8Array) => {
      update = u;
    });
    edit('x');
    attribution.credit(h.documentId, update!, 'u-a', 2);
    await new Promise((r) => setTimeout(r, 40));
    edit('y');
    attribution.credit(h.documentId, update!, 'u-a', 3);
    attribution.untrack(h.documentId);
    expect(paused).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(paused).toEqual([h.documentId]);
    // Both edits fell in one window: one run, from the first to the second.
    expect(clauseChanges(h.db, h.documentId, 'c1').map((c) => c.seq)).toEqual([1, 3]);
  });

  it('lengthens the window when attributing takes more than its share of the time, and a read still sees everything', async () => {
    h = historyHarness(agreementBody(2));
    h.attribution.untrack(h.documentId);
    const attributionWith = (timeShare: number) => {
      const a = new ClauseAttribution({
        db: h.db,
        log: silentLog,
        windowMs: 20,
        timeShare,
        maxWindowMs: 5000,
      });
      a.track(h.documentId, h.live);
      return a;
    };
    let seq = 1;
    const edit = (attribution: ClauseAttribution, text: string) => typeAndCredit(attribution, text, ++seq);
    // What the windows attributed so far (written out now: they are written every few seconds).
    const recorded = (a: ClauseAttribution) => {
      a.write();
      return clauseChanges(h.db, h.documentId, 'c1').map((c) => c.seq);
    };
    const settle = () => new Promise((r) => setTimeout(r, 150));

    // Any round costs more than a billionth of the time since: the next window is as long as allowed.
    const slow = attributionWith(1e-9);
    const first = edit(slow, 'a');
    await settle();
    expect(recorded(slow)).toContain(first);
    const second = edit(slow, 'b');
    await settle();
    expect(recorded(slow)).not.toContain(second);
    slow.flush(h.documentId);
    expect(recorded(slow)).toContain(second);
    slow.untrack(h.documentId);

    // Given the whole time, windows keep their length.
    const quick = attributionWith(1);
    edit(quick, 'c');
    await settle();
    const fourth = edit(quick, 'd');
    await settle();
    expect(recorded(quick)).toContain(fourth);
    quick.untrack(h.documentId);
  });
  it('writes its windows together every few seconds, and a read settles them first', async () => {
    h = historyHarness(agreementBody(2));
    h.attribution.untrack(h.documentId);
    const a = new ClauseAttribution({ db: h.db, log: silentLog, windowMs: 20 });
    a.track(h.documentId, h.live);
    let seq = 1;
    const edit = (text: string) => typeAndCredit(a, text, ++seq);
    const stored = () => clauseChanges(h.db, h.documentId, 'c1').map((c) => c.seq);
    const windowsPassed = async (n: number) => {
      for (let waited = 0; a.stats.windows < n && waited < 5000; waited += 10) {
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(a.stats.windows).toBeGreaterThanOrEqual(n);
    };
    const first = edit('a');
    await windowsPassed(1);
    const second = edit('b');
    // Two windows have passed (each its own entry), neither written yet...
    await windowsPassed(2);
    expect(stored()).not.toContain(first);
    // ...until someone reads: settling writes them, in order.
    a.settle(h.documentId);
    expect(stored()).toEqual(expect.arrayContaining([first, second]));
    a.untrack(h.documentId);
  });
});
