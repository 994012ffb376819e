import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { UpdateStore } from '../../server/collab/store.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { FullClient } from '../clients/full.ts';
import type { BenchContext } from '../context.ts';
import type { EditorScript } from '../edits.ts';
import { Framer, MSG, readHeader, SYNC } from '../protocol.ts';
import type { Running, ServerKind, Target } from '../servers/kinds.ts';
import { median, round } from '../stats.ts';

/** W3 on one server: opening a document whose history is 100,000 updates. */
export interface W3Result {
  server: string;
  /** How the server holds those updates. */
  storage: string;
  /** False for a server that keeps documents in memory only (no cold open). */
  persistent: boolean;
  updates: number;
  buildSeconds: number;
  /** Bytes in the server's data folder after the build. */
  storedBytes: number;
  /** Connect → holding the document, first open after a restart (ms); null when it never arrived. */
  firstColdMs: number | null;
  /** Structs missing at the first open after the restart (what the restart lost). */
  coldMissing: number;
  /** Median of the opens after each restart. */
  coldMs: number | null;
  /** Median of opens while the server runs (the document may or may not still be loaded). */
  reopenMs: number;
  /** Sepakat only: the server's load steps timed in the bench process on the same database. */
  breakdown?: { readMs: number; applyMs: number; encodeMs: number; tail: number };
  /** The first open did not finish within this many ms. */
  timedOutAfterMs?: number;
  /** Structs of the document the server did not give back when reopened while running. */
  reopenMissing: number;
}

/** An open that takes longer than this is reported as timed out. */
const OPEN_LIMIT_MS = 60_000;
/** After sync, how long the rest of the document may take to arrive before it counts as missing. */
const SETTLE_MS = 5_000;

const dirBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

/** One open: milliseconds until the client holds the whole document, or null with how much is missing. */
interface Opened {
  ms: number | null;
  /** Structs of the expected state the client still lacked when the wait ended. */
  missing: number;
}

/**
 * Time from connecting until a fresh full client is synced AND holds the whole document
 * (`expected`): a server may report sync before its storage has loaded the document. Waits up
 * to `limitMs`; what is still missing then is reported instead of a time.
 */
async function openOnce(
  target: Target,
  expected: Map<number, number>,
  limitMs = OPEN_LIMIT_MS,
): Promise<Opened> {
  const started = performance.now();
  const client = new FullClient(target, null, { connectTimeoutMs: limitMs });
  const missing = () => {
    let n = 0;
    for (const [c, clock] of expected) n += Math.max(0, clock - client.seen(c));
    return n;
  };
  const within = <T>(p: Promise<T>, ms: number) => {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      p.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]).finally(() => clearTimeout(timer));
  };
  try {
    if (!(await within(client.synced, limitMs).catch(() => false))) return { ms: null, missing: missing() };
    // Synced; the content may still be on its way (a server that loads storage after replying).
    const whole = await within(client.holds(expected), SETTLE_MS);
    return { ms: whole ? round(performance.now() - started) : null, missing: missing() };
  } finally {
    client.destroy();
  }
}

const times = (xs: Opened[]) => xs.flatMap((x) => (x.ms === null ? [] : [x.ms]));

/** The state vector of the document after all of W3's updates (what a client must end up holding). */
function expectedState(state: Uint8Array, scripts: EditorScript[]): Map<number, number> {
  const doc = new Y.Doc();
  doc.transact(() => {
    Y.applyUpdate(doc, state);
    for (const s of scripts) for (const e of s.edits) Y.applyUpdate(doc, e.update);
  });
  const sv = Y.decodeStateVector(Y.encodeStateVector(doc));
  doc.destroy();
  return sv;
}

/**
 * Sends every update of `scripts` through one socket per editor as fast as the server takes
 * them (at most `window` unconfirmed), counting the broadcasts a watcher socket receives.
 */
