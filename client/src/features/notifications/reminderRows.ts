import { type Language, textIn } from '../../i18n/index.ts';
import type { ReminderDTO } from './api.ts';
import { type NotificationMessageKey, notificationMessages } from './messages.ts';

/** One e-mail reminder not yet done, in words: what it is about, for whom, when, and its state. */
export interface ReminderRow {
  id: string;
  about: string;
  person: string;
  due: string;
  state: string;
  failed: boolean;
}

/** The e-mail reminders still to go out (or given up on), and how many went out lately. */
export interface ReminderOverview {
  rows: ReminderRow[];
  sentRecently: number;
}

const KIND_LABELS: Record<string, NotificationMessageKey> = {
  'action.due': 'reminders.kind.followUp',
  'obligation.due': 'reminders.kind.obligation',
  'public_report.due': 'reminders.kind.publicReport',
  'agreement.term_end': 'reminders.kind.termEnd',
};

const RECENT_MS = 30 * 24 * 60 * 60 * 1000;
// A mail server's answer can run to several lines; the row keeps its first words.
const ERROR_CHARS = 60;

const shorten = (error: string) => {
  const line = error.split('\n')[0]?.trim() ?? '';
  return line.length > ERROR_CHARS ? `${line.slice(0, ERROR_CHARS - 1)}…` : line;
};

/**
 * Turns the reminders the server lists into the rows the Pelaksanaan tab shows: e-mail ones
 * that are pending, sending or failed, soonest first, and a count of those sent in the 30 days
 * before `now`. A pending reminder that already failed to go out reads as retried at its next
 * attempt, so a mail server that is down shows as a wait, not a loss. Times are written in
 * `timeZone` (the IANA zone of the cooperation).
 */
export function reminderOverview(
  reminders: ReminderDTO[],
  members: { userId: string; displayName: string }[],
  now: Date,
  language: Language,
  timeZone: string,
): ReminderOverview {
  const words = (key: NotificationMessageKey, params?: Record<string, string | number>) =>
    textIn(notificationMessages, language, key, params);
  const format = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const at = (iso: string) => format.format(new Date(iso));
  const email = reminders.filter((r) => r.channel === 'email');
  const sentRecently = email.filter(
    (r) => r.state === 'sent' && r.sentAt !== null && now.getTime() - Date.parse(r.sentAt) <= RECENT_MS,
  ).length;
  const open = email
    .filter((r) => r.state === 'pending' || r.state === 'sending' || r.state === 'failed')
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
  const rows = open.map((r): ReminderRow => {
    const state =
      r.state === 'failed'
        ? words('reminders.failed')
        : r.state === 'sending'
          ? words('reminders.sending')
          : r.attempts > 0
            ? words('reminders.retrying', {
                time: at(r.nextAttemptAt),
                n: r.attempts,
                error: shorten(r.lastError),
              })
            : words('reminders.waiting');
    return {
      id: r.id,
      about: words(KIND_LABELS[r.kind] ?? 'reminders.kind.other'),
      person: members.find((m) => m.userId === r.userId)?.displayName ?? words('reminders.unknownPerson'),
      due: at(r.dueAt),
      state,
      failed: r.state === 'failed',
    };
  });
  return { rows, sentRecently };
}
