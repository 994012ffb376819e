import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DB, openDatabase } from './connection.ts';
import { startWalCheckpointer, type WalCheckpointer } from './walCheckpointer.ts';

let dir: string;
let db: DB;
let checkpointer: WalCheckpointer | undefined;
afterEach(async () => {
  await checkpointer?.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const errors: string[] = [];
const log = { error: (obj: object, msg: string) => errors.push(`${msg} ${JSON.stringify(obj)}`) };

describe('WAL checkpointer', () => {
  it('copies the WAL into the database file from its own thread, and hands back to SQLite when stopped', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sepakat-wal-'));
    const file = join(dir, 'db.sqlite');
    db = openDatabase(file);
    checkpointer = startWalCheckpointer(db, file, log);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    db.exec('CREATE TABLE filler (data BLOB)');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run(Buffer.alloc(2048, i));
    })();
    // SQLite alone would not copy anything now (auto-checkpoints are off): only the thread does.
    expect(statSync(file).size).toBe(before);
    const deadline = Date.now() + 5000;
    while (statSync(file).size < before + 2_000_000 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(statSync(file).size).toBeGreaterThan(before + 2_000_000);
    await checkpointer.stop();
    checkpointer = undefined;
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(errors).toEqual([]);
  });
});
