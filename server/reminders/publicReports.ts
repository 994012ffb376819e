import { addCalendarDays, addWorkingDays, localDate } from '../../shared/calendar/workingDays.ts';
import { publicReportsPath } from '../../shared/pages.ts';
import { qualifies } from '../../shared/policies.ts';
import { cooperationTimeZone } from '../../shared/timeZones.ts';
import type { DB } from '../db/connection.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { listMembers, type Member } from '../db/repos/members.ts';
import { getPublicReport, listWaitingReports, type PublicReportRow } from '../db/repos/publicReports.ts';
import { type Reminder, scheduleReminder } from '../db/repos/reminders.ts';
import { getUnit } from '../db/repos/units.ts';
import { type Composed, channelsFor, type ReminderKind } from './kinds.ts';
import { localInstant } from './localTime.ts';
import { dateIn, type Language, type MailText } from './messages.ts';

/** The kind of a reminder that a forwarded report from the public waits for its answer. */
export const PUBLIC_REPORT_DUE = 'public_report.due';
/** The local time of day reminders go out at, in the cooperation's zone. */
const SEND_AT = '08:00';
/** How far back waiting reports are looked at: the overdue notice may follow a long Lebaran leave. */
const LOOK_BACK_DAYS = 21;

/** The two notices of a report: a working day before its due day, and the first working day it is overdue. */
function noticesOf(dueOn: string, zone: Parameters<typeof addWorkingDays>[2]) {
  return [
    { when: 'before', day: addWorkingDays(dueOn, -1, zone) },
    { when: 'overdue', day: addWorkingDays(dueOn, 1, zone) },
  ] as const;
}

/** The members of the report's OPD who may record its answer (`publicReport.respond`). */
function unitMembers(db: DB, cooperationId: string, unitId: string): Member[] {
  const unit = getUnit(db, unitId);
  if (!unit) return [];
  const facts = { unitId, unitPartyId: unit.partyId };
  return listMembers(db, cooperationId).filter(
    (m) => m.unitId === unitId && qualifies(m, 'publicReport.respond', facts),
  );
}

/**
 * Reports from the public forwarded to an OPD and not yet answered: the members of that OPD who
 * may record the answer are reminded one working day before the due day and on the first working
 * day it is overdue (weekends, holidays and cuti bersama skipped), at 08:00 in the cooperation's
 * time zone, in the app and (with mail on and the person taking obligation e-mails) by e-mail.
 * A notice whose day has passed when first scheduled is not made. Each once per report, due day,
 * notice, recipient and channel.
 */
export const publicReportReminders: ReminderKind = {
  kind: PUBLIC_REPORT_DUE,
  // Answering a forwarded report in time is an obligation of the PKS.
  emailKind: 'obligations',

  schedule(db, now, mailOn) {
    let added = 0;
    const fromDay = addCalendarDays(new Date(now).toISOString().slice(0, 10), -LOOK_BACK_DAYS);
    for (const r of listWaitingReports(db, fromDay)) {
      const zone = cooperationTimeZone(JSON.parse(r.cooperationSettings || '{}'));
      const today = localDate(new Date(now), zone);
      const notices = noticesOf(r.dueOn, zone).filter((n) => n.day >= today);
      if (notices.length === 0) continue;
      for (const member of unitMembers(db, r.cooperationId, r.unitId)) {
        const channels = channelsFor(db, member.userId, 'obligations', mailOn);
        for (const notice of notices) {
          for (const channel of channels) {
            const reminder = {
              kind: PUBLIC_REPORT_DUE,
              subjectId: r.id,
              occurrence: `${r.dueOn}/${notice.when}`,
              cooperationId: r.cooperationId,
              userId: member.userId,
              channel,
              dueAt: localInstant(notice.day, SEND_AT, zone),
              payload: { dueOn: r.dueOn, when: notice.when },
            };
            if (scheduleReminder(db, reminder, now)) added++;
          }
        }
      }
    }
    return added;
  },

  compose(db, job) {
    return composePublicReport(db, job);
  },
};

