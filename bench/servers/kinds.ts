import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_ARGS } from '../../scripts/serverArgs.mjs';
import type { Dialect } from '../protocol.ts';
import { type Process, ROOT, spawnServer } from './launch.ts';
import { call } from './seed.ts';

/** Where a client connects for one document. */
export interface Target {
  dialect: Dialect;
  url: string;
  headers: Record<string, string>;
  documentName: string;
}

/** A running server under test. */
export interface Running extends Process {
  /**
   * Where editor number `editor` connects for `documentId`; `observer`: a client that measures
   * (a full client, the clock writer, the loss check), which a variant may sign in as someone
   * other than its editors.
   */
  target(documentId: string, editor?: number, observer?: boolean): Target;
  dataDir: string;
}

/** One of the servers the bench compares. */
export interface ServerKind {
  name: string;
  /** How it stores documents, for the table's notes. */
  storage: string;
  dialect: Dialect;
  /** Peers start empty: the bench uploads each document's initial state before the clients come. */
  needsSeed: boolean;
  /** True when the documents survive a restart (W3's cold open). */
  persistent: boolean;
  /** Measured in W1 only: a variant of another server, for the cost of one setting. */
  w1Only?: boolean;
  /**
   * Set when the editors may only suggest: the author editor number `editor` writes suggestions
   * as (their scripts must carry it, or the server refuses them).
   */
  suggestAs?: (editor: number) => SuggestionAuthor;
  /** Starts on `dataDir` (created when missing); `cpu` is the core it is pinned to. */
  start(dataDir: string, cpu: number | null): Promise<Running>;
}

/** Who a suggestion's stamp names: the author's party and user ids. */
export interface SuggestionAuthor {
  party: string;
  user: string;
}

/** What the bench prepared on Sepakat: a database with users, sessions and documents. */
export interface SepakatSeed {
  dbFile: string;
  password: string;
  /** Session cookies of editors of the demo cooperation (round-robin over clients); the first is its owner's. */
  cookies: string[];
  /** The user and party of each cookie's session. */
  people: { userId: string; partyId: string }[];
  cooperationId: string;
}

