import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyTemplate } from './demoTemplate.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The demo password of every test server unless a test names another. */
export const TEST_PASSWORD = 'rahasia-uji-123';

export interface StartOptions {
  /** Extra environment for the server (e.g. `{ SEPAKAT_LOGIN_RATE: '10' }`). */
  env?: Record<string, string>;
  /** Reuse a data folder (default: a fresh temp folder). */
  dataDir?: string;
  /** The demo password (default: a fixed test password). */
  password?: string;
}

/**
 * The body of a response whose type the caller does not name, read loosely as JSON. A test
 * that asserts on a route's answer names its type instead (`server.api<T>()`, or `api<T>()`
 * of `api.ts`, with the route's response type from `shared/api`).
 */
// biome-ignore lint/suspicious/noExplicitAny: many tests (and the e2e suites) still read answers unnamed; naming T at each is the way out
export type UntypedBody = any;

/** A response read as JSON (or text when it is not JSON). */
export interface ApiResponse<T = UntypedBody> {
  status: number;
  headers: Headers;
  body: T;
}

/** How `TestServer.api` sends a request: method (POST when there is a body), JSON body, cookie. */
export interface ApiInit {
  method?: string;
  body?: unknown;
  cookie?: string;
  origin?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  /** The database file, for factories that create users directly. */
  dbFile: string;
  /** Password of every demo user. */
  password: string;
  /** Logs a user in (demo password unless given) and returns the `Cookie` header value. */
  login(username: string, password?: string): Promise<string>;
  /** JSON request to the server: `api('/api/me', { cookie })`. No Origin unless given. */
  api<T = UntypedBody>(path: string, init?: ApiInit): Promise<ApiResponse<T>>;
  /** SIGTERM (graceful shutdown) and wait for the exit; the data folder is kept for `restart`. */
  stop(): Promise<void>;
  /** Sends a signal (default SIGKILL) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the server again on the same port and data folder. */
  restart(): Promise<void>;
  /** Stops the server (if running) and deletes its data folder. */
  dispose(): Promise<void>;
  /** Everything the server printed (stdout and stderr), for debugging a failed test. */
  output(): string;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A free TCP port: listen on 0, read the port, close. A child cannot be told "port 0 and tell me". */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/**
 * Starts the real server (`node --import tsx server/index.ts`) as a child process on a free
 * port with a temp data folder and SEPAKAT_DEMO_PASSWORD set (so the demo is seeded: logins
 * ombudsman, pemkot, tamu...), waits for /healthz. The folder starts as a copy of the run's
 * seeded template when the seed would be the standard one (`demoTemplate.ts`). LOG_LEVEL=silent. The login rate limit is
 * raised to 1000/min unless `env.SEPAKAT_LOGIN_RATE` says otherwise, so that tests logging in
 * often do not trip it.
 */
export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const port = await freePort();
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'sepakat-test-'));
  const password = opts.password ?? TEST_PASSWORD;
  if (!opts.dataDir) copyTemplate(dataDir, { password, env: opts.env }, TEST_PASSWORD);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let out = '';

  const launch = async () => {
    out = '';
    const c = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'index.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEPAKAT_DATA_DIR: dataDir,
        SEPAKAT_DEMO_PASSWORD: password,
        SEPAKAT_LOGIN_RATE: '1000',
        LOG_LEVEL: 'silent',
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = c;
    running.add(c);
    c.once('exit', () => running.delete(c));
    c.stdout!.on('data', (d) => {
      out += d;
    });
    c.stderr!.on('data', (d) => {
      out += d;
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (c.exitCode !== null || c.signalCode !== null) {
        throw new Error(`server exited (${c.exitCode ?? c.signalCode}) while starting:\n${out}`);
      }
      try {
        const res = await fetch(`${url}/healthz`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    c.kill('SIGKILL');
    throw new Error(`server did not become healthy in 60 s:\n${out}`);
  };

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    c.kill(signal);
    await exited(c);
  };

  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const timer = setTimeout(() => c.kill('SIGKILL'), 15_000);
    c.kill('SIGTERM');
    await exited(c);
    clearTimeout(timer);
  };

  const api = async <T>(path: string, init: ApiInit = {}): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.origin) headers.origin = init.origin;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    }
    const res = await fetch(url + path, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  };

  const login = async (username: string, pw = password) => {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: pw }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sepakat_session='));
    if (!cookie) throw new Error(`login ${username}: no session cookie`);
    return cookie.split(';')[0]!;
  };

  await launch();
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    dataDir,
    dbFile: join(dataDir, 'sepakat.db'),
    password,
    login,
    api,
    stop,
    kill,
    restart: async () => {
      await stop();
      await launch();
    },
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    output: () => out,
  };
}
