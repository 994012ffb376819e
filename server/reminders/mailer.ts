import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { MailSettings } from './settings.ts';

/** One e-mail to send. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The Message-ID header, `<…@…>`: the same for every attempt of one reminder. */
  messageId: string;
}

/** Sends e-mail through the configured SMTP server. */
export interface Mailer {
  /** Resolves once the SMTP server accepted the message; rejects with nodemailer's error otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The domain of the sender's address, for Message-IDs (`localhost` when it has none). */
function senderDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'localhost';
}

/**
 * A reminder's Message-ID, derived from its idempotency key alone: every attempt of a reminder
 * carries the same one, so a copy sent again after an interrupted attempt is the same message
 * to the recipient's mail client, which shows it once.
 */
export function reminderMessageId(idempotencyKey: string, from: string): string {
  const hash = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
  return `<reminder.${hash}@${senderDomain(from)}>`;
}

/** A mailer over one SMTP connection per message (reminders are few; no pool to keep alive). */
export function smtpMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport({
    url: settings.url,
    tls: { rejectUnauthorized: settings.tlsRejectUnauthorized },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
    close: () => transport.close(),
  };
}

/**
 * Whether an SMTP failure is final: a 5xx reply (the server refuses the address or the
 * message for good). Anything else (no connection, a timeout, a 4xx "try later") passes.
 */
export function isPermanentFailure(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
