import {
  addCalendarDays,
  addWorkingDays,
  type IsoDate,
  isWorkingDay,
} from '../../shared/calendar/workingDays.ts';
import { occurrencesOf } from '../../shared/obligations/occurrences.ts';
import type { DB } from '../db/connection.ts';
import { findMember } from '../db/repos/members.ts';
import { type EvidenceFile, insertComment, insertReport } from '../db/repos/obligationReports.ts';
import type { Obligation } from '../db/repos/obligations.ts';
import { findUserByUsername } from '../db/repos/users.ts';
import { sniffEvidence } from '../evidence/sniff.ts';
import { evidencePdf, evidencePng } from './evidenceFiles.ts';
import { type EvidencePlan, REPORT_PLANS } from './reportsDemoData.ts';
import { demoMorning } from './signedDemo.ts';

/** `date` moved `n` working days (back when negative). */
export function shiftWorkingDays(date: IsoDate, n: number): IsoDate {
  if (n >= 0) return addWorkingDays(date, n);
  let day = date;
  for (let left = -n; left > 0; left--) {
    do day = addCalendarDays(day, -1);
    while (!isWorkingDay(day));
  }
  return day;
}

/** The bytes of an evidence file, typed as the upload checks type them: from the bytes. */
function evidenceOf(plan: EvidencePlan): EvidenceFile {
  const data =
    'pdf' in plan ? evidencePdf(plan.pdf.title, plan.pdf.lines) : evidencePng(320, 200, plan.png.rgb);
  const mime = sniffEvidence(data);
  if (!mime) throw new Error(`the demo's evidence ${plan.name} is not a file a report accepts`);
  return { name: plan.name, mime, data };
}

/** Who acts: the demo user and their membership (party, unit). */
export function actor(db: DB, cooperationId: string, username: string) {
  const user = findUserByUsername(db, username);
  const member = user && findMember(db, cooperationId, user.id);
  if (!user || !member) throw new Error(`the demo user ${username} is not a member`);
  return { userId: user.id, partyId: member.partyId, unitId: member.unitId };
}

/**
 * The year's reports on the confirmed obligations (`REPORT_PLANS`), each answering one of the
 * obligation's due dates since the signing, with its evidence and the other party's answers.
 * Nothing is dated after `now`: a plan that would be is left out.
 */
export function seedObligationReports(
  db: DB,
  o: { cooperationId: string; obligations: Obligation[]; signedOn: IsoDate; today: IsoDate; now: number },
): number {
  let made = 0;
  db.transaction(() => {
    for (const [i, plan] of REPORT_PLANS.entries()) {
      const obligation = o.obligations.find((x) => x.clausePath === plan.path);
      if (!obligation) continue;
      const dates = occurrencesOf(obligation.due, o.signedOn, { from: o.signedOn, to: o.today });
      const occurrence = plan.occurrence === null ? null : (dates[plan.occurrence - 1]?.date ?? null);
      if (plan.occurrence !== null && !occurrence) continue;
      const day = shiftWorkingDays(occurrence ?? o.signedOn, plan.at);
      const createdAt = demoMorning(day, (i % 5) * 37);
      if (createdAt > o.now) continue;
      const by = actor(db, o.cooperationId, plan.by);
      const reportId = insertReport(
        db,
        {
          obligationId: obligation.id,
          cooperationId: o.cooperationId,
          occurrence,
          status: plan.status,
          text: plan.text,
          authorId: by.userId,
          partyId: by.partyId,
          unitId: by.unitId,
          createdAt,
        },
        (plan.files ?? []).map(evidenceOf),
      );
      made++;
      for (const answer of plan.answers ?? []) {
        const at = demoMorning(shiftWorkingDays(day, answer.after), 120);
        if (at > o.now) continue;
        const who = actor(db, o.cooperationId, answer.by);
        insertComment(db, {
          reportId,
          kind: answer.kind,
          text: answer.text,
          authorId: who.userId,
          partyId: who.partyId,
          createdAt: at,
        });
      }
    }
  })();
  return made;
}
