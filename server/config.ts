import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import {
  type MailSettings,
  mailSettings,
  type ReminderSettings,
  reminderSettings,
} from './reminders/settings.ts';

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
  /** Login attempts allowed per address and username per minute (successful ones too: each costs a hash). */
  loginRateLimit: number;
  /** Login limits across usernames and addresses (see `server/http/loginLimits.ts`). */
  loginLimits: LoginLimitSettings;
  /** How often open sockets and event streams are checked against sessions and memberships (ms). */
  accessCheckMs: number;
  /** Built client served at `/` (Vite's output). */
  clientDir: string;
  /** Seed the demo cooperation when the database has no user yet. */
  seedDemo: boolean;
  /**
   * Who may start a cooperation: `owners` (someone who owns one already, or whom
   * `npm run user -- grant-create` allowed) or `everyone` with an account.
   */
  cooperationCreators: 'owners' | 'everyone';
  /** How long an invitation link stays valid (ms). */
  invitationTtlMs: number;
  /**
   * Behind reverse proxies: which X-Forwarded-For/-Proto hops to believe (client address for the
   * login limits, https for the cookie). `false`, a hop count, or the proxies' addresses/CIDRs.
   */
  trustProxy: TrustProxy;
  /** Limits on uploads, request bodies and the documents the server reads and builds (`resourceLimits`). */
  limits: ResourceLimits;
  /** What an acknowledged change survives on disk (`SEPAKAT_DURABILITY`, see `server/db/connection.ts`). */
  durability: Durability;
  /** Limits of the collaboration server (`collabSettings`). */
  collab: CollabSettings;
  /** The SMTP server reminders are e-mailed through; null: reminders stay in the app (`mailSettings`). */
  mail: MailSettings | null;
  /** How the reminder worker runs (`reminderSettings`). */
  reminders: ReminderSettings;
  /** Bearer token a scraper on another machine shows to read `/metrics`; null: the server's own machine only. */
  metricsToken: string | null;
}

/** Limits of the collaboration server on documents and the people editing them. */
export interface CollabSettings {
  /** Largest document (encoded bytes); a change past it is refused (`too-large`). */
  maxDocumentBytes: number;
  /** Bytes one document may log in a day; past it, changes are refused (`quota`) until the day's oldest leave the count. */
  quotaBytes: number;
  /** Refused changes one person may send to one document in a minute before being turned away for the rest of it. */
  maxRefusals: number;
  /** How often every collaboration socket is pinged; one silent for two pings is closed (ms). */
  pingIntervalMs: number;
}

/**
 * SEPAKAT_DOCUMENT_MAX_MB (32), SEPAKAT_DOCUMENT_QUOTA_MB (64 a day), SEPAKAT_REFUSALS_PER_MINUTE (5),
 * SEPAKAT_PING_SECONDS (30).
 */
export function collabSettings(env: NodeJS.ProcessEnv = {}): CollabSettings {
  return {
    maxDocumentBytes: limit(env, 'SEPAKAT_DOCUMENT_MAX_MB', 32) * MiB,
    quotaBytes: limit(env, 'SEPAKAT_DOCUMENT_QUOTA_MB', 64) * MiB,
    maxRefusals: limit(env, 'SEPAKAT_REFUSALS_PER_MINUTE', 5),
    pingIntervalMs: limit(env, 'SEPAKAT_PING_SECONDS', 30) * 1000,
  };
}

/** Fastify's `trustProxy` without `true`: nobody may name their own address by a header. */
export type TrustProxy = false | number | string[];

/** Limits on failed logins (see `server/http/loginLimits.ts`). */
export interface LoginLimitSettings {
  /** Failed attempts per minute from one address, whatever the username (a success gives its attempt back). */
  addressRate: number;
  /** Failures in a row on one username, from any address, before each further try must wait. */
  backoffAfter: number;
  /** The first such wait (ms); it doubles with each further failure. */
  backoffMs: number;
  /** The longest wait (ms). */
  backoffMaxMs: number;
}

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DAY = 24 * 60 * 60 * 1000;

