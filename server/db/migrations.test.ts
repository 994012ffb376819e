import { afterEach, describe, expect, it } from 'vitest';
import { UpdateStore } from '../collab/store.ts';
import { seedDocument } from '../collab/testing.ts';
import { type DB, migrate } from './connection.ts';
import { MIGRATIONS, olderDatabase } from './testing.ts';

let older: ReturnType<typeof olderDatabase> | undefined;
afterEach(() => {
  older?.dispose();
  older = undefined;
});

/** A database migrated only up to (and including) `last`, as an older Sepakat left it. */
function migratedUpTo(last: string): DB {
  older = olderDatabase(last);
  return older.db;
}

describe('migrations', () => {
  it('keeps the log of a database from before the journal, numbering on from its last seq', () => {
    const db = migratedUpTo('006_clause_change_runs.sql');
    const id = seedDocument(db, 'docOld');
    const insert = db.prepare(
      'INSERT INTO doc_updates (document_id, seq, user_id, at, data) VALUES (?, ?, ?, 0, ?)',
    );
    for (let seq = 1; seq <= 3; seq++) insert.run(id, seq, 'u-owner', Buffer.from([seq]));

    expect(migrate(db, MIGRATIONS)[0]).toBe('007_update_journal.sql');
    const store = new UpdateStore(db);
    expect(store.latestSeq(id)).toBe(3);
    expect(store.append([{ documentId: id, userId: 'u-a', data: new Uint8Array([4]) }])).toEqual([4]);
    expect(store.updatesSince(id, 0).map((r) => [r.seq, r.userId, r.data[0]])).toEqual([
      [1, 'u-owner', 1],
      [2, 'u-owner', 2],
      [3, 'u-owner', 3],
      [4, 'u-a', 4],
    ]);
  });
});