async function pushUpdates(
  server: Running,
  documentId: string,
  state: Uint8Array | null,
  scripts: EditorScript[],
): Promise<void> {
  const open = (editor: number) =>
    new Promise<{ ws: WebSocket; framer: Framer; target: Target }>((resolve, reject) => {
      const target = server.target(documentId, editor);
      const framer = new Framer(target.dialect, target.documentName);
      const ws = new WebSocket(target.url, { headers: target.headers, perMessageDeflate: false });
      ws.on('error', reject);
      ws.on('open', () => {
        if (target.dialect === 'hocuspocus') ws.send(framer.auth());
        resolve({ ws, framer, target });
      });
    });
  const watcher = await open(0);
  let broadcasts = 0;
  let seeded = state === null;
  watcher.ws.on('message', (data: Buffer) => {
    const { type, syncType } = readHeader(data, watcher.target.dialect);
    if (type === MSG.sync && syncType === SYNC.update) broadcasts++;
    if (type === MSG.sync && syncType === SYNC.step2) seeded = true;
  });
  if (state) {
    watcher.ws.send(watcher.framer.update(state));
    watcher.ws.send(watcher.framer.syncStep1());
  } else watcher.ws.send(watcher.framer.syncStep1());
  const wait = async (until: () => boolean, what: string) => {
    const deadline = Date.now() + 120_000;
    while (!until()) {
      if (Date.now() > deadline) throw new Error(`W3: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  await wait(() => seeded, 'the initial state');
  const start = broadcasts;
  const senders = await Promise.all(scripts.map((_, i) => open(i + 1)));
  const total = scripts.reduce((n, s) => n + s.edits.length, 0);
  let sent = 0;
  const chunk = 100;
  for (let offset = 0; sent < total; offset += chunk) {
    scripts.forEach((script, i) => {
      for (const edit of script.edits.slice(offset, offset + chunk)) {
        const sender = senders[i]!; // one sender per script
        sender.ws.send(sender.framer.update(edit.update));
        sent++;
      }
    });
    await wait(() => broadcasts - start >= sent - 2000, 'the server to catch up');
  }
  await wait(() => broadcasts - start >= total, 'the last updates');
  for (const s of [watcher, ...senders]) s.ws.close();
}

/**
 * Sepakat's load steps on its own database, timed apart: read the latest checkpoint and the
 * log after it, apply both in one transaction (as `UpdateStore.loadInto` does), encode the state
 * (what a sync reply to a new client costs).
 */
function breakdown(dbFile: string, documentId: string) {
  const db = openDatabase(dbFile);
  try {
    const store = new UpdateStore(db);
    let t = performance.now();
    const cp = db
      .prepare('SELECT seq, state FROM doc_checkpoints WHERE document_id = ? ORDER BY seq DESC LIMIT 1')
      .get(documentId) as { seq: number; state: Buffer } | undefined;
    const rows = store.updatesSince(documentId, cp?.seq ?? 0);
    const readMs = performance.now() - t;
    const doc = new Y.Doc();
    t = performance.now();
    doc.transact(() => {
      if (cp) Y.applyUpdate(doc, cp.state);
      for (const row of rows) Y.applyUpdate(doc, row.data);
    });
    const applyMs = performance.now() - t;
    t = performance.now();
    Y.encodeStateAsUpdate(doc);
    const encodeMs = performance.now() - t;
    doc.destroy();
    return { readMs: round(readMs), applyMs: round(applyMs), encodeMs: round(encodeMs), tail: rows.length };
  } finally {
    db.close();
  }
}

/**
 * W3: a document with 100,000 logged updates (10 editors typing with some deletions), built
 * through the clients as fast as each server takes them; then the time from connect to synced
 * after a restart (cold) and while running. Sepakat also gets the worst case: the same updates
 * appended to the log directly (no checkpoint), opened for the first time.
 */
export async function runW3(ctx: BenchContext): Promise<W3Result[]> {
  const c = ctx.config.w3;
  const index = ctx.w3Index;
  const { id, state } = ctx.document(index);
  const scripts = ctx.scripts(index, c.editors, Math.ceil(c.updates / c.editors), { deleteRatio: 0.1 });
  const expected = expectedState(state, scripts);
  const results: W3Result[] = [];
  for (const kind of ctx.kinds) results.push(await buildAndOpen(ctx, kind, id, state, scripts, expected));
  const sepakat = ctx.kinds.find((k) => k.name === 'sepakat');
  if (sepakat) results.push(await logOnly(ctx, sepakat, scripts, expected));
  return results;
}

async function buildAndOpen(
  ctx: BenchContext,
  kind: ServerKind,
  id: string,
  state: Uint8Array,
  scripts: EditorScript[],
  expected: Map<number, number>,
): Promise<W3Result> {
  const c = ctx.config.w3;
  const dir = ctx.dir('w3', kind.name);
  ctx.log(`W3 ${kind.name}: sending ${c.updates} updates`);
  let server = await kind.start(dir, ctx.serverCpu);
  const t = performance.now();
  try {
    await pushUpdates(server, id, kind.needsSeed ? state : null, scripts);
    const buildSeconds = round((performance.now() - t) / 1000);
    // Let debounced stores (Hocuspocus 2 s) and idle unloads happen before the restart.
    await new Promise((r) => setTimeout(r, 3000));
    const cold: Opened[] = [];
    let storedBytes = 0;
    if (kind.persistent) {
      for (let i = 0; i < c.coldTrials; i++) {
        await server.stop();
        if (i === 0) storedBytes = dirBytes(dir);
        server = await kind.start(dir, ctx.serverCpu);
        cold.push(await openOnce(server.target(id), expected));
      }
    }
    const reopen: Opened[] = [];
    for (let i = 0; i < c.reopenTrials; i++) {
      const opened = await openOnce(server.target(id), expected);
      reopen.push(opened);
      if (opened.ms === null) break; // incomplete: more tries only wait again
    }
    await server.stop();
    const result: W3Result = {
      server: kind.name,
      storage: kind.storage,
      persistent: kind.persistent,
      updates: scripts.reduce((n, s) => n + s.edits.length, 0),
      buildSeconds,
      storedBytes,
      firstColdMs: cold[0]?.ms ?? null,
      coldMissing: cold[0]?.missing ?? 0,
      coldMs: times(cold).length ? round(median(times(cold))) : null,
      reopenMs: round(median(times(reopen))),
      reopenMissing: Math.max(0, ...reopen.map((x) => x.missing)),
    };
    if (kind.name === 'sepakat') result.breakdown = breakdown(join(dir, 'sepakat.db'), id);
    return result;
  } finally {
    await server.stop();
  }
}

/**
 * The worst case for Sepakat: the same updates appended to the log directly, without any
 * checkpoint (nor the history rows the live server writes), opened for the first time. The
 * server folds such a tail into a checkpoint on load; the breakdown shows the next load.
 */
async function logOnly(
  ctx: BenchContext,
  kind: ServerKind,
  scripts: EditorScript[],
  expected: Map<number, number>,
): Promise<W3Result> {
  // The same document as the other W3 runs, on a fresh copy of the prepared database.
  const { id } = ctx.document(ctx.w3Index);
  const dir = ctx.dir('w3', 'sepakat-log-only');
  ctx.log('W3 sepakat: the same updates appended to the log directly');
  await (await kind.start(dir, ctx.serverCpu)).stop();
  const dbFile = join(dir, 'sepakat.db');
  const db = openDatabase(dbFile);
  const t = performance.now();
  const store = new UpdateStore(db);
  const rows = scripts.flatMap((s) => s.edits.map((e) => ({ documentId: id, userId: null, data: e.update })));
  for (let i = 0; i < rows.length; i += 5000) store.append(rows.slice(i, i + 5000));
  const buildSeconds = round((performance.now() - t) / 1000);
  db.close();
  const server = await kind.start(dir, ctx.serverCpu);
  try {
    const first = await openOnce(server.target(id), expected);
    const reopen: Opened[] = [];
    if (first.ms !== null) {
      for (let i = 0; i < ctx.config.w3.reopenTrials; i++)
        reopen.push(await openOnce(server.target(id), expected));
    }
    await server.stop();
    return {
      server: 'sepakat (log only, no checkpoint)',
      storage: 'the same updates appended with UpdateStore.append, no checkpoint',
      persistent: true,
      updates: rows.length,
      buildSeconds,
      storedBytes: dirBytes(dir),
      firstColdMs: first.ms,
      coldMissing: first.missing,
      coldMs: first.ms,
      reopenMs: round(median(times(reopen))),
      reopenMissing: Math.max(0, ...reopen.map((x) => x.missing)),
      ...(first.ms === null ? { timedOutAfterMs: OPEN_LIMIT_MS } : { breakdown: breakdown(dbFile, id) }),
    };
  } finally {
    await server.stop();
  }
}
