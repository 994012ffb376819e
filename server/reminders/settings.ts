/** Where e-mail goes out: the SMTP server named in the environment, and the sender. */
export interface MailSettings {
  /** `smtp://user:pass@host:port` or `smtps://…` (nodemailer's connection URL). */
  url: string;
  /** The From of every mail, e.g. `Sepakat <sepakat@pemkot.go.id>`. */
  from: string;
  /** Whether the SMTP server's TLS certificate must be valid (false only for a self-signed test server). */
  tlsRejectUnauthorized: boolean;
  /**
   * The address people open Sepakat at (`https://sepakat.pemkot.go.id`, no trailing slash), for
   * the link to the page each e-mail is about; null: e-mails name the page in words only.
   */
  publicUrl: string | null;
}

/** How the reminder worker runs. */
export interface ReminderSettings {
  /** How often the worker looks for due reminders and schedules new ones (ms). */
  tickMs: number;
  /** The first wait after a failed send (ms); it doubles with each further failure. */
  backoffMs: number;
  /** The longest wait between two attempts (ms). */
  backoffMaxMs: number;
  /**
   * Tests only: the instant the worker's clock starts at (it then runs in real time), so a
   * test makes reminders due without waiting for a date. Null: the real clock.
   */
  clockStart: number | null;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be an integer of at least ${min}, got "${value}"`);
  return n;
}

/**
 * SEPAKAT_SMTP_URL (unset: no e-mail, reminders stay in the app), SEPAKAT_MAIL_FROM (default
 * `Sepakat <sepakat@localhost>`), SEPAKAT_SMTP_TLS_REJECT_UNAUTHORIZED (1; 0 accepts a
 * self-signed certificate), SEPAKAT_PUBLIC_URL (the links in e-mails). Throws on a URL that is
 * not smtp:// or smtps://, or a public URL that is not http:// or https://.
 */
export function mailSettings(env: NodeJS.ProcessEnv = {}): MailSettings | null {
  const url = (env.SEPAKAT_SMTP_URL ?? '').trim();
  if (!url) return null;
  if (!/^smtps?:\/\/[^/]+/.test(url)) {
    throw new Error('SEPAKAT_SMTP_URL must look like smtp://user:pass@host:port or smtps://host:465');
  }
  const reject = (env.SEPAKAT_SMTP_TLS_REJECT_UNAUTHORIZED ?? '1').trim();
  if (reject !== '0' && reject !== '1')
    throw new Error('SEPAKAT_SMTP_TLS_REJECT_UNAUTHORIZED must be 0 or 1');
  const from = (env.SEPAKAT_MAIL_FROM ?? '').trim() || 'Sepakat <sepakat@localhost>';
  return { url, from, tlsRejectUnauthorized: reject === '1', publicUrl: publicUrl(env) };
}

function publicUrl(env: NodeJS.ProcessEnv): string | null {
  const value = (env.SEPAKAT_PUBLIC_URL ?? '').trim().replace(/\/+$/, '');
  if (!value) return null;
  if (!/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(value)) {
    throw new Error(`SEPAKAT_PUBLIC_URL must look like https://sepakat.example.go.id, got "${value}"`);
  }
  return value;
}

/**
 * SEPAKAT_REMINDER_TICK_MS (30000), SEPAKAT_REMINDER_BACKOFF_MS (60000),
 * SEPAKAT_REMINDER_BACKOFF_MAX_MS (3600000), SEPAKAT_REMINDER_CLOCK (tests only: an ISO instant).
 */
export function reminderSettings(env: NodeJS.ProcessEnv = {}): ReminderSettings {
  const clock = (env.SEPAKAT_REMINDER_CLOCK ?? '').trim();
  const clockStart = clock ? Date.parse(clock) : null;
  if (clockStart !== null && Number.isNaN(clockStart)) {
    throw new Error(`SEPAKAT_REMINDER_CLOCK must be an ISO date and time, got "${clock}"`);
  }
  return {
    tickMs: whole(env, 'SEPAKAT_REMINDER_TICK_MS', 30_000, 50),
    backoffMs: whole(env, 'SEPAKAT_REMINDER_BACKOFF_MS', 60_000, 10),
    backoffMaxMs: whole(env, 'SEPAKAT_REMINDER_BACKOFF_MAX_MS', 3_600_000, 10),
    clockStart,
  };
}
