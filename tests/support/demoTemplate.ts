import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Seeding the demo takes a test server about four seconds of its start (twelve password hashes,
 * every draft built from its template, a year of carrying out); a suite starts some hundred and
 * fifty servers. The run's global set-up (`demoTemplateSetup.ts`) seeds one server, stops it and
 * names its data folder here; a server started with the standard seed then begins from a copy.
 */
export const TEMPLATE_ENV = 'SEPAKAT_TEST_DEMO_TEMPLATE';

/**
 * Environment a test may give its server that the seed never reads, so a copy of the template is
 * what seeding would have made. Anything else (a reminder clock, an SMTP server, another
 * password, no demo at all) starts from an empty folder and seeds as the product does.
 */
const SEED_NEUTRAL_ENV = new Set([
  'LOG_LEVEL',
  'SEPAKAT_ACCESS_CHECK_MS',
  'SEPAKAT_CLIENT_DIR',
  'SEPAKAT_COOPERATION_CREATORS',
  'SEPAKAT_DURABILITY',
  'SEPAKAT_EXPORT_MAX_PASAL',
  'SEPAKAT_IMPORT_MAX_PASAL',
  'SEPAKAT_LOGIN_ADDRESS_RATE',
  'SEPAKAT_LOGIN_BACKOFF_AFTER',
  'SEPAKAT_LOGIN_BACKOFF_MS',
  'SEPAKAT_LOGIN_RATE',
  'SEPAKAT_ORIGINS',
  'SEPAKAT_TRUST_PROXY',
]);

/**
 * The calendar day in UTC and in each Indonesian zone (WIB, WITA, WIT): the seed dates a year of
 * carrying out from its day, so a template made before a midnight somewhere is not used after it.
 */
export function seedDays(at = Date.now()): string {
  return [0, 7, 8, 9].map((h) => new Date(at + h * 3_600_000).toISOString().slice(0, 10)).join(' ');
}

/** Marks a stopped server's data folder as the run's template. */
export function markTemplate(dataDir: string): void {
  writeFileSync(join(dataDir, 'template-days'), seedDays());
}

/**
 * Fills `dataDir` (empty) with a copy of the run's template when the server would seed exactly
 * the standard demo; returns whether it did.
 */
export function copyTemplate(
  dataDir: string,
  { password, env = {} }: { password: string; env?: Record<string, string> },
  standardPassword: string,
): boolean {
  const template = process.env[TEMPLATE_ENV];
  if (!template || password !== standardPassword) return false;
  if (!Object.keys(env).every((name) => SEED_NEUTRAL_ENV.has(name))) return false;
  const days = join(template, 'template-days');
  if (!existsSync(days) || readFileSync(days, 'utf8') !== seedDays()) return false;
  cpSync(template, dataDir, { recursive: true });
  rmSync(join(dataDir, 'template-days'));
  return true;
}
