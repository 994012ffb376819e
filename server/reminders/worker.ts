import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { DB } from '../db/connection.ts';
import { addNotification, findNotificationSettings } from '../db/repos/notifications.ts';
import {
  claimDueDigests,
  type Digest,
  markDigestEnded,
  markDigestSent,
} from '../db/repos/reminderDigests.ts';
import {
  claimDueReminders,
  listDigestReminders,
  markReminderEnded,
  markReminderRetry,
  markReminderSent,
  type Reminder,
  resumeInterruptedReminders,
} from '../db/repos/reminders.ts';
import { findUserById } from '../db/repos/users.ts';
import { type Clock, reminderClock } from './clock.ts';
import { buildDueDigests, composeDigest } from './digest.ts';
import { followUpReminders } from './followUps.ts';
import type { Composed, ReminderKind } from './kinds.ts';
import {
  isPermanentFailure,
  type Mailer,
  type OutgoingMail,
  reminderMessageId,
  smtpMailer,
} from './mailer.ts';
import { obligationReminders } from './obligations.ts';
import { publicReportReminders } from './publicReports.ts';
import { termEndReminders } from './termEnds.ts';

/** Every producer of reminders. */
const KINDS: ReminderKind[] = [
  followUpReminders,
  termEndReminders,
  obligationReminders,
  publicReportReminders,
];
/** Reminders taken per channel per tick; the rest wait for the next tick. */
const BATCH = 50;

/**
 * The reminder worker: on every tick it lets each producer schedule what is due (idempotent),
 * then delivers the due jobs of the job table, in-app first, then e-mail.
 *
 * Delivery, and the once-guarantee it gives:
 * - A job is claimed (`pending` → `sending`, attempts + 1) in one transaction, then delivered,
 *   then marked `sent`.
 * - In the app, delivering is one transaction of its own (the bell item, unique per job, and
 *   the `sent` mark): exactly once, whatever stops the process.
 * - By e-mail, the SMTP server's acceptance and our `sent` mark cannot be one transaction.
 *   A failed send (no connection, a timeout, a 4xx) puts the job back to `pending` with its
 *   error and the next attempt after an exponential backoff (doubling, capped): it is shown as
 *   pending, never dropped. A 5xx refusal ends it as `failed`, with the reply kept.
 * - At start, a job still `sending` belongs to a process that died during the attempt. Either
 *   the SMTP server never accepted it, or it accepted and we died before marking it (a window
 *   of one SQLite write after the server's final reply), and nothing on our side can tell
 *   which. It is sent again (at-least-once towards the SMTP server, rather than at-most-once,
 *   which could lose a reminder) with the same Message-ID, made from the job's idempotency key:
 *   two copies with one Message-ID are one message, the standard way mail clients and stores
 *   deduplicate (Gmail, Outlook, Thunderbird, Dovecot's duplicate filter). So the recipient sees
 *   each reminder exactly once; the raw SMTP log may show a second copy only for a crash inside
 *   that window.
 * - A person who takes the daily digest (the default) gets their e-mail reminders of a local
 *   day in one e-mail at 07:00: the digest is a job of its own (`reminder_digests`, key per
 *   person and day) that the reminders join when it is built; it is claimed, sent, resumed and
 *   retried as a reminder is, with a Message-ID from its key, and marks the reminders it held
 *   as sent in the same transaction as itself. A reminder in a digest is never claimed alone.
 * - One process serves a database; two workers on one file would each claim in their own
 *   transactions (never the same job) but the start-up resume assumes it is alone.
 */
/** The line that ends an e-mail with the page it is about, in both languages (the mail's own are above it). */
const OPEN_IN_SEPAKAT = 'Buka di Sepakat / Open in Sepakat';

export class ReminderWorker {
  private readonly clock: Clock;
  private readonly mailer: Mailer | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  /**
   * `onNotified`: told after an item landed in a person's bell (the app publishes it to their
   * open pages); storage and the worker know nothing of HTTP.
   */
  constructor(
    private readonly db: DB,
    private readonly config: Pick<Config, 'mail' | 'reminders'>,
    private readonly log: FastifyBaseLogger,
    private readonly onNotified?: (n: { userId: string; notificationId: string; kind: string }) => void,
  ) {
    this.clock = reminderClock(config.reminders);
    this.mailer = config.mail ? smtpMailer(config.mail) : null;
  }

  /** Resumes the attempts a stopped process left in flight, then ticks every `tickMs`. */
  start(): void {
    const resumed =
      resumeInterruptedReminders(this.db, this.clock()) +
      resumeInterruptedReminders(this.db, this.clock(), 'reminder_digests');
    if (resumed > 0) this.log.warn({ resumed }, 'reminders: attempts interrupted by a stop are sent again');
    this.schedule(0);
  }

  /** Stops ticking and waits for the tick in progress (a send in flight finishes or fails). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.mailer?.close();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err) => this.log.error({ err }, 'reminders: tick failed'))
        .finally(() => {
          this.running = null;
          this.schedule(this.config.reminders.tickMs);
        });
    }, delay);
    this.timer.unref();
  }

  /** One round: schedule, then deliver what is due. */
  async tick(): Promise<void> {
    const mailOn = this.mailer !== null;
    // One instant for the round: a reminder is looked at for its digest before it can be
    // claimed alone.
    const now = this.clock();
    for (const kind of KINDS) {
      // One producer's failure must not hold up the delivery of what is already due.
      try {
        kind.schedule(this.db, now, mailOn);
      } catch (err) {
        this.log.error({ err, kind: kind.kind }, 'reminders: scheduling failed');
      }
    }
    for (const job of claimDueReminders(this.db, ['app'], now, BATCH)) this.deliverInApp(job);
    if (!this.mailer) return;
    buildDueDigests(this.db, now);
    for (const digest of claimDueDigests(this.db, now, BATCH)) {
      if (this.stopped) {
        markReminderRetry(
          this.db,
          digest.id,
          this.clock(),
          'the server stopped before the attempt',
          'reminder_digests',
        );
        continue;
      }
      await this.deliverDigest(digest, this.mailer);
    }
    for (const job of claimDueReminders(this.db, ['email'], now, BATCH)) {
      if (this.stopped) {
        markReminderRetry(this.db, job.id, this.clock(), 'the server stopped before the attempt');
        continue;
      }
      await this.deliverByMail(job, this.mailer);
    }
  }

