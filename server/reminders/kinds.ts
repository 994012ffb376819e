import type { EmailKind } from '../../shared/api/notifications.ts';
import type { DB } from '../db/connection.ts';
import { findNotificationSettings, wantsEmail } from '../db/repos/notifications.ts';
import type { Reminder } from '../db/repos/reminders.ts';
import type { Language, MailText } from './messages.ts';

/** What a due reminder says, read from its subject when it goes out; or why it no longer goes. */
export type Composed =
  | {
      /** The bell item's payload (the client words it by the reminder's kind). */
      bell: Record<string, unknown>;
      /** The e-mail in the recipient's language first. */
      mail: (language: Language, recipientName: string) => MailText;
      /** One line of the daily digest in a language; the mail's subject stands in without it. */
      line?: (language: Language) => string;
      /** The app page the reminder is about (`shared/pages.ts`), linked from the e-mail. */
      page: string;
    }
  | { cancel: string };

/** A producer of reminders: what it schedules, and how a due one of its kind reads. */
export interface ReminderKind {
  kind: string;
  /** The setting that lets a person take or leave this kind by e-mail. */
  emailKind: EmailKind;
  /**
   * Schedules the reminders its subjects call for from `now` on; idempotent (the job table's
   * key), so it runs on every tick. `mailOn`: an SMTP server is set. Returns how many it added.
   */
  schedule(db: DB, now: number, mailOn: boolean): number;
  /** Reads the subject again for a due reminder of this kind. */
  compose(db: DB, job: Reminder): Composed;
}

/** Where a reminder of `emailKind` reaches `userId`: the bell always, e-mail too when mail is on and they take it. */
export function channelsFor(
  db: DB,
  userId: string,
  emailKind: EmailKind,
  mailOn: boolean,
): ('app' | 'email')[] {
  return mailOn && wantsEmail(findNotificationSettings(db, userId), emailKind) ? ['app', 'email'] : ['app'];
}
