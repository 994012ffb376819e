import { localDate } from '../../shared/calendar/workingDays.ts';
import { documentInfoPath } from '../../shared/pages.ts';
import { parseTermYears } from '../../shared/term.ts';
import { noticeDate, TERM_END_NOTICES, termEndDate } from '../../shared/termEnd.ts';
import { cooperationTimeZone } from '../../shared/timeZones.ts';
import type { DB } from '../db/connection.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { findMember, listMembers, type Member } from '../db/repos/members.ts';
import { listSignedAgreementTerms, type SignedAgreementTerm } from '../db/repos/printedSnapshots.ts';
import { type Reminder, scheduleReminder } from '../db/repos/reminders.ts';
import { type Composed, channelsFor, type ReminderKind } from './kinds.ts';
import { localInstant } from './localTime.ts';
import { termEndMail } from './messages.ts';

/** The kind of a reminder that an agreement's term is about to end. */
export const TERM_END = 'agreement.term_end';
/** The local time of day reminders go out at, in the cooperation's zone. */
const SEND_AT = '08:00';

/** A signed agreement whose term, and so its last day in force, is known. */
export interface SignedTerm extends Omit<SignedAgreementTerm, 'termYears'> {
  termYears: number;
  /** YYYY-MM-DD: the last day in force (shared/termEnd.ts). */
  endDate: string;
}

/**
 * Signed agreements (MoU, PKS) with a term: every cooperation's, or one's. The signing date and
 * the term ("Jangka waktu (tahun)", which the completeness check compares with the JANGKA WAKTU
 * Pasal) are those the final text printed, frozen with it when it was finalised: one query, no
 * text loaded. An addendum has no term of its own, and an agreement a signed renewal continues
 * is left out: its end is no longer reminded.
 */
export function signedTerms(db: DB, cooperationId?: string): SignedTerm[] {
  const terms: SignedTerm[] = [];
  for (const agreement of listSignedAgreementTerms(db, cooperationId)) {
    const termYears = parseTermYears(agreement.termYears);
    const endDate = termYears === null ? null : termEndDate(agreement.signedDate, termYears);
    if (termYears !== null && endDate) terms.push({ ...agreement, termYears, endDate });
  }
  return terms;
}

/**
 * Who is reminded of a term's end: the owners and the signatories of every party. Owners run
 * the cooperation and open the addendum or renewal; signatories are the officials who bound
 * their institution and sign its continuation. Editors and viewers see the date in their
 * calendar feed, not in their mail: a renewal is decided above them.
 */
const remindedOfTermEnd = (m: Pick<Member, 'role' | 'signatory'>) => m.role === 'owner' || m.signatory;

/**
 * The end of each signed agreement's term: its owners and signatories of both parties are
 * reminded six months and one month before the last day in force, at 08:00 in the
 * cooperation's time zone, in the app and (with mail on, an address set and e-mail on) by
 * e-mail. Each occurrence once per recipient and channel (the key holds the document, the end
 * date and the notice). A notice whose day has passed when first scheduled is not made.
 */
export const termEndReminders: ReminderKind = {
  kind: TERM_END,
  emailKind: 'termEnds',

  schedule(db, now, mailOn) {
    let added = 0;
    for (const term of signedTerms(db)) {
      const cooperation = findCooperation(db, term.cooperationId);
      if (!cooperation) continue;
      const zone = cooperationTimeZone(cooperation.settings);
      const today = localDate(new Date(now), zone);
      const notices = TERM_END_NOTICES.map((n) => ({ ...n, day: noticeDate(term.endDate, n.months) })).filter(
        (n) => n.day >= today,
      );
      if (notices.length === 0) continue;
      for (const member of listMembers(db, term.cooperationId).filter(remindedOfTermEnd)) {
        const channels = channelsFor(db, member.userId, 'termEnds', mailOn);
        for (const notice of notices) {
          for (const channel of channels) {
            const reminder = {
              kind: TERM_END,
              subjectId: term.documentId,
              occurrence: `${term.endDate}/${notice.key}`,
              cooperationId: term.cooperationId,
              userId: member.userId,
              channel,
              dueAt: localInstant(notice.day, SEND_AT, zone),
              payload: { endDate: term.endDate, notice: notice.key },
            };
            if (scheduleReminder(db, reminder, now)) added++;
          }
        }
      }
    }
    return added;
  },

  compose(db, job) {
    return composeTermEnd(db, job);
  },
};

/** Reads the agreement again when its reminder is due: what to say, or why it is no longer wanted. */
function composeTermEnd(db: DB, job: Reminder): Composed {
  const endDate = String(job.payload.endDate);
  const notice = job.payload.notice === '1m' ? '1m' : '6m';
  const term = signedTerms(db, job.cooperationId).find((t) => t.documentId === job.subjectId);
  if (!term) return { cancel: 'the agreement is no longer signed, is renewed or has no term' };
  if (term.endDate !== endDate) return { cancel: `the term now ends on ${term.endDate}` };
  const member = findMember(db, job.cooperationId, job.userId);
  if (!member || !remindedOfTermEnd(member))
    return { cancel: 'the recipient is no longer an owner or signatory' };
  const cooperation = findCooperation(db, job.cooperationId);
  if (!cooperation) return { cancel: 'the cooperation is gone' };
  const facts = {
    cooperationTitle: cooperation.title,
    documentTitle: term.title,
    signedDate: term.signedDate,
    endDate,
    notice,
  } as const;
  return {
    bell: { documentId: term.documentId, ...facts },
    mail: (language, recipientName) => termEndMail({ ...facts, recipientName }, language),
    // The agreement's Info panel holds "Susun adendum" and "Susun perpanjangan".
    page: documentInfoPath(term.cooperationId, term.documentId),
  };
}
