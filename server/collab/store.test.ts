import { copyFileSync, mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agreementSchema } from '../../shared/schema/index.ts';
import { type DB, openDatabase } from '../db/connection.ts';
import { buildDocument, docToJSON } from './convert.ts';
import { CHECKPOINT_SPACING, createDocumentState, loggedBetween, UpdateStore, updateTime } from './store.ts';
import { sampleBody, seedDocument, snapshot } from './testing.ts';

let dir: string;
let db: DB;
let store: UpdateStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sepakat-store-'));
  db = openDatabase(join(dir, 'db.sqlite'));
  store = new UpdateStore(db, { logFile: true });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** n single-character edits of one Y.Doc, each as the update it produced. */
function typedUpdates(n: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const text = doc.getText('t');
  for (let i = 0; i < n; i++) text.insert(i, String.fromCharCode(97 + (i % 26)));
  return { doc, updates };
}

describe('UpdateStore', () => {
  it('keeps numbering right when a second store on the same database appends in between', () => {
    const a = seedDocument(db, 'docA');
    const other = new UpdateStore(db);
    const { updates } = typedUpdates(4);
    const row = (i: number) => [{ documentId: a, userId: null, data: updates[i]! }];
    expect(store.append(row(0))).toEqual([1]);
    expect(other.append(row(1))).toEqual([2]);
    // `store` remembers 1 as its last seq: its next insert collides, and it asks the log again.
    expect(store.append(row(2))).toEqual([3]);
    expect(other.append(row(3))).toEqual([4]);
    expect(store.updatesSince(a, 0).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
  });

  it('numbers appended updates per document, in one batch and across batches', () => {
    const a = seedDocument(db, 'docA');
    const b = seedDocument(db, 'docB');
    const { updates } = typedUpdates(5);
    expect(
      store.append([
        { documentId: a, userId: 'u1', data: updates[0]! },
        { documentId: b, userId: 'u2', data: updates[0]! },
        { documentId: a, userId: 'u1', data: updates[1]! },
      ]),
    ).toEqual([1, 1, 2]);
    expect(store.append([{ documentId: a, userId: null, data: updates[2]! }])).toEqual([3]);
    expect(store.count(a)).toBe(3);
    expect(store.latestSeq(b)).toBe(1);
    const since = store.updatesSince(a, 1);
    expect(since.map((r) => [r.seq, r.userId])).toEqual([
      [2, 'u1'],
      [3, null],
    ]);
    expect(Array.from(since[0]!.data)).toEqual(Array.from(updates[1]!));
  });

  it('loads the latest checkpoint merged with the tail, and keeps every log row', () => {
    const id = seedDocument(db);
    const { doc, updates } = typedUpdates(30);
    store.append(updates.slice(0, 20).map((data) => ({ documentId: id, userId: 'u1', data })));
    const at20 = new Y.Doc();
    for (const u of updates.slice(0, 20)) Y.applyUpdate(at20, u);
    store.checkpoint(id, 20, Y.encodeStateAsUpdate(at20));
    store.append(updates.slice(20).map((data) => ({ documentId: id, userId: 'u1', data })));

    const loaded = store.loadState(id);
    expect(loaded.seq).toBe(30);
    expect(loaded.checkpointSeq).toBe(20);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, loaded.update!);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(store.count(id)).toBe(30);
  });

  it('reads the log the same before, while and after its journal is moved to the ordered log', () => {
    const a = seedDocument(db, 'docA');
    const b = seedDocument(db, 'docB');
    const { updates } = typedUpdates(1200);
    // Interleaved, as many editors' updates arrive: the journal holds them in arrival order.
    // (Appends inside a transaction go to the journal; the server's go to the log file.)
    const inTransaction = (batch: Parameters<UpdateStore['append']>[0]) =>
      db.transaction(() => store.append(batch))();
    for (let i = 0; i < updates.length; i += 2) {
      inTransaction([
        { documentId: a, userId: 'u1', data: updates[i]! },
        { documentId: b, userId: 'u2', data: updates[i + 1]! },
      ]);
    }
    const read = (id: string) => store.updatesSince(id, 0).map((r) => [r.seq, r.userId, Array.from(r.data)]);
    const before = [read(a), read(b)];
    expect(before[0]).toHaveLength(600);
    const journal = () => db.prepare('SELECT COUNT(*) FROM doc_journal').pluck().get();
    expect(journal()).toBe(1200);

    // Step by step (a budget of 0 ms is one step), each document's updates read exactly once
    // at every moment, also when another store (the server after a crash) takes over halfway.
    const log = () => db.prepare('SELECT COUNT(*) FROM doc_log').pluck().get();
    expect(store.moveJournal(0)).toBe(true); // freezes the 1200 rows
    expect([read(a), read(b)]).toEqual(before);
    expect(store.moveJournal(0)).toBe(true); // moves docA's 600
    expect(log()).toBe(600);
    expect([read(a), read(b)]).toEqual(before);
    const later = { documentId: a, userId: 'u3', data: typedUpdates(1).updates[0]! };
    expect(inTransaction([later])).toEqual([601]); // appends go on meanwhile
    const afterCrash = new UpdateStore(db);
    expect(afterCrash.moveJournal(0)).toBe(true); // moves docB's 600
    expect(log()).toBe(1200);
    expect(read(b)).toEqual(before[1]!);
    expect(read(a)).toEqual([...before[0]!, [601, 'u3', Array.from(later.data)]]);
    expect(afterCrash.moveJournal(0)).toBe(false); // deletes the moved rows and thaws
    expect(journal()).toBe(1);
    expect(read(b)).toEqual(before[1]!);
    expect(read(a)).toHaveLength(601);
    // The next generation takes what came meanwhile.
    expect(store.moveJournal()).toBe(false);
    expect(journal()).toBe(0);
    expect(log()).toBe(1201);
    expect(read(a)).toHaveLength(601);

    // Numbering goes on from the moved log.
    expect(store.append([{ documentId: a, userId: 'u1', data: typedUpdates(1).updates[0]! }])).toEqual([602]);
    expect(new UpdateStore(db).latestSeq(a)).toBe(602);
  });

  it('reports an empty document as no update at seq 0', () => {
    const id = seedDocument(db);
    expect(store.loadState(id)).toEqual({ update: null, seq: 0, checkpointSeq: 0, bytes: 0 });
  });

  it("refuses appends once the database refuses the log file's records, and takes them again after", () => {
    const id = seedDocument(db);
    const { updates } = typedUpdates(3);
    const append = (i: number) => store.append([{ documentId: id, userId: 'u1', data: updates[i]! }]);
    expect(append(0)).toEqual([1]);
    db.pragma('query_only = ON');
    // The file takes it (durable, nothing lost); folding it into SQLite fails...
    expect(append(1)).toEqual([2]);
    expect(() => store.fold()).toThrow();
    // ...and from then on nothing more is taken, while readers still see every update.
    expect(() => append(2)).toThrow();
    expect(store.updatesSince(id, 0).map((u) => u.seq)).toEqual([1, 2]);
    db.pragma('query_only = OFF');
    expect(append(2)).toEqual([3]);
    expect(store.count(id)).toBe(3);
  });
});

