import { localDate } from '../../shared/calendar/workingDays.ts';
import { cooperationTimeZone } from '../../shared/timeZones.ts';
import type { DB } from '../db/connection.ts';
import type { NotificationSettings } from '../db/repos/notifications.ts';
import { attachToDigest } from '../db/repos/reminderDigests.ts';
import { listDigestCandidates, markReminderEnded, type Reminder } from '../db/repos/reminders.ts';
import type { Composed, ReminderKind } from './kinds.ts';
import { localInstant } from './localTime.ts';
import { type DigestFacts, digestMail, type Language, type MailText } from './messages.ts';

/** The local time of day the daily digest goes out at. */
export const DIGEST_AT = '07:00';
/** How far ahead of `now` a reminder is looked at for a digest (its local day may start early). */
const LOOK_AHEAD_MS = 2 * 24 * 3_600_000;

/**
 * Builds the daily digests whose time has come: each pending e-mail reminder of a person who
 * takes the digest falls on a local day (its cooperation's zone); from 07:00 that day (or its
 * own time, were that earlier) it joins the person's digest of that day, made on the spot. A
 * reminder scheduled after its day's digest was tried stays out of it and goes on its own, the
 * same day: late, it is still not lost, and a digest once tried never changes. Returns how many
 * reminders joined a digest.
 */
export function buildDueDigests(db: DB, now: number): number {
  const groups = new Map<string, { userId: string; day: string; ids: string[] }>();
  for (const r of listDigestCandidates(db, now + LOOK_AHEAD_MS)) {
    const zone = cooperationTimeZone(r.cooperationSettings);
    const day = localDate(new Date(r.dueAt), zone);
    if (now < Math.min(localInstant(day, DIGEST_AT, zone), r.dueAt)) continue;
    const key = `${r.userId}:${day}`;
    const group = groups.get(key) ?? { userId: r.userId, day, ids: [] };
    group.ids.push(r.id);
    groups.set(key, group);
  }
  let joined = 0;
  for (const g of groups.values()) joined += attachToDigest(db, g.userId, g.day, g.ids, now);
  return joined;
}

/** A reminder as a line of the digest: the kind's own line, else its mail's subject. */
function lineOf(composed: Exclude<Composed, { cancel: string }>, language: Language): string {
  return (
    composed.line?.(language) ?? composed.mail(language, '').subject.replace(/^(Pengingat|Reminder): /, '')
  );
}

/**
 * The digest's e-mail from the reminders it holds, each read again from its subject: one no
 * longer wanted (done, moved, its kind turned off by e-mail) is cancelled and left out. Null
 * when nothing is left to say.
 */
export function composeDigest(
  db: DB,
  digest: { day: string },
  jobs: Reminder[],
  settings: NotificationSettings,
  recipientName: string,
  compose: (job: Reminder) => { kind: ReminderKind | undefined; composed: Composed },
  link: (page: string) => string | null = () => null,
): MailText | null {
  const lines: DigestFacts['lines'] = [];
  for (const job of jobs) {
    const { kind, composed } = compose(job);
    if ('cancel' in composed) {
      markReminderEnded(db, job.id, 'cancelled', composed.cancel);
    } else if (kind && !settings.emailKinds.includes(kind.emailKind)) {
      markReminderEnded(db, job.id, 'cancelled', 'the recipient turned e-mail off for this kind');
    } else {
      // The page's address under its line, indented as the line's continuation.
      const url = link(composed.page);
      const under = url ? `\n   ${url}` : '';
      lines.push({ id: lineOf(composed, 'id') + under, en: lineOf(composed, 'en') + under });
    }
  }
  if (lines.length === 0) return null;
  return digestMail({ recipientName, day: digest.day, lines }, settings.language);
}