/** Reads the report again when its reminder is due: what to say, or why it is no longer wanted. */
export function composePublicReport(db: DB, job: Reminder): Composed {
  const report = getPublicReport(db, job.subjectId);
  const dueOn = String(job.payload.dueOn);
  const when = job.payload.when === 'overdue' ? 'overdue' : 'before';
  if (!report) return { cancel: 'the report is gone' };
  if (report.respondedOn !== null) return { cancel: 'the report is answered' };
  if (report.dueOn !== dueOn) return { cancel: `the due day moved to ${report.dueOn}` };
  if (
    !report.unitId ||
    !unitMembers(db, report.cooperationId, report.unitId).some((m) => m.userId === job.userId)
  )
    return { cancel: 'the recipient no longer answers for the report’s OPD' };
  const cooperation = findCooperation(db, report.cooperationId);
  if (!cooperation) return { cancel: 'the cooperation is gone' };
  const facts: PublicReportFacts = {
    cooperationTitle: cooperation.title,
    report,
    when,
    zone: cooperationTimeZone(cooperation.settings),
  };
  return {
    page: publicReportsPath(report.cooperationId),
    bell: {
      reportId: report.id,
      reference: report.reference,
      unitName: report.unitName,
      cooperationTitle: cooperation.title,
      dueOn,
      when,
      zone: facts.zone,
    },
    mail: (language, recipientName) => publicReportMail(facts, recipientName, language),
    line: (language) => publicReportLine(facts, language),
  };
}

interface PublicReportFacts {
  cooperationTitle: string;
  report: Pick<PublicReportRow, 'reference' | 'unitName' | 'forwardedOn' | 'dueOn' | 'deadlineDays'>;
  when: 'before' | 'overdue';
  zone: string;
}

/** The reminder as one line (the digest's, and the mail's first sentence). */
export function publicReportLine(f: PublicReportFacts, language: Language): string {
  const { report: r } = f;
  const due = `${dateIn(language, r.dueOn)} (${f.zone})`;
  if (language === 'id') {
    return (
      `Laporan masyarakat ${r.reference} yang diteruskan kepada ${r.unitName} dalam kerja sama ` +
      `"${f.cooperationTitle}" ${f.when === 'overdue' ? 'lewat batas waktu tanggapan' : 'harus ditanggapi paling lambat'} ${due}.`
    );
  }
  return (
    `Public report ${r.reference} forwarded to ${r.unitName} in the cooperation "${f.cooperationTitle}" ` +
    `${f.when === 'overdue' ? 'is past its response deadline of' : 'must be answered by'} ${due}.`
  );
}

function body(f: PublicReportFacts, recipientName: string, language: Language): string {
  const r = f.report;
  const lines =
    language === 'id'
      ? [
          `Yth. ${recipientName},`,
          '',
          publicReportLine(f, 'id'),
          `Laporan diteruskan ${dateIn('id', r.forwardedOn)}; perjanjian memberi ${r.deadlineDays} hari kerja untuk menanggapinya.`,
          '',
          'Setelah OPD menanggapi, catat tanggal dan ringkasan tanggapannya di Sepakat, pada tab Laporan masyarakat.',
          '',
          'Pesan ini dikirim otomatis oleh Sepakat satu kali untuk setiap pengingat.',
        ]
      : [
          `Dear ${recipientName},`,
          '',
          publicReportLine(f, 'en'),
          `It was forwarded on ${dateIn('en', r.forwardedOn)}; the agreement gives ${r.deadlineDays} working days to answer it.`,
          '',
          'Once the OPD has answered, record the date and a summary in Sepakat, on the Public reports tab.',
          '',
          'Sepakat sends this message automatically, once for each reminder.',
        ];
  return lines.join('\n');
}

/** The e-mail: subject in `language`, the body in it and then in the other below a rule. */
export function publicReportMail(f: PublicReportFacts, recipientName: string, language: Language): MailText {
  const other: Language = language === 'id' ? 'en' : 'id';
  const subject =
    language === 'id'
      ? `Pengingat: laporan masyarakat ${f.report.reference} ${f.when === 'overdue' ? 'lewat batas waktu' : 'jatuh tempo'} ${dateIn('id', f.report.dueOn)}`
      : `Reminder: public report ${f.report.reference} ${f.when === 'overdue' ? 'overdue since' : 'due'} ${dateIn('en', f.report.dueOn)}`;
  return {
    subject,
    text: `${body(f, recipientName, language)}\n\n---\n\n${body(f, recipientName, other)}\n`,
  };
}