describe('the log file in front of SQLite', () => {
  const append = (s: UpdateStore, id: string, updates: Uint8Array[]) =>
    updates.map((data) => s.append([{ documentId: id, userId: 'u1', data }])[0]);

  it('holds appends until they are folded, and readers always see them', () => {
    const id = seedDocument(db);
    const { doc, updates } = typedUpdates(50);
    expect(append(store, id, updates)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const rows = () =>
      db.prepare('SELECT COALESCE(SUM(last_seq - first_seq + 1), 0) FROM doc_runs').pluck().get();
    expect(rows()).toBe(0);
    expect(statSync(join(dir, 'db.sqlite-updates')).size).toBeGreaterThan(50 * 20);
    // A reader folds first.
    const copy = new Y.Doc();
    store.loadInto(copy, id);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(rows()).toBe(50);
    // Folded together: one row of the document's 50 updates, each read back as it was sent.
    expect(db.prepare('SELECT first_seq, last_seq FROM doc_runs').all()).toEqual([
      { first_seq: 1, last_seq: 50 },
    ]);
    expect(store.updatesSince(id, 0).map((u) => Array.from(u.data))).toEqual(
      updates.map((u) => Array.from(u)),
    );
    expect(store.count(id)).toBe(50);
    expect(updateTime(db, id, 50)).toBeGreaterThan(0);
  });

  it('reads folded runs and rows stored one per update together, in order, over any range', () => {
    const id = seedDocument(db);
    const { doc, updates } = typedUpdates(30);
    const inTransaction = (data: Uint8Array) =>
      db.transaction(() => store.append([{ documentId: id, userId: 'u2', data }]))()[0];
    // 1–5 to the file, 6 inside a transaction (straight to SQLite), 7–20 to the file, 21 in a
    // transaction again, 22–30 to the file; then everything folds.
    expect(append(store, id, updates.slice(0, 5))).toEqual([1, 2, 3, 4, 5]);
    expect(inTransaction(updates[5]!)).toBe(6);
    append(store, id, updates.slice(6, 20));
    expect(inTransaction(updates[20]!)).toBe(21);
    append(store, id, updates.slice(21));
    store.fold();
    const seqs = (after: number, upto: number) => [...loggedBetween(db, id, after, upto)].map((u) => u.seq);
    expect(seqs(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(seqs(3, 8)).toEqual([4, 5, 6, 7, 8]);
    expect(seqs(19, 22)).toEqual([20, 21, 22]);
    expect([...loggedBetween(db, id, 20, 21)].map((u) => u.userId)).toEqual(['u2']);
    expect(store.count(id)).toBe(30);
    const copy = new Y.Doc();
    store.loadInto(copy, id);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it('replays what a killed process had not folded, once, when the database opens again', () => {
    const id = seedDocument(db);
    const { doc, updates } = typedUpdates(40);
    append(store, id, updates.slice(0, 10));
    store.fold();
    append(store, id, updates.slice(10));
    // No close: the process dies with 30 records only in the file.
    const again = openDatabase(join(dir, 'db.sqlite'));
    try {
      const reopened = new UpdateStore(again, { logFile: true });
      expect(reopened.recovery).toEqual({ replayed: 30, setAside: null });
      expect(reopened.updatesSince(id, 0).map((u) => u.seq)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      const copy = new Y.Doc();
      reopened.loadInto(copy, id);
      expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
      expect(reopened.append([{ documentId: id, userId: 'u2', data: typedUpdates(1).updates[0]! }])).toEqual([
        41,
      ]);
    } finally {
      again.close();
    }
  });

  it('drops a torn last write and keeps every record before it', () => {
    const id = seedDocument(db);
    const { updates } = typedUpdates(5);
    append(store, id, updates);
    const file = join(dir, 'db.sqlite-updates');
    const size = statSync(file).size;
    truncateSync(file, size - 3);
    const again = openDatabase(join(dir, 'db.sqlite'));
    try {
      const reopened = new UpdateStore(again, { logFile: true });
      expect(reopened.recovery.replayed).toBe(4);
      expect(reopened.count(id)).toBe(4);
    } finally {
      again.close();
    }
  });

  it('sets aside a file that belongs to another database instead of replaying it', () => {
    const id = seedDocument(db);
    append(store, id, typedUpdates(3).updates);
    // The database is put back as it was before the appends (a restored copy, say).
    const file = join(dir, 'db.sqlite-updates');
    copyFileSync(file, `${file}.kept`);
    store.close();
    db.prepare("UPDATE update_log SET id = 'restored-copy'").run();
    db.prepare('DELETE FROM doc_runs').run();
    db.prepare('DELETE FROM doc_heads').run();
    db.close();
    copyFileSync(`${file}.kept`, file);
    db = openDatabase(join(dir, 'db.sqlite'));
    const reopened = new UpdateStore(db, { logFile: true });
    expect(reopened.recovery.replayed).toBe(0);
    expect(reopened.recovery.setAside).toMatch(/db\.sqlite-updates\.\d+\.unmatched$/);
    expect(reopened.count(id)).toBe(0);
  });
});

describe('createDocumentState and docToJSON', () => {
  it('stores the initial body and meta as the first update, attributed to the creator', () => {
    const id = seedDocument(db);
    const seq = createDocumentState(
      store,
      id,
      sampleBody,
      { title: 'Nota Kesepakatan', place: 'Jambi' },
      'u-owner',
    );
    expect(seq).toBe(1);
    expect(store.updatesSince(id, 0)[0]!.userId).toBe('u-owner');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, store.loadState(id).update!);
    // As the schema reads it: with each attribute's default (a block's `suggestion` is null).
    const body = agreementSchema().nodeFromJSON(sampleBody).toJSON();
    expect(docToJSON(doc)).toEqual({ body, meta: { title: 'Nota Kesepakatan', place: 'Jambi' } });
  });

  it('refuses to create a document twice', () => {
    const id = seedDocument(db);
    createDocumentState(store, id, sampleBody, {}, 'u-owner');
    expect(() => createDocumentState(store, id, sampleBody, {}, 'u-owner')).toThrow(/already/);
  });

  it('rejects a body that does not fit the schema', () => {
    const bad = {
      type: 'doc',
      content: [{ type: 'clause', attrs: { id: 'x' }, content: [{ type: 'paragraph' }] }],
    };
    expect(() => buildDocument(bad, {})).toThrow();
    expect(() => buildDocument({ type: 'doc', content: [{ type: 'nosuchnode' }] }, {})).toThrow();
  });

  it('builds the same content as a client would see it', () => {
    const a = buildDocument(sampleBody, { title: 'T' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(snapshot(b)).toBe(snapshot(a));
    expect(snapshot(a)).toContain('Para pihak sepakat.');
  });
});

describe('checkpoint thinning', () => {
  it('keeps the two latest checkpoints and one per CHECKPOINT_SPACING seqs before them', () => {
    const db = openDatabase(':memory:');
    seedDocument(db, 'd');
    const store = new UpdateStore(db);
    const every = 500;
    const last = 3 * CHECKPOINT_SPACING + 2 * every;
    for (let seq = every; seq <= last; seq += every) store.checkpoint('d', seq, new Uint8Array([seq % 256]));
    const kept = db
      .prepare("SELECT seq FROM doc_checkpoints WHERE document_id = 'd' ORDER BY seq")
      .pluck()
      .all();
    expect(kept).toEqual([
      every,
      CHECKPOINT_SPACING,
      2 * CHECKPOINT_SPACING,
      3 * CHECKPOINT_SPACING,
      last - every,
      last,
    ]);
  });
});
