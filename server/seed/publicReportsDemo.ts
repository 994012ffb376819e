import { addWorkingDays, type IsoDate } from '../../shared/calendar/workingDays.ts';
import { toRoman } from '../../shared/clauses.ts';
import type { DB } from '../db/connection.ts';
import { listLiaisons } from '../db/repos/liaisons.ts';
import { insertPublicReport, listReportCommitments, respondPublicReport } from '../db/repos/publicReports.ts';
import type { Unit } from '../db/repos/units.ts';
import { actor, shiftWorkingDays } from './reportsDemo.ts';
import { demoMorning } from './signedDemo.ts';

/**
 * Reports from the public forwarded to the city's OPD over the year: the OPD's short name, the
 * liaison, when it was forwarded in working days after the signing (negative: before today),
 * and after how many working days it was answered (past the commitment: late; none: waiting).
 */
export interface PublicReportPlan {
  unit: string;
  liaison: string;
  forwarded: number;
  answeredAfter: number | null;
  response?: string;
}

export const PUBLIC_REPORT_PLANS: PublicReportPlan[] = [
  { unit: 'Disdukcapil', liaison: 'Sekretaris Disdukcapil', forwarded: 12, answeredAfter: 6 },
  { unit: 'DPMPTSP', liaison: 'Kepala Bidang Pelayanan Perizinan', forwarded: 20, answeredAfter: 8 },
  { unit: 'RSUD H. Abdul Manap', liaison: 'Kepala Bagian Umum RSUD', forwarded: 31, answeredAfter: 14 },
  { unit: 'Disdukcapil', liaison: 'Sekretaris Disdukcapil', forwarded: 45, answeredAfter: 4 },
  { unit: 'Dinsos', liaison: 'Sekretaris Dinas Sosial', forwarded: 58, answeredAfter: 9 },
  { unit: 'RSUD H. Abdul Manap', liaison: 'Kepala Bagian Umum RSUD', forwarded: 74, answeredAfter: 7 },
  { unit: 'DPMPTSP', liaison: 'Kepala Bidang Pelayanan Perizinan', forwarded: 90, answeredAfter: 10 },
  { unit: 'Disdukcapil', liaison: 'Sekretaris Disdukcapil', forwarded: 104, answeredAfter: 5 },
  { unit: 'Dinsos', liaison: 'Sekretaris Dinas Sosial', forwarded: 118, answeredAfter: 13 },
  { unit: 'RSUD H. Abdul Manap', liaison: 'Kepala Bagian Umum RSUD', forwarded: 133, answeredAfter: 9 },
  { unit: 'Disdukcapil', liaison: 'Sekretaris Disdukcapil', forwarded: 150, answeredAfter: 3 },
  { unit: 'DPMPTSP', liaison: 'Kepala Bidang Pelayanan Perizinan', forwarded: 171, answeredAfter: 6 },
  { unit: 'RSUD H. Abdul Manap', liaison: 'Kepala Bagian Umum RSUD', forwarded: 189, answeredAfter: 8 },
  { unit: 'Dinsos', liaison: 'Sekretaris Dinas Sosial', forwarded: 205, answeredAfter: 7 },
  { unit: 'Disdukcapil', liaison: 'Sekretaris Disdukcapil', forwarded: 214, answeredAfter: 12 },
  { unit: 'RSUD H. Abdul Manap', liaison: 'Kepala Bagian Umum RSUD', forwarded: 222, answeredAfter: 6 },
  { unit: 'DPMPTSP', liaison: 'Kepala Bidang Pelayanan Perizinan', forwarded: 228, answeredAfter: 5 },
  { unit: 'Dinsos', liaison: 'Sekretaris Dinas Sosial', forwarded: -4, answeredAfter: null },
];

/**
 * The reports from the public the Ombudsman forwarded to the city's OPD since the signing
 * (`PUBLIC_REPORT_PLANS`), each with its number in the Ombudsman's complaint system and the
 * deadline the signed PKS commits to, answered in time, late, or still waiting.
 */
export function seedPublicReports(
  db: DB,
  o: { cooperationId: string; units: Unit[]; signedOn: IsoDate; today: IsoDate; now: number },
): number {
  const [commitment] = listReportCommitments(db, o.cooperationId);
  const deadlineDays = commitment?.days ?? 10;
  const liaisons = listLiaisons(db, o.cooperationId);
  const asisten = actor(db, o.cooperationId, 'asisten');
  let made = 0;
  db.transaction(() => {
    for (const [i, plan] of PUBLIC_REPORT_PLANS.entries()) {
      const unit = o.units.find((u) => u.shortName === plan.unit);
      const liaison = liaisons.find((l) => l.name === plan.liaison);
      const forwardedOn =
        plan.forwarded >= 0
          ? addWorkingDays(o.signedOn, plan.forwarded)
          : shiftWorkingDays(o.today, plan.forwarded);
      const respondedOn =
        plan.answeredAfter === null ? null : addWorkingDays(forwardedOn, plan.answeredAfter);
      if (forwardedOn > o.today || (respondedOn && respondedOn > o.today)) continue;
      const [year, month] = forwardedOn.split('-');
      const createdAt = demoMorning(forwardedOn, 60);
      const report = insertPublicReport(db, {
        cooperationId: o.cooperationId,
        reference: `${String(40 + i * 7).padStart(4, '0')}/LM/${toRoman(Number(month))}/${year}/JMB`,
        unitId: unit?.id ?? null,
        liaisonId: liaison?.id ?? null,
        forwardedOn,
        deadlineDays,
        dueOn: addWorkingDays(forwardedOn, deadlineDays),
        createdBy: asisten.userId,
        createdAt,
        updatedAt: createdAt,
      });
      made++;
      if (!respondedOn) continue;
      const by = actor(db, o.cooperationId, 'pemkot');
      const late = plan.answeredAfter !== null && plan.answeredAfter > deadlineDays;
      respondPublicReport(
        db,
        report.id,
        {
          respondedOn,
          response: late
            ? 'Ditanggapi setelah klarifikasi tambahan; penyebab keterlambatan dicatat.'
            : 'Ditindaklanjuti dan dijawab kepada pelapor melalui Ombudsman.',
        },
        by.userId,
        demoMorning(respondedOn, 180),
      );
    }
  })();
  return made;
}
