// Test support for the collaboration server's own tests: a real HTTP server with a real
// CollabServer on a real SQLite file, and stock y-websocket clients in Node.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { type DB, openDatabase } from '../db/connection.ts';
import { openRawSocket, type RawSocket } from './fuzzing.ts';
import { CollabServer } from './server.ts';
import { createDocumentState, UpdateStore } from './store.ts';
import {
  CollabAuthError,
  type CollabHooks,
  type CollabIdentity,
  type CollabJudge,
  type CollabLimits,
  type CollabLog,
} from './types.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true (or a truthy value) or fails after `timeoutMs`. */
export async function waitFor(check: () => unknown, label = 'condition', timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${label}`);
    await sleep(10);
  }
}

/** A small deterministic PRNG (mulberry32) for seeded random tests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A body of the agreement schema: one clause with a heading and two paragraphs. */
export const sampleBody: PMJSON = {
  type: 'doc',
  content: [
    {
      type: 'clause',
      attrs: { id: 'c1' },
      content: [
        { type: 'clauseHeading', content: [{ type: 'text', text: 'Maksud dan Tujuan' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Para pihak sepakat.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Kedua.' }] },
      ],
    },
  ],
};

/** Inserts the rows a document needs (user, cooperation, party, document) and returns its id. */
export function seedDocument(db: DB, documentId = `doc${Math.random().toString(36).slice(2, 10)}`): string {
  const now = Date.now();
  db.prepare(
    `INSERT OR IGNORE INTO users (id, username, display_name, password_hash, created_at)
     VALUES ('u-owner', 'owner', 'Owner', 'x', ?)`,
  ).run(now);
  db.prepare(
    `INSERT OR IGNORE INTO cooperations (id, title, created_by, created_at) VALUES ('coop1', 'Kerja sama', 'u-owner', ?)`,
  ).run(now);
  db.prepare(
    `INSERT INTO documents (id, cooperation_id, kind, title, created_by, created_at, updated_at)
     VALUES (?, 'coop1', 'mou', 'Nota Kesepakatan', 'u-owner', ?, ?)`,
  ).run(documentId, now, now);
  return documentId;
}

/**
 * Access by token (the `token` query parameter): `ed-*` edits, `ro-*` reads, anything else is
 * refused with 4401. `access` overrides per token, e.g. to change a role mid-test.
 */
export function tokenHooks(access: Map<string, CollabIdentity | number> = new Map()): CollabHooks {
  return {
    onAuthenticate({ request }) {
      const token = new URL(request.url ?? '/', 'http://x').searchParams.get('token') ?? '';
      const set = access.get(token);
      if (typeof set === 'number') throw new CollabAuthError(set, 'refused');
      if (set) return set;
      if (token.startsWith('ed-')) return { userId: token.slice(3), readOnly: false };
      if (token.startsWith('ro-')) return { userId: token.slice(3), readOnly: true };
      throw new CollabAuthError(4401, 'unauthorised');
    },
  };
}

export interface TestCollab {
  dir: string;
  dbFile: string;
  db: DB;
  store: UpdateStore;
  server: CollabServer;
  http: Server;
  /** `ws://127.0.0.1:PORT/collab`: the serverUrl of a WebsocketProvider. */
  url: string;
  /** Stops the HTTP server and the CollabServer (flushes); keeps the database file. */
  stop(): Promise<void>;
  /** stop() and delete the temp folder. */
  cleanup(): Promise<void>;
}

export interface StartOptions {
  dir?: string;
  limits?: Partial<CollabLimits>;
  hooks?: Partial<CollabHooks>;
  judge?: CollabJudge;
  store?: (db: DB, dbFile: string) => UpdateStore;
  log?: CollabLog;
}

