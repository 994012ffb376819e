import { isAbsolute, join, resolve } from 'node:path';

/** Levels pino understands; `silent` turns logging off (the tests use it). */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Everything the server reads from its environment, resolved once at start. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the SQLite database (and anything else the server stores). */
  dataDir: string;
  /** `<dataDir>/sepakat.db`, or `:memory:` in unit tests. */
  dbFile: string;
  /** Extra origins allowed to make state-changing requests and open sockets (besides the server's own). */
  origins: string[];
  /** Password for every demo login; null means generate one per user and print it once. */
  demoPassword: string | null;
  logLevel: LogLevel;
  /** How long a login lasts without activity (ms). */
  sessionTtlMs: number;
  /** Largest JSON body accepted by the API (bytes). */
  bodyLimit: number;
  /** Login attempts allowed per IP and username per minute. */
  loginRateLimit: number;
  /** Built client served at `/` (Vite's output). */
  clientDir: string;
  /** Seed the demo cooperation when the database has no user yet. */
  seedDemo: boolean;
  /** Behind a reverse proxy: trust X-Forwarded-For/-Proto (client IP for the rate limit, https for the cookie). */
  trustProxy: boolean;
}

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DAY = 24 * 60 * 60 * 1000;

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/**
 * Reads the configuration from environment variables (see README): PORT (3000), HOST (0.0.0.0),
 * SEPAKAT_DATA_DIR (./data), SEPAKAT_ORIGINS (comma list), SEPAKAT_DEMO_PASSWORD, LOG_LEVEL (info),
 * SEPAKAT_SESSION_DAYS (14), SEPAKAT_BODY_LIMIT (bytes, 2 MiB), SEPAKAT_LOGIN_RATE (10/min),
 * SEPAKAT_SEED_DEMO (1; 0 turns the demo off), SEPAKAT_TRUST_PROXY (0). Throws on a malformed value so a typo fails at start.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const dataDir = resolve(cwd, env.SEPAKAT_DATA_DIR || './data');
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  const port = int(env.PORT, 3000, 'PORT');
  if (port > 65535) throw new Error('PORT must be at most 65535');
  const clientDir = env.SEPAKAT_CLIENT_DIR || join(cwd, 'dist', 'client');
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    dbFile: join(dataDir, 'sepakat.db'),
    origins: (env.SEPAKAT_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    demoPassword: env.SEPAKAT_DEMO_PASSWORD || null,
    logLevel,
    sessionTtlMs: int(env.SEPAKAT_SESSION_DAYS, 14, 'SEPAKAT_SESSION_DAYS') * DAY,
    bodyLimit: int(env.SEPAKAT_BODY_LIMIT, 2 * 1024 * 1024, 'SEPAKAT_BODY_LIMIT'),
    loginRateLimit: int(env.SEPAKAT_LOGIN_RATE, 10, 'SEPAKAT_LOGIN_RATE'),
    clientDir: isAbsolute(clientDir) ? clientDir : resolve(cwd, clientDir),
    seedDemo: env.SEPAKAT_SEED_DEMO !== '0',
    trustProxy: env.SEPAKAT_TRUST_PROXY === '1',
  };
}

/** A configuration for tests and tools: defaults with an in-memory database, overridable. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), dbFile: ':memory:', seedDemo: false, ...overrides };
}
