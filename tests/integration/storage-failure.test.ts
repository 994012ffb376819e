import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphText, plainText, sleep, type TestClient, waitFor } from '../../server/collab/testing.ts';
import { CloseCode } from '../../shared/protocol.ts';
import { connectionsPerTest } from '../support/clients.ts';
import { demoCooperation } from '../support/factories.ts';
import { startServer } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

/**
 * Storage failures end to end, on a small tmpfs the test mounts for the data folder. A full
 * disk while people type: the server must refuse the edits it cannot store (sockets closed
 * with 4507, REST answers 507 in both languages), never show anyone an edit it did not store,
 * and take the edits again once there is space: clients keep them and resend them. A data
 * folder that is read-only: the server refuses to start and names the folder.
 *
 * A mount cannot turn read-only while the server holds its database open for writing (the
 * kernel answers "busy"), so the read-only folder is tested at start. Mounting needs root (or
 * CAP_SYS_ADMIN); without it the suite is skipped: a chmod does not stop root, and SQLite's
 * `max_page_count` binds only the connection that sets it, so neither could make the server's
 * own connection fail from outside.
 */

const ROOT = join(import.meta.dirname, '..', '..');

function tryMount(dir: string, options: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
}
const canMount = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'sepakat-mount-probe-'));
  const ok = tryMount(probe, 'size=1m');
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

const mounts: string[] = [];
function mountTmpfs(sizeMiB: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-disk-'));
  if (!tryMount(dir, `size=${sizeMiB}m`)) throw new Error(`cannot mount a tmpfs on ${dir}`);
  mounts.push(dir);
  return dir;
}
const remount = (dir: string, mode: 'ro' | 'rw') => execFileSync('mount', ['-o', `remount,${mode}`, dir]);

/** Writes zeros until the file system says it is full. */
function fillDisk(dir: string): string {
  const file = join(dir, 'pengisi.bin');
  const fd = openSync(file, 'w');
  try {
    for (const size of [1024 * 1024, 4096, 512]) {
      const chunk = Buffer.alloc(size);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

/** Empties the WAL into the database (from a second connection), so the next commit must grow it. */
function truncateWal(dbFile: string): void {
  const db = new Database(dbFile);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

afterAll(() => {
  for (const dir of mounts) {
    spawnSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.skipIf(!canMount)('storage failure on a real file system', () => {
  let disk: string;
  let cookie: string;
  let mouId: string;
  let cooperationId: string;
  const ctx = withServer(undefined, () => {
    disk = mountTmpfs(24);
    // A folder inside the mount: the test server's dispose removes its data folder, not the mount point.
    return { dataDir: join(disk, 'data') };
  });
  const sockets = connectionsPerTest(() => ctx.server);

  const open = () => sockets.connect(mouId, cookie, ctx.server.url);
  const text = (c: TestClient) => plainText(paragraphText(c.doc, 0)!);
  const tryWrite = () =>
    ctx.server.api(`/api/cooperations/${cooperationId}/points`, {
      cookie,
      body: { text: 'Catatan saat disk bermasalah', documentId: mouId },
    });

  beforeAll(async () => {
    cookie = await ctx.server.login('ombudsman');
    const coop = await demoCooperation(ctx.server, cookie);
    cooperationId = coop.id;
    mouId = coop.documents.find((d) => d.kind === 'mou')!.id;
  });

  it('a full disk: edits are refused with 4507 and never shown; they are stored once space is back', async () => {
    const typist = open();
    const reader = open();
    await Promise.all([typist.synced(), reader.synced()]);
    const before = text(reader);

    truncateWal(ctx.server.dbFile);
    const filler = fillDisk(disk);
    // The update log's file may still take a few keystrokes into the page it has (they are
    // stored: the reader sees them, and they survive); once SQLite cannot take them in, edits
    // are refused. The typist goes on typing until then.
    let typed = '';
    const refused4507 = () => typist.closes.includes(CloseCode.storageFailed);
    for (let i = 0; !refused4507() && i < 200; i++) {
      const word = `PENUH${i} `;
      paragraphText(typist.doc, 0)!.insert(0, word);
      typed = word + typed;
      await sleep(150);
    }
    // The room closes every connection with 4507; each socket's close arrives on its own.
    await waitFor(
      () => refused4507() && reader.closes.includes(CloseCode.storageFailed),
      'the typist and the reader closed with 4507',
      15_000,
    );
    const shown = text(reader);
    // The reader never saw what could not be stored: what it shows is what it had, plus the
    // start of what was typed, and not all of it.
    expect(shown.endsWith(before)).toBe(true);
    expect(typed.endsWith(shown.slice(0, shown.length - before.length))).toBe(true);
    expect(shown).not.toBe(typed + before);

    const refused = await tryWrite();
    expect(refused.status).toBe(507);
    expect(refused.body.error).toMatchObject({ id: 'storage.full' });
    expect(refused.body.error.message).not.toBe(refused.body.error.messageEn);
    expect((await fetch(`${ctx.server.url}/healthz`)).status).toBe(200); // the process is still up

    // Space again: the typist's provider reconnects and resends; the reader gets it; it is stored.
    rmSync(filler);
    await waitFor(() => text(reader) === typed + before, 'every edit after space was freed', 20_000);
    expect((await tryWrite()).status).toBe(201);
    sockets.destroyAll();
    await ctx.server.restart();
    const fresh = open();
    await fresh.synced();
    expect(text(fresh)).toBe(typed + before);
  }, 90_000);

  it('refuses to start on a data folder that is read-only, empty or holding a database, naming it', async () => {
    const startOn = (dataDir: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
        cwd: ROOT,
        env: { ...process.env, PORT: '0', SEPAKAT_DATA_DIR: dataDir, SEPAKAT_DEMO_PASSWORD: 'x12345678' },
        encoding: 'utf8',
        timeout: 30_000,
      });
    const dir = mountTmpfs(8);
    const empty = join(dir, 'kosong');
    const used = join(dir, 'terpakai');
    mkdirSync(empty);
    const seeded = await startServer({ dataDir: used });
    await seeded.stop();
    // Nothing holds a file open for writing now, so the mount can turn read-only.
    remount(dir, 'ro');
    try {
      for (const dataDir of [empty, used]) {
        const res = startOn(dataDir);
        const said = res.stderr + res.stdout;
        expect(res.status, said).not.toBe(0);
        expect(said).toContain(`folder ${dataDir} is writable`);
        expect(said).toContain(`folder ${dataDir} dapat ditulis`);
      }
    } finally {
      remount(dir, 'rw');
    }
  });
});