function int(value: string | undefined, fallback: number, name: string, min = 0): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be an integer of at least ${min}, got "${value}"`);
  return n;
}

/** The settings' byte sizes are in MiB (the variables ending in _MB too). */
const MiB = 1024 * 1024;

/** A limit named `name` in the environment: a whole number of at least 1, `fallback` when unset. */
function limit(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return int(env[name], fallback, name, 1);
}

/** An IPv4/IPv6 address, a CIDR, or one of proxy-addr's names for local ranges. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', bits, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * SEPAKAT_TRUST_PROXY: `0` (default) trusts no header; a hop count (`1`: one proxy in front)
 * takes the address that many hops back in X-Forwarded-For; a comma list of proxy addresses or
 * CIDRs trusts only those. "Trust everyone" would let any client choose the address the login
 * limits count, so `true` is refused.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? '').trim();
  if (v === '' || v === '0') return false;
  if (/^\d+$/.test(v)) {
    if (Number(v) > 10) throw new Error(`SEPAKAT_TRUST_PROXY: ${v} hops is not a proxy chain (at most 10)`);
    return Number(v);
  }
  const entries = v.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !isProxyAddress(e));
  if (bad !== undefined) {
    throw new Error(
      `SEPAKAT_TRUST_PROXY: "${bad}" is neither a hop count nor a proxy address or CIDR. ` +
        'Trusting every X-Forwarded-For ("true") would let any client pick the address the login limits count; ' +
        'give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.5,10.0.1.0/24).',
    );
  }
  return entries;
}

/**
 * The setting as Fastify takes it. Fastify no longer takes a hop count (it cannot tell a proxy
 * from a client that connects directly and sends the header itself), so a count becomes a
 * function trusting that many hops: right only where the server is reachable through its
 * proxies alone, as the README says.
 */
export function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** SEPAKAT_INVITATION_DAYS: how many days an invitation link works (default 7, at least 1). */
function invitationDays(value: string | undefined): number {
  const days = int(value, 7, 'SEPAKAT_INVITATION_DAYS');
  if (days < 1) throw new Error(`SEPAKAT_INVITATION_DAYS must be at least 1, got "${value}"`);
  return days;
}

/**
 * SEPAKAT_METRICS_TOKEN: the Bearer token that lets a scraper on another machine read `/metrics`
 * (server/metrics/access.ts); unset, only the server's own machine may. A short one, or one a
 * Bearer header cannot carry, fails at start.
 */
export function parseMetricsToken(value: string | undefined): string | null {
  const v = (value ?? '').trim();
  if (v === '') return null;
  if (v.length < 16 || !/^[A-Za-z0-9\-._~+/]+=*$/.test(v)) {
    throw new Error(
      'SEPAKAT_METRICS_TOKEN must be at least 16 characters of letters, digits and -._~+/ (e.g. `openssl rand -hex 32`)',
    );
  }
  return v;
}

/** SEPAKAT_COOPERATION_CREATORS: `owners` (default) or `everyone`. */
function cooperationCreators(value: string | undefined): Config['cooperationCreators'] {
  const v = (value ?? '').trim() || 'owners';
  if (v !== 'owners' && v !== 'everyone') {
    throw new Error(`SEPAKAT_COOPERATION_CREATORS must be "owners" or "everyone", got "${value}"`);
  }
  return v;
}

/**
 * Reads the configuration from environment variables (see README): PORT (3000), HOST (0.0.0.0),
 * SEPAKAT_DATA_DIR (./data), SEPAKAT_ORIGINS (comma list), SEPAKAT_DEMO_PASSWORD, LOG_LEVEL (info),
 * SEPAKAT_SESSION_DAYS (14), SEPAKAT_BODY_LIMIT (bytes, 2 MiB), SEPAKAT_LOGIN_RATE (10/min),
 * SEPAKAT_LOGIN_ADDRESS_RATE (20/min), SEPAKAT_LOGIN_BACKOFF_AFTER (5), SEPAKAT_LOGIN_BACKOFF_MS (2000),
 * SEPAKAT_LOGIN_BACKOFF_MAX_MS (900000), SEPAKAT_ACCESS_CHECK_MS (2000),
 * SEPAKAT_COOPERATION_CREATORS (owners), SEPAKAT_INVITATION_DAYS (7),
 * SEPAKAT_SEED_DEMO (1; 0 turns the demo off), SEPAKAT_TRUST_PROXY (0), the limits of `resourceLimits`,
 * SEPAKAT_DURABILITY (normal), the limits of `collabSettings`, the SMTP server of `mailSettings`,
 * the worker of `reminderSettings` and SEPAKAT_METRICS_TOKEN. Throws on a malformed value so a typo fails at start.
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
    bodyLimit: int(env.SEPAKAT_BODY_LIMIT, 2 * MiB, 'SEPAKAT_BODY_LIMIT'),
    loginRateLimit: int(env.SEPAKAT_LOGIN_RATE, 10, 'SEPAKAT_LOGIN_RATE', 1),
    loginLimits: {
      addressRate: int(env.SEPAKAT_LOGIN_ADDRESS_RATE, 20, 'SEPAKAT_LOGIN_ADDRESS_RATE', 1),
      backoffAfter: int(env.SEPAKAT_LOGIN_BACKOFF_AFTER, 5, 'SEPAKAT_LOGIN_BACKOFF_AFTER'),
      backoffMs: int(env.SEPAKAT_LOGIN_BACKOFF_MS, 2000, 'SEPAKAT_LOGIN_BACKOFF_MS', 1),
      backoffMaxMs: int(env.SEPAKAT_LOGIN_BACKOFF_MAX_MS, 15 * 60_000, 'SEPAKAT_LOGIN_BACKOFF_MAX_MS', 1),
    },
    accessCheckMs: int(env.SEPAKAT_ACCESS_CHECK_MS, 2000, 'SEPAKAT_ACCESS_CHECK_MS', 100),
    clientDir: isAbsolute(clientDir) ? clientDir : resolve(cwd, clientDir),
    seedDemo: env.SEPAKAT_SEED_DEMO !== '0',
    cooperationCreators: cooperationCreators(env.SEPAKAT_COOPERATION_CREATORS),
    invitationTtlMs: invitationDays(env.SEPAKAT_INVITATION_DAYS) * DAY,
    trustProxy: parseTrustProxy(env.SEPAKAT_TRUST_PROXY),
    limits: resourceLimits(env),
    durability: parseDurability(env.SEPAKAT_DURABILITY),
    collab: collabSettings(env),
    mail: mailSettings(env),
    reminders: reminderSettings(env),
    metricsToken: parseMetricsToken(env.SEPAKAT_METRICS_TOKEN),
  };
}

/** A configuration for tests and tools: defaults with an in-memory database, overridable. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), dbFile: ':memory:', seedDemo: false, ...overrides };
}

/**
 * Limits on what one request or one document may make the server read, inflate, hold or build.
 * Each refusal has its own error id (README, "Configuration").
 */
export interface ResourceLimits {
  /** Largest .docx accepted for import (bytes). */
  importBytes: number;
  /** Bytes the .docx's XML parts may inflate to, counted while inflating (other parts are never inflated). */
  importUnzippedBytes: number;
  /** Paragraphs (Word's `w:p`) an imported file may hold, counted before it is converted. */
  importParagraphs: number;
  /** Pasal an imported draft may hold. */
  importPasal: number;
  /** Characters of text an imported draft may hold. */
  importChars: number;
  /** Pasal a document may hold to be exported to Word. */
  exportPasal: number;
  /** Paragraphs (headings, paragraphs, BAB lines) a document may hold to be exported to Word. */
  exportParagraphs: number;
  /** Largest logo file (bytes). */
  logoBytes: number;
  /** Shortest side a logo may have (pixels): smaller is no print-quality logo. */
  logoMinSide: number;
  /** Longest side a logo may have (pixels); a decoded logo holds 4 bytes per pixel. */
  logoMaxSide: number;
  /** Bytes of a refused request body read and thrown away, so that the client gets to read the 413. */
  bodyDrainBytes: number;
  /** Largest evidence file attached to an obligation report (bytes). */
  evidenceBytes: number;
  /** Evidence files one obligation report may carry. */
  evidenceFiles: number;
}

/**
 * The resource limits from the environment: SEPAKAT_IMPORT_MAX_BYTES (10 MiB),
 * SEPAKAT_IMPORT_MAX_UNZIPPED_BYTES (8 MiB), SEPAKAT_IMPORT_MAX_PARAGRAPHS (10,000),
 * SEPAKAT_IMPORT_MAX_PASAL (1,000), SEPAKAT_IMPORT_MAX_CHARS (1,000,000), SEPAKAT_EXPORT_MAX_PASAL
 * (5,000), SEPAKAT_EXPORT_MAX_PARAGRAPHS (50,000), SEPAKAT_LOGO_MAX_BYTES (1 MiB),
 * SEPAKAT_LOGO_MIN_PX (16), SEPAKAT_LOGO_MAX_PX (2048), SEPAKAT_BODY_DRAIN_BYTES (64 MiB),
 * SEPAKAT_EVIDENCE_MAX_BYTES (10 MiB), SEPAKAT_EVIDENCE_MAX_FILES (5).
 * The Word thread reads its export limits from here too (same environment).
 */
export function resourceLimits(env: NodeJS.ProcessEnv = {}): ResourceLimits {
  const limits: ResourceLimits = {
    importBytes: limit(env, 'SEPAKAT_IMPORT_MAX_BYTES', 10 * MiB),
    importUnzippedBytes: limit(env, 'SEPAKAT_IMPORT_MAX_UNZIPPED_BYTES', 8 * MiB),
    importParagraphs: limit(env, 'SEPAKAT_IMPORT_MAX_PARAGRAPHS', 10_000),
    importPasal: limit(env, 'SEPAKAT_IMPORT_MAX_PASAL', 1_000),
    importChars: limit(env, 'SEPAKAT_IMPORT_MAX_CHARS', 1_000_000),
    exportPasal: limit(env, 'SEPAKAT_EXPORT_MAX_PASAL', 5_000),
    exportParagraphs: limit(env, 'SEPAKAT_EXPORT_MAX_PARAGRAPHS', 50_000),
    logoBytes: limit(env, 'SEPAKAT_LOGO_MAX_BYTES', MiB),
    logoMinSide: limit(env, 'SEPAKAT_LOGO_MIN_PX', 16),
    logoMaxSide: limit(env, 'SEPAKAT_LOGO_MAX_PX', 2048),
    bodyDrainBytes: limit(env, 'SEPAKAT_BODY_DRAIN_BYTES', 64 * MiB),
    evidenceBytes: limit(env, 'SEPAKAT_EVIDENCE_MAX_BYTES', 10 * MiB),
    evidenceFiles: limit(env, 'SEPAKAT_EVIDENCE_MAX_FILES', 5),
  };
  if (limits.logoMinSide > limits.logoMaxSide) {
    throw new Error('SEPAKAT_LOGO_MIN_PX must not be larger than SEPAKAT_LOGO_MAX_PX');
  }
  return limits;
}

/** `normal`: SQLite's WAL default, a power loss may drop the last commits; `full`: each commit waits for the disk. */
export type Durability = 'normal' | 'full';

/** SEPAKAT_DURABILITY: `normal` (default) or `full`; anything else fails at start. */
export function parseDurability(value: string | undefined): Durability {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'normal') return 'normal';
  if (v === 'full') return 'full';
  throw new Error(`SEPAKAT_DURABILITY must be "normal" or "full", got "${value}"`);
}
