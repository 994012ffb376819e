import { isIPv4 } from 'node:net';
import type { LoginLimitSettings } from '../config.ts';
import { type AppError, accountBackoff, addressLimited } from '../errors/index.ts';

/** What an admitted attempt reports once its password was checked. */
export interface LoginTicket {
  succeeded(): void;
  failed(): void;
}

/** An attempt refused before any password hashing: the error to send and its `Retry-After`. */
export interface LoginRefusal {
  refused: AppError;
  retryAfterSeconds: number;
}

interface AddressBucket {
  tokens: number;
  at: number;
}

interface AccountFailures {
  /** Failures in a row since the last success. */
  failures: number;
  /** Attempts admitted whose password is being checked now. */
  inFlight: number;
  lastFailureAt: number;
}

/** Each map forgets its least recently touched entry beyond this, so a spray cannot fill memory. */
const MAX_ENTRIES = 100_000;
/** Failures in a row are forgotten after a quiet day even without a success. */
const FORGET_MS = 24 * 60 * 60 * 1000;
const MINUTE = 60_000;

/**
 * The login limits, checked before any password is hashed:
 * - per client address, whatever the username: a bucket of `addressRate` attempts refilled over
 *   a minute. An attempt takes one before its hash is computed and a success gives it back, so
 *   a spray of usernames from one address stops, while an office behind one NAT address signs
 *   in freely. An IPv6 address counts by its /64, which one client usually holds whole.
 * - per username, whatever the address: after `backoffAfter` failures in a row each further
 *   try waits `backoffMs`, doubled per failure up to `backoffMaxMs`; a success resets it.
 *   Attempts refused while waiting do not count, and attempts in flight count as failures
 *   to come, so parallel guesses cannot slip past. Unknown usernames are limited alike,
 *   so the limit does not tell which accounts exist.
 * In memory, per process: a restart forgets them.
 */
export class LoginLimits {
  private readonly addresses = new Map<string, AddressBucket>();
  private readonly accounts = new Map<string, AccountFailures>();

  constructor(
    private readonly settings: LoginLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Admits an attempt (a ticket to report its result) or refuses it with a 429. */
  admit(address: string, username: string): LoginTicket | LoginRefusal {
    const now = this.now();
    const addressKey = addressKeyOf(address);
    const bucket = this.refilled(addressKey, now);
    if (bucket.tokens < 1) {
      const ms = ((1 - bucket.tokens) * MINUTE) / this.settings.addressRate;
      return refusal(addressLimited, ms);
    }
    const accountKey = username.trim().toLowerCase();
    const account = this.accountOf(accountKey, now);
    const wait = this.waitBefore(account, now);
    if (wait > 0) return refusal(accountBackoff, wait);

    bucket.tokens -= 1;
    account.inFlight += 1;
    touch(this.accounts, accountKey, account);
    let settled = false;
    return {
      succeeded: () => {
        if (settled) return;
        settled = true;
        bucket.tokens = Math.min(this.settings.addressRate, bucket.tokens + 1);
        this.accounts.delete(accountKey);
      },
      failed: () => {
        if (settled) return;
        settled = true;
        account.inFlight -= 1;
        account.failures += 1;
        account.lastFailureAt = this.now();
      },
    };
  }

  /** How long an account must wait before its next attempt (ms; 0: now). */
  private waitBefore(account: AccountFailures, now: number): number {
    const { backoffAfter, backoffMs, backoffMaxMs } = this.settings;
    if (account.failures + account.inFlight < backoffAfter) return 0;
    // One guess at a time once the next failure would start or lengthen the wait.
    if (account.inFlight > 0) return 1000;
    if (account.failures < backoffAfter) return 0;
    const delay = Math.min(backoffMaxMs, backoffMs * 2 ** (account.failures - backoffAfter));
    return Math.max(0, account.lastFailureAt + delay - now);
  }

  private refilled(key: string, now: number): AddressBucket {
    const rate = this.settings.addressRate;
    const bucket = this.addresses.get(key) ?? { tokens: rate, at: now };
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) * rate) / MINUTE);
    bucket.at = now;
    touch(this.addresses, key, bucket);
    return bucket;
  }

  private accountOf(key: string, now: number): AccountFailures {
    const known = this.accounts.get(key);
    if (known && (known.inFlight > 0 || now - known.lastFailureAt < FORGET_MS)) return known;
    return { failures: 0, inFlight: 0, lastFailureAt: 0 };
  }
}

/** Puts `key` last in the map's order (most recently used) and drops the oldest beyond the cap. */
function touch<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}

function refusal(make: (seconds: number) => AppError, ms: number): LoginRefusal {
  const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
  return { refused: make(retryAfterSeconds), retryAfterSeconds };
}

/** True when `admit` refused the attempt. */
export const isRefusal = (r: LoginTicket | LoginRefusal): r is LoginRefusal => 'refused' in r;

/**
 * The key an address is limited by: IPv4 as it is (also when IPv4-mapped), IPv6 by its /64.
 */
export function addressKeyOf(address: string): string {
  const plain = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(plain) || !plain.includes(':')) return plain;
  const [head, tail] = plain.includes('::') ? plain.split('::') : [plain, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail ("::1.2.3.4") fills two groups.
  const rightGroups = right.length + (right.at(-1)?.includes('.') ? 1 : 0);
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - rightGroups)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
