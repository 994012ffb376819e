import { addCalendarDays, addWorkingDays, localDate } from '../../shared/calendar/workingDays.ts';
import { occurrencesOf } from '../../shared/obligations/occurrences.ts';
import { occurrenceState } from '../../shared/obligations/progress.ts';
import { obligationPath } from '../../shared/pages.ts';
import { qualifies } from '../../shared/policies.ts';
import { cooperationTimeZone } from '../../shared/timeZones.ts';
import type { DB } from '../db/connection.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { listMembers, type Member } from '../db/repos/members.ts';
import {
  cooperationsWithDueObligations,
  documentSigning,
  occurrenceReports,
  usersOfLiaison,
} from '../db/repos/obligationReminders.ts';
import { getObligation, listCooperationObligations, type Obligation } from '../db/repos/obligations.ts';
import { type Reminder, scheduleReminder } from '../db/repos/reminders.ts';
import { getUnit } from '../db/repos/units.ts';
import { type Composed, channelsFor, type ReminderKind } from './kinds.ts';
import { localInstant } from './localTime.ts';
import { obligationLine, obligationMail } from './messages.ts';

/** The kind of a reminder that an occurrence of a confirmed obligation falls due. */
export const OBLIGATION_DUE = 'obligation.due';
/** The local time of day reminders go out at, in the cooperation's zone. */
const SEND_AT = '08:00';
/** How many working days ahead of an occurrence its people are reminded. */
export const OBLIGATION_NOTICE_WORKING_DAYS = 3;
/** How far ahead occurrences are looked for: three working days can span a long Lebaran leave. */
const LOOK_AHEAD_DAYS = 21;

/** The two reminders of an occurrence: the local day each falls on. */
function noticesOf(dueDate: string, zone: Parameters<typeof addWorkingDays>[2]) {
  return [
    { when: 'before', day: addWorkingDays(dueDate, -OBLIGATION_NOTICE_WORKING_DAYS, zone) },
    // The first working day it is overdue: a Saturday's mail is read on Monday anyway.
    { when: 'overdue', day: addWorkingDays(dueDate, 1, zone) },
  ] as const;
}

/**
 * Who answers for an obligation: the members who may report on it (`obligation.report` in
 * shared/policies.ts: its party's, or its unit's when it names one, every party's for PARA
 * PIHAK), and the users the linked liaison is.
 */
function responsible(db: DB, o: Obligation, members: Member[]): Member[] {
  const unitPartyId = o.unitId ? (getUnit(db, o.unitId)?.partyId ?? null) : null;
  const facts = { partyScope: o.partyScope, partyId: o.partyId, unitId: o.unitId, unitPartyId };
  const liaisonUsers = new Set(o.liaisonId ? usersOfLiaison(db, o.liaisonId) : []);
  return members.filter((m) => liaisonUsers.has(m.userId) || qualifies(m, 'obligation.report', facts));
}

/**
 * Whether one occurrence is reported done (shared/obligations/progress.ts), for the recipient's
 * party when each party carries the obligation on its own.
 */
function isDone(db: DB, o: Obligation, dueDate: string, today: string, partyId: string): boolean {
  const reports = occurrenceReports(db, o.id, dueDate).filter(
    (r) => o.partyScope !== 'each' || r.partyId === partyId,
  );
  const requests = reports.flatMap((r) => r.requests.map((createdAt) => ({ createdAt })));
  return occurrenceState({ dueDate, today, reports, requests }) === 'done';
}

/**
 * Occurrences of confirmed obligations (each due date: shared/obligations/occurrences.ts): the
 * people who answer for one are reminded three working days before (weekends, holidays and
 * cuti bersama skipped) and on the first working day it is overdue, at 08:00 in the
 * cooperation's time zone, in the app and (with mail on, an address set and the kind kept) by
 * e-mail. An occurrence reported done is not reminded of; one whose day has passed when first
 * scheduled is not made. Each once per obligation, occurrence, notice, recipient and channel.
 */
export const obligationReminders: ReminderKind = {
  kind: OBLIGATION_DUE,
  emailKind: 'obligations',

  schedule(db, now, mailOn) {
    let added = 0;
    for (const cooperationId of cooperationsWithDueObligations(db)) {
      const cooperation = findCooperation(db, cooperationId);
      if (!cooperation) continue;
      const zone = cooperationTimeZone(cooperation.settings);
      const today = localDate(new Date(now), zone);
      const window = {
        from: addCalendarDays(today, -LOOK_AHEAD_DAYS),
        to: addCalendarDays(today, LOOK_AHEAD_DAYS),
      };
      const members = listMembers(db, cooperationId);
      for (const o of listCooperationObligations(db, cooperationId, 'confirmed')) {
        const document = o.due ? documentSigning(db, o.documentId) : null;
        if (!document) continue;
        const people = responsible(db, o, members);
        for (const { date } of occurrencesOf(o.due, document.signedOn, window)) {
          if (!date) continue;
          const notices = noticesOf(date, zone).filter((n) => n.day >= today);
          for (const member of notices.length > 0 ? people : []) {
            if (isDone(db, o, date, today, member.partyId)) continue;
            const channels = channelsFor(db, member.userId, 'obligations', mailOn);
            for (const notice of notices) {
              for (const channel of channels) {
                const reminder = {
                  kind: OBLIGATION_DUE,
                  subjectId: o.id,
                  occurrence: `${date}/${notice.when}`,
                  cooperationId,
                  userId: member.userId,
                  channel,
                  dueAt: localInstant(notice.day, SEND_AT, zone),
                  payload: { dueDate: date, when: notice.when },
                };
                if (scheduleReminder(db, reminder, now)) added++;
              }
            }
          }
        }
      }
    }
    return added;
  },

  compose(db, job) {
    return composeObligation(db, job);
  },
};

/** Reads the obligation again when its reminder is due: what to say, or why it is no longer wanted. */
function composeObligation(db: DB, job: Reminder): Composed {
  const dueDate = String(job.payload.dueDate);
  const when = job.payload.when === 'overdue' ? 'overdue' : 'before';
  const o = getObligation(db, job.subjectId);
  if (o?.status !== 'confirmed') return { cancel: 'the obligation is no longer confirmed' };
  const cooperation = findCooperation(db, o.cooperationId);
  const document = documentSigning(db, o.documentId);
  if (!cooperation || !document) return { cancel: 'the cooperation or the agreement is gone' };
  const falls = occurrencesOf(o.due, document.signedOn, { from: dueDate, to: dueDate });
  if (!falls.some((f) => f.date === dueDate))
    return { cancel: `the obligation no longer falls due on ${dueDate}` };
  const member = responsible(db, o, listMembers(db, o.cooperationId)).find((m) => m.userId === job.userId);
  if (!member) return { cancel: 'the recipient no longer answers for the obligation' };
  const zone = cooperationTimeZone(cooperation.settings);
  if (isDone(db, o, dueDate, localDate(new Date(job.dueAt), zone), member.partyId)) {
    return { cancel: 'the occurrence is reported done' };
  }
  const facts = {
    cooperationTitle: cooperation.title,
    documentTitle: document.title,
    clausePath: o.clausePath,
    text: o.text,
    dueDate,
    when,
    zone,
  } as const;
  return {
    bell: { obligationId: o.id, documentId: o.documentId, ...facts },
    mail: (language, recipientName) => obligationMail({ ...facts, recipientName }, language),
    line: (language) => obligationLine(facts, language),
    page: obligationPath(o.cooperationId, o.id),
  };
}
