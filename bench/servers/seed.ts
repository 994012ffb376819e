import { join } from 'node:path';
import { UpdateStore } from '../../server/collab/store.ts';
import { openDatabase } from '../../server/db/connection.ts';
import type { SepakatSeed } from './kinds.ts';
import { spawnServer } from './launch.ts';

/** Demo editors of the demo cooperation (ombudsman is its owner); clients use their sessions in turn. */
const EDITORS = ['ombudsman', 'asisten', 'pemkot', 'organisasi'];
const PASSWORD = 'bench-kata-sandi-123';

export interface PreparedSepakat {
  seed: SepakatSeed;
  /** Ids of the documents created for the bench, in order. */
  documentIds: string[];
  /** Each document's stored state (checkpoint + log merged), what the peers are seeded with. */
  states: Map<string, Uint8Array>;
  cooperationId: string;
}

/** One call to Sepakat's REST API; throws on an error answer. */
export async function call(
  url: string,
  path: string,
  init: { cookie?: string; body?: unknown; method?: string } = {},
) {
  const res = await fetch(url + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return { res, body };
}

/**
 * Starts Sepakat once on a fresh data folder (the demo seed gives users), logs the editors in,
 * creates `count` MoU drafts through the REST API, stops the server and reads each
 * document's stored state. Every Sepakat run starts on a copy of this database.
 */
export async function prepareSepakat(workDir: string, count: number): Promise<PreparedSepakat> {
  const dataDir = join(workDir, 'sepakat-seed');
  const proc = await spawnServer({
    args: ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'server', 'index.ts')],
    env: {
      HOST: '127.0.0.1',
      SEPAKAT_DATA_DIR: dataDir,
      SEPAKAT_DEMO_PASSWORD: PASSWORD,
      SEPAKAT_LOGIN_RATE: '100000',
      LOG_LEVEL: 'silent',
    },
    probeFile: join(dataDir, 'probe.json'),
    readyPath: '/healthz',
    cpu: null,
  });
  const url = `http://127.0.0.1:${proc.port}`;
  try {
    const cookies: string[] = [];
    const userIds: string[] = [];
    for (const username of EDITORS) {
      const { res, body } = await call(url, '/api/auth/login', { body: { username, password: PASSWORD } });
      const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
      if (!cookie) throw new Error(`signing in as ${username} set no cookie`);
      cookies.push(cookie);
      userIds.push(body.user.id);
    }
    const list = await call(url, '/api/cooperations', { cookie: cookies[0] });
    const cooperationId: string = list.body.cooperations[0].id;
    const { body: full } = await call(url, `/api/cooperations/${cooperationId}`, { cookie: cookies[0] });
    const members = full.cooperation.members as { userId: string; partyId: string }[];
    const people = userIds.map((userId, i) => {
      const partyId = members.find((m) => m.userId === userId)?.partyId;
      if (!partyId) throw new Error(`${EDITORS[i]} is not a member of the demo cooperation`);
      return { userId, partyId };
    });
    const documentIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const { body } = await call(url, `/api/cooperations/${cooperationId}/documents`, {
        cookie: cookies[0],
        body: { kind: 'mou', title: `Nota Kesepakatan Uji Beban ${i + 1}` },
      });
      documentIds.push(body.document.id);
    }
    await proc.stop();
    const dbFile = join(dataDir, 'sepakat.db');
    const db = openDatabase(dbFile);
    const store = new UpdateStore(db);
    const states = new Map<string, Uint8Array>();
    for (const id of documentIds) {
      const { update } = store.loadState(id);
      if (!update) throw new Error(`document ${id} has no stored state`);
      states.set(id, Uint8Array.from(update));
    }
    db.close();
    return {
      seed: { dbFile, password: PASSWORD, cookies, people, cooperationId },
      documentIds,
      states,
      cooperationId,
    };
  } finally {
    await proc.stop();
  }
}