const YWS_BIN = join(ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');

/**
 * Sepakat's real server (`server/index.ts`) on a copy of the seeded database; W1 only, two
 * variants beside the default: `durability: 'full'` (SEPAKAT_DURABILITY=full), for what an fsync
 * per group commit costs, and `suggest`, where every editor may only suggest (the owner makes the
 * other three demo editors `suggester`s on this run's copy; the observers sign in as the owner),
 * for what the server's check of every suggestion costs.
 */
export function sepakat(
  seed: SepakatSeed,
  options: { durability?: 'full'; suggest?: boolean } = {},
): ServerKind {
  const full = options.durability === 'full';
  const suggest = options.suggest === true;
  // Every cookie but the owner's (the first) belongs to an editor who may only suggest here.
  const suggesters = seed.cookies.slice(1).map((cookie, i) => ({ cookie, ...seed.people[i + 1]! }));
  const suggesterOf = (editor: number) => suggesters[editor % suggesters.length]!;
  const editorCookie = (editor: number, observer: boolean) => {
    if (!suggest) return seed.cookies[editor % seed.cookies.length]!;
    return observer ? seed.cookies[0]! : suggesterOf(editor).cookie;
  };
  return {
    name: full ? 'sepakat+full' : suggest ? 'sepakat+suggest' : 'sepakat',
    storage: full
      ? 'as sepakat, with SEPAKAT_DURABILITY=full: each group commit waits for the WAL to reach the disk (synchronous=FULL)'
      : suggest
        ? 'as sepakat, every editor a suggester (each keystroke a suggestion the server checks); the observers sign in as the owner'
        : 'SQLite append log (every update, group commit before broadcast) + checkpoints',
    dialect: 'y-websocket',
    needsSeed: false,
    persistent: true,
    w1Only: full || suggest,
    ...(suggest
      ? {
          suggestAs: (editor: number) => ({
            party: suggesterOf(editor).partyId,
            user: suggesterOf(editor).userId,
          }),
        }
      : {}),
    async start(dataDir, cpu) {
      mkdirSync(dataDir, { recursive: true });
      const dbFile = join(dataDir, 'sepakat.db');
      if (!existsSync(dbFile)) copyFileSync(seed.dbFile, dbFile);
      const proc = await spawnServer({
        args: [...SERVER_NODE_ARGS, '--import', 'tsx', join(ROOT, 'server', 'index.ts')],
        env: {
          HOST: '127.0.0.1',
          SEPAKAT_DATA_DIR: dataDir,
          SEPAKAT_DEMO_PASSWORD: seed.password,
          SEPAKAT_LOGIN_RATE: '100000',
          LOG_LEVEL: 'silent',
          ...(full ? { SEPAKAT_DURABILITY: 'full' } : {}),
        },
        probeFile: join(dataDir, 'probe.json'),
        readyPath: '/healthz',
        cpu,
      });
      const origin = `http://127.0.0.1:${proc.port}`;
      if (suggest) {
        try {
          for (const s of suggesters) {
            await call(origin, `/api/cooperations/${seed.cooperationId}/members/${s.userId}`, {
              method: 'PATCH',
              cookie: seed.cookies[0],
              body: { role: 'suggester' },
            });
          }
        } catch (err) {
          await proc.stop();
          throw err;
        }
      }
      return {
        ...proc,
        dataDir,
        target: (documentId, editor = 0, observer = false) => ({
          dialect: 'y-websocket',
          url: `ws://127.0.0.1:${proc.port}/collab/${documentId}`,
          headers: { cookie: editorCookie(editor, observer), origin },
          documentName: documentId,
        }),
      };
    },
  };
}

/** The reference server's name: Sepakat's W2 targets are relative to it (memory only, no persistence). */
export const REFERENCE = 'y-websocket';

/** The reference server `@y/websocket-server` 0.1.1, in memory or with its LevelDB persistence. */
export function yWebsocketServer(persistence: boolean): ServerKind {
  return {
    name: persistence ? 'y-websocket+leveldb' : REFERENCE,
    storage: persistence
      ? 'y-leveldb: every update appended to LevelDB, merged past 500 updates'
      : 'memory only (lost on restart)',
    dialect: 'y-websocket',
    needsSeed: true,
    persistent: persistence,
    async start(dataDir, cpu) {
      mkdirSync(dataDir, { recursive: true });
      const proc = await spawnServer({
        args: [YWS_BIN],
        env: { HOST: '127.0.0.1', ...(persistence ? { YPERSISTENCE: join(dataDir, 'leveldb') } : {}) },
        probeFile: join(dataDir, 'probe.json'),
        readyPath: '/',
        cpu,
      });
      return {
        ...proc,
        dataDir,
        target: (documentId) => ({
          dialect: 'y-websocket',
          url: `ws://127.0.0.1:${proc.port}/${documentId}`,
          headers: {},
          documentName: documentId,
        }),
      };
    },
  };
}

/** Hocuspocus 3.4.4 with its SQLite extension (whole document stored, debounce 2 s / max 10 s). */
export function hocuspocus(): ServerKind {
  return {
    name: 'hocuspocus+sqlite',
    storage: 'SQLite: the whole document state per store (debounce 2 s, max 10 s)',
    dialect: 'hocuspocus',
    needsSeed: true,
    persistent: true,
    async start(dataDir, cpu) {
      mkdirSync(dataDir, { recursive: true });
      const proc = await spawnServer({
        args: [join(ROOT, 'bench', 'servers', 'hocuspocus.mjs')],
        env: { BENCH_SQLITE: join(dataDir, 'hocuspocus.sqlite') },
        probeFile: join(dataDir, 'probe.json'),
        readyPath: '/',
        cpu,
      });
      return {
        ...proc,
        dataDir,
        target: (documentId) => ({
          dialect: 'hocuspocus',
          url: `ws://127.0.0.1:${proc.port}`,
          headers: {},
          documentName: documentId,
        }),
      };
    },
  };
}