  private composeWithKind(job: Reminder): { kind: ReminderKind | undefined; composed: Composed } {
    const kind = KINDS.find((k) => k.kind === job.kind);
    return {
      kind,
      composed: kind ? kind.compose(this.db, job) : { cancel: `unknown reminder kind ${job.kind}` },
    };
  }

  private compose(job: Reminder): Composed {
    return this.composeWithKind(job).composed;
  }

  private deliverInApp(job: Reminder): void {
    const composed = this.compose(job);
    if ('cancel' in composed) {
      markReminderEnded(this.db, job.id, 'cancelled', composed.cancel);
      return;
    }
    const notificationId = this.db.transaction(() => {
      const id = addNotification(
        this.db,
        { userId: job.userId, cooperationId: job.cooperationId, kind: job.kind, payload: composed.bell },
        job.id,
        this.clock(),
      );
      markReminderSent(this.db, job.id, this.clock());
      return id;
    })();
    if (notificationId) this.onNotified?.({ userId: job.userId, notificationId, kind: job.kind });
  }

  /** The address of an app page people open from an e-mail; null when the public address is not set. */
  private link(page: string): string | null {
    const base = this.config.mail?.publicUrl;
    return base ? `${base}${page}` : null;
  }

  private async deliverByMail(job: Reminder, mailer: Mailer): Promise<void> {
    const { kind, composed } = this.composeWithKind(job);
    if ('cancel' in composed) return markReminderEnded(this.db, job.id, 'cancelled', composed.cancel);
    const settings = findNotificationSettings(this.db, job.userId);
    if (!settings.email || settings.emailMode === 'off') {
      return markReminderEnded(
        this.db,
        job.id,
        'cancelled',
        'the recipient has no e-mail address or turned e-mail off',
      );
    }
    if (kind && !settings.emailKinds.includes(kind.emailKind)) {
      return markReminderEnded(this.db, job.id, 'cancelled', 'the recipient turned e-mail off for this kind');
    }
    const name = findUserById(this.db, job.userId)?.displayName ?? '';
    const { subject, text } = composed.mail(settings.language, name);
    const link = this.link(composed.page);
    await this.attempt(
      mailer,
      {
        to: settings.email,
        subject,
        text: link ? `${text}\n${OPEN_IN_SEPAKAT}: ${link}\n` : text,
        messageId: this.messageId(job.idempotencyKey),
      },
      { id: job.id, attempts: job.attempts },
      {
        sent: () => markReminderSent(this.db, job.id, this.clock()),
        retry: (at, message) => markReminderRetry(this.db, job.id, at, message),
        failed: (message) => markReminderEnded(this.db, job.id, 'failed', message),
      },
    );
  }

  /** One person's daily e-mail: the reminders it holds, read again, in one message. */
  private async deliverDigest(digest: Digest, mailer: Mailer): Promise<void> {
    const settings = findNotificationSettings(this.db, digest.userId);
    if (!settings.email || settings.emailMode === 'off') {
      return markDigestEnded(
        this.db,
        digest.id,
        'cancelled',
        'the recipient has no e-mail address or turned e-mail off',
      );
    }
    const name = findUserById(this.db, digest.userId)?.displayName ?? '';
    const jobs = listDigestReminders(this.db, digest.id);
    const mail = composeDigest(
      this.db,
      digest,
      jobs,
      settings,
      name,
      (job) => this.composeWithKind(job),
      (page) => this.link(page),
    );
    if (!mail) return markDigestEnded(this.db, digest.id, 'cancelled', 'nothing left to remind of');
    await this.attempt(
      mailer,
      { to: settings.email, ...mail, messageId: this.messageId(digest.idempotencyKey) },
      { id: digest.id, attempts: digest.attempts },
      {
        sent: () => markDigestSent(this.db, digest.id, this.clock()),
        retry: (at, message) => markReminderRetry(this.db, digest.id, at, message, 'reminder_digests'),
        failed: (message) => markDigestEnded(this.db, digest.id, 'failed', message),
      },
    );
  }

  private messageId(idempotencyKey: string): string {
    return reminderMessageId(idempotencyKey, this.config.mail?.from ?? '');
  }

  /**
   * Sends one e-mail and records the outcome: sent; a 5xx refusal failed for good; anything
   * else pending again after an exponential backoff (doubling from the attempt count, capped).
   */
  private async attempt(
    mailer: Mailer,
    mail: OutgoingMail,
    job: { id: string; attempts: number },
    outcome: {
      sent: () => void;
      retry: (nextAttemptAt: number, message: string) => void;
      failed: (message: string) => void;
    },
  ): Promise<void> {
    try {
      await mailer.send(mail);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (isPermanentFailure(err)) return outcome.failed(message);
      const { backoffMs, backoffMaxMs } = this.config.reminders;
      const wait = Math.min(backoffMaxMs, backoffMs * 2 ** Math.min(job.attempts - 1, 30));
      this.log.warn(
        { reminder: job.id, attempts: job.attempts, err: message },
        'reminders: e-mail failed, retrying',
      );
      return outcome.retry(this.clock() + wait, message);
    }
    outcome.sent();
  }
}
