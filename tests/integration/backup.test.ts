import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UpdateStore } from '../../server/collab/store.ts';
import { paragraphText, sleep, snapshot, type TestClient, waitFor } from '../../server/collab/testing.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { connectionsPerTest } from '../support/clients.ts';
import { demoCooperation } from '../support/factories.ts';
import { runScript } from '../support/scripts.ts';
import { serversPerFile, withServer } from '../support/withServer.ts';

const work = mkdtempSync(join(tmpdir(), 'sepakat-backup-'));
// Registered first, so that it runs after the servers below are disposed.
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ctx = withServer();
const restoredServers = serversPerFile();
const sockets = connectionsPerTest(() => ctx.server);

/** `npm run backup -- <args>` against a data folder. */
const runBackup = (dataDir: string, args: string[]) =>
  runScript('server/cli/backup.ts', args, { SEPAKAT_DATA_DIR: dataDir });

/** A stock y-websocket client carrying `cookie` and the server's own Origin, as its page would. */
const open = (documentId: string, cookie: string, on = ctx.server) =>
  sockets.connect(documentId, cookie, on.url, on);

/** Each client of the state vector `a` is at least as far in `b`. */
const covers = (b: Map<number, number>, a: Map<number, number>) =>
  [...a].every(([client, clock]) => (b.get(client) ?? 0) >= clock);

/** A document's stored state in a database file, as a Y.Doc (checkpoint + log). */
function storedDoc(dbFile: string, documentId: string): Y.Doc {
  const db = openDatabase(dbFile);
  try {
    const { update } = new UpdateStore(db).loadState(documentId);
    const doc = new Y.Doc();
    if (update) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    db.close();
  }
}

describe('npm run backup', () => {
  it('copies the database while editors type; a server on the copy opens every document intact', async () => {
    const editors = [await ctx.server.login('ombudsman'), await ctx.server.login('pemkot')];
    const coop = await demoCooperation(ctx.server, editors[0]!);
    // The demo's MoU and PKS; its master PKS's variants would also take the server's own writes
    // after every keystroke in the master, which is the variants' tests' subject, not a backup's.
    // Its signed PKS is read-only, and its evaluation report is no agreement: drafts of MoU and PKS only.
    const documentIds = coop.documents
      .filter((d) => d.tier === 'single' && d.status === 'draft' && d.kind !== 'notes')
      .map((d) => d.id);
    expect(documentIds).toHaveLength(2);

    // Two typists in every document, and an observer: it sees only what the server stored.
    const observers = new Map<string, TestClient>();
    const typists: TestClient[] = [];
    for (const id of documentIds) {
      observers.set(id, open(id, editors[0]!));
      typists.push(open(id, editors[0]!), open(id, editors[1]!));
    }
    await Promise.all([...observers.values(), ...typists].map((c) => c.synced()));
    let typing = true;
    const loops = typists.map(async (c, i) => {
      let n = 0;
      while (typing) {
        c.doc.transact(() => paragraphText(c.doc, i % 3)?.insert(0, `${i}:${n++} `));
        await sleep(15);
      }
    });
    await sleep(700);

    const target = join(work, 'cadangan.db');
    const before = new Map(
      [...observers].map(([id, o]) => [id, Y.decodeStateVector(Y.encodeStateVector(o.doc))]),
    );
    const result = await runBackup(ctx.server.dataDir, [target]);
    await sleep(300);
    const after = new Map(
      [...observers].map(([id, o]) => [id, Y.decodeStateVector(Y.encodeStateVector(o.doc))]),
    );
    typing = false;
    await Promise.all(loops);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/backup written/);
    // One file: nothing of the copy is left beside it.
    expect(readdirSync(work).filter((f) => f.startsWith('cadangan'))).toEqual(['cadangan.db']);

    // The copy holds every document as stored at one moment between the two readings.
    const copies = new Map<string, string>();
    for (const id of documentIds) {
      const doc = storedDoc(target, id);
      const sv = Y.decodeStateVector(Y.encodeStateVector(doc));
      expect(covers(sv, before.get(id)!), `${id}: the copy lacks what was stored before the backup`).toBe(
        true,
      );
      expect(covers(after.get(id)!, sv), `${id}: the copy holds what nobody had seen`).toBe(true);
      expect(doc.store.pendingStructs, `${id}: the copy is not a consistent state`).toBeNull();
      expect(doc.getXmlFragment('body').length).toBeGreaterThan(0);
      copies.set(id, snapshot(doc));
      doc.destroy();
    }
    // The editors really typed while the copy was made (otherwise the bounds prove nothing).
    expect(documentIds.some((id) => !covers(before.get(id)!, after.get(id)!))).toBe(true);

    // Restore: a server started on the copy shows the same documents, text and clauses.
    const restored = await restoredServers.start({ dataDir: mkdtempSync(join(work, 'pulih-')) });
    await restored.stop();
    copyFileSync(target, join(restored.dataDir, 'sepakat.db'));
    for (const suffix of ['-wal', '-shm'])
      rmSync(join(restored.dataDir, `sepakat.db${suffix}`), { force: true });
    await restored.restart();
    const cookie = await restored.login('ombudsman');
    for (const id of documentIds) {
      const res = await restored.api(`/api/documents/${id}`, { cookie });
      expect(res.status).toBe(200);
      expect(res.body.document.clauses.length).toBeGreaterThan(0);
      const reader = open(id, cookie, restored);
      await reader.synced();
      await waitFor(() => snapshot(reader.doc) === copies.get(id), `document ${id} as in the copy`);
    }
  });

  it('refuses to overwrite a file without --force, and names a missing database', async () => {
    const existing = join(work, 'ada.db');
    expect((await runBackup(ctx.server.dataDir, [existing])).code).toBe(0);
    const again = await runBackup(ctx.server.dataDir, [existing]);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/--force/);
    expect((await runBackup(ctx.server.dataDir, [existing, '--force'])).code).toBe(0);
    const missing = await runBackup(join(work, 'tidak-ada'), [join(work, 'x.db')]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/database not found/);
    expect(existsSync(join(work, 'x.db'))).toBe(false);
  });
});