/** Starts a CollabServer behind a real HTTP server on a random port, over SQLite in `dir`. */
export async function startCollab(opts: StartOptions = {}): Promise<TestCollab> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'sepakat-collab-'));
  const dbFile = join(dir, 'sepakat.db');
  const db = openDatabase(dbFile);
  const store = opts.store ? opts.store(db, dbFile) : new UpdateStore(db, { logFile: true });
  const server = new CollabServer({
    store,
    hooks: { ...tokenHooks(), ...opts.hooks },
    judge: opts.judge,
    limits: opts.limits,
    log: opts.log,
  });
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on('upgrade', (req, socket, head) => server.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.destroy();
    store.close();
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
    db.close();
  };
  return {
    dir,
    dbFile,
    db,
    store,
    server,
    http,
    url: `ws://127.0.0.1:${port}/collab`,
    stop,
    cleanup: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Stores the sample document as a new document's first update. */
export function createSampleDocument(t: TestCollab, documentId?: string): string {
  const id = seedDocument(t.db, documentId);
  createDocumentState(new UpdateStore(t.db), id, sampleBody, { title: 'Nota Kesepakatan' }, 'u-owner');
  return id;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes the server sent this client, in order. */
  closes: number[];
  /** The close reasons, in the same order. */
  reasons: string[];
  synced(): Promise<void>;
  /** Sends a hand-written frame on the client's socket, past its provider. */
  send(frame: Uint8Array): void;
  destroy(): void;
}

/** A stock y-websocket WebsocketProvider in Node (BroadcastChannel off, `ws` as WebSocket). */
export function connectClient(
  url: string,
  documentId: string,
  token: string,
  opts: { WebSocketPolyfill?: unknown; connect?: boolean; doc?: Y.Doc } = {},
): TestClient {
  const doc = opts.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(url, documentId, doc, {
    WebSocketPolyfill: (opts.WebSocketPolyfill ?? WebSocket) as typeof globalThis.WebSocket,
    disableBc: true,
    params: token ? { token } : {},
    connect: opts.connect ?? true,
    maxBackoffTime: 300,
  });
  const closes: number[] = [];
  const reasons: string[] = [];
  provider.on('connection-close', (event) => {
    if (!event) return;
    closes.push(event.code);
    reasons.push(event.reason);
  });
  return {
    doc,
    provider,
    closes,
    reasons,
    synced: () => waitFor(() => provider.synced, `sync of ${token}`),
    send: (frame) => (provider.ws as unknown as { send(d: Uint8Array): void }).send(frame),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** One stock client per token, in the order of the tokens. */
export type TestClients<T extends readonly string[]> = { -readonly [K in keyof T]: TestClient };

/**
 * What every collab test file sets up, once per file: the server a test starts (`bed.start()`,
 * or `bed.open(tokens)` with the sample document and synced clients), the stock clients and
 * bare sockets it opens, and their teardown after every test.
 */
export function collabTestbed() {
  let current: TestCollab | null = null;
  const clients: TestClient[] = [];
  const sockets: RawSocket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.ws.terminate();
    for (const c of clients.splice(0)) c.destroy();
    await current?.cleanup();
    current = null;
  });
  const running = (): TestCollab => {
    if (!current) throw new Error('start the collab server first');
    return current;
  };
  const bed = {
    /** The server the running test started. */
    get current(): TestCollab {
      return running();
    },
    async start(opts: StartOptions = {}): Promise<TestCollab> {
      current = await startCollab(opts);
      return current;
    },
    /** Closes every client and the server, then serves the same database from a new server. */
    async restart(opts: StartOptions = {}): Promise<TestCollab> {
      const { dir } = running();
      for (const c of clients.splice(0)) c.destroy();
      await running().stop();
      current = await startCollab({ ...opts, dir });
      return current;
    },
    /** A stock client of `documentId` with `token`, not waited for (it may be refused). */
    client(documentId: string, token: string): TestClient {
      const c = connectClient(running().url, documentId, token);
      clients.push(c);
      return c;
    },
    /**
     * Starts a server, stores the sample document and opens a client per token on it, all
     * synced, in the order of the tokens: `const [a, b] = (await bed.open(['ed-alice', 'ed-budi'])).clients`.
     */
    async open<const T extends readonly string[]>(
      tokens: T,
      opts: StartOptions = {},
    ): Promise<{ t: TestCollab; id: string; clients: TestClients<T> }> {
      const t = await bed.start(opts);
      const id = createSampleDocument(t);
      const opened = tokens.map((token) => bed.client(id, token));
      await Promise.all(opened.map((c) => c.synced()));
      return { t, id, clients: opened as unknown as TestClients<T> };
    },
    /** A bare socket on `documentId` with `token`, open (terminated after the test). */
    async rawSocket(documentId: string, token: string): Promise<RawSocket> {
      const s = await openRawSocket(running().url, documentId, token);
      sockets.push(s);
      return s;
    },
  };
  return bed;
}

/** The first Y.XmlText of the n-th paragraph of the body (added when the paragraph has none), or null. */
export function paragraphText(doc: Y.Doc, n = 0): Y.XmlText | null {
  const paragraphs = doc
    .getXmlFragment('body')
    .createTreeWalker((el) => el instanceof Y.XmlElement && el.nodeName === 'paragraph');
  let i = 0;
  for (const p of paragraphs) {
    if (i++ === n) {
      const first = (p as Y.XmlElement).firstChild;
      if (first instanceof Y.XmlText) return first;
      const text = new Y.XmlText();
      (p as Y.XmlElement).insert(0, [text]);
      return text;
    }
  }
  return null;
}

/** What a client sees, comparable across copies: the body as XML and the meta map. */
export function snapshot(doc: Y.Doc): string {
  const meta = Object.entries(doc.getMap('meta').toJSON()).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify({ body: doc.getXmlFragment('body').toString(), meta });
}

/** The stored document (latest checkpoint + log), as {@link snapshot} shows it. */
export function storedSnapshot(store: UpdateStore, documentId: string): string {
  const { update } = store.loadState(documentId);
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  const s = snapshot(doc);
  doc.destroy();
  return s;
}

/** A log that keeps its lines, to assert what was reported. */
export function memoryLog(): CollabLog & { lines: { level: string; msg?: string; obj: object }[] } {
  const lines: { level: string; msg?: string; obj: object }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * A `ws` WebSocket class that sends a session cookie (and optionally an Origin) on the
 * upgrade, for a WebsocketProvider's `WebSocketPolyfill` against the real server.
 */
export function cookieWebSocket(cookie: string | null, origin?: string): unknown {
  return class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      const headers: Record<string, string> = {};
      if (cookie) headers.Cookie = cookie;
      if (origin) headers.Origin = origin;
      super(url, protocols, { headers });
    }
  };
}

/** The plain text of a Y.XmlText (marks and embeds left out). */
export function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
    .join('');
}
