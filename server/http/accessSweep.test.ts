import type { FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { collabTestbed, createSampleDocument, sleep, tokenHooks, waitFor } from '../collab/testing.ts';
import type { CollabHooks } from '../collab/types.ts';
import { createSession, deleteSession, findSession } from '../db/repos/sessions.ts';
import { type AccessSweep, startAccessSweep } from './accessSweep.ts';

const bed = collabTestbed();
let sweep: AccessSweep | null = null;
afterEach(() => {
  sweep?.stop();
  sweep = null;
});

const log = { warn() {}, error() {} } as unknown as FastifyBaseLogger;

/** A collaboration server whose authenticator counts its runs, with one client connected. */
async function countedServer() {
  const runs = { n: 0 };
  const inner = tokenHooks();
  const onAuthenticate: CollabHooks['onAuthenticate'] = (args) => {
    runs.n++;
    return inner.onAuthenticate(args);
  };
  const t = await bed.start({ hooks: { onAuthenticate } });
  const client = bed.client(createSampleDocument(t), 'ed-alice');
  await client.synced();
  return { t, runs };
}

describe('startAccessSweep', () => {
  it('checks open sockets again only when the access epoch moved, or a session expired', async () => {
    const { t, runs } = await countedServer();
    const { token } = createSession(t.db, 'u-owner', 60_000);
    const expiring = createSession(t.db, 'u-owner', 3_000);
    expect(runs.n).toBe(1);
    sweep = startAccessSweep({ collab: t.server, db: t.db, log }, 20, 500);
    await sleep(300);
    expect(runs.n).toBe(1); // nothing changed: ticks cost one query
    deleteSession(t.db, token);
    await waitFor(() => runs.n === 2, 'a check after a session ended', 1000);
    t.db.prepare("UPDATE members SET role = 'viewer'").run(); // changes no row: the epoch stays
    await sleep(300);
    expect(runs.n).toBe(2);
    // The second session expires (it is still stored): found at the next expiry look.
    await waitFor(() => runs.n === 3, 'a check after a session expired', 5000);
    expect(findSession(t.db, expiring.token)).toBeNull();
    await sleep(1200);
    expect(runs.n).toBe(3); // expired once, counted once
  });

  it('sees what another connection to the database did, and stops with stop()', async () => {
    const { t, runs } = await countedServer();
    sweep = startAccessSweep({ collab: t.server, db: t.db, log }, 20, 60_000);
    const { default: Database } = await import('better-sqlite3');
    const other = new Database(t.dbFile);
    try {
      other.prepare("UPDATE documents SET status = 'final'").run();
    } finally {
      other.close();
    }
    await waitFor(() => runs.n === 2, 'a check after another process changed a document', 1000);
    sweep.stop();
    createSession(t.db, 'u-owner', 60_000);
    t.db.prepare('DELETE FROM sessions').run();
    await sleep(200);
    expect(runs.n).toBe(2);
  });
});
