import type { PublicReportDTO, ReportCommitment } from '../../../shared/api/publicReports.ts';
import { DEFAULT_DEADLINE_DAYS } from '../../../shared/api/publicReports.ts';
import type { IsoDate } from '../../../shared/calendar/workingDays.ts';
import { reportState, workingDaysTaken } from '../../../shared/publicReports/responseTimes.ts';
import type { PublicReportRow } from '../../db/repos/publicReports.ts';
import { iso } from '../../db/repos/sql.ts';

/** A stored report as the API gives it, its state and working days reckoned on `today`. */
export function presentPublicReport(r: PublicReportRow, today: IsoDate): PublicReportDTO {
  return {
    id: r.id,
    cooperationId: r.cooperationId,
    reference: r.reference,
    unitId: r.unitId,
    unitName: r.unitName,
    liaisonId: r.liaisonId,
    liaisonName: r.liaisonName,
    forwardedOn: r.forwardedOn,
    deadlineDays: r.deadlineDays,
    dueOn: r.dueOn,
    respondedOn: r.respondedOn,
    response: r.response,
    state: reportState(r, today),
    workingDaysTaken: workingDaysTaken(r, today),
    createdBy: { userId: r.createdBy, name: r.createdByName },
    respondedBy: r.respondedBy ? { userId: r.respondedBy, name: r.respondedByName ?? '' } : null,
    updatedBy: r.updatedBy ? { userId: r.updatedBy, name: r.updatedByName ?? '' } : null,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

// An agreement may set a shorter deadline for urgent reports beside the usual one.
const URGENT = /\b(mendesak|segera|darurat)\b/i;

/**
 * The deadline a new report gets unless people set another: the agreement's usual commitment
 * (the first one confirmed that is not for urgent reports), else the first, else 14 working days.
 */
export function defaultDeadlineDays(commitments: readonly ReportCommitment[]): number {
  const usual = commitments.find((c) => !URGENT.test(c.text)) ?? commitments[0];
  return usual?.days ?? DEFAULT_DEADLINE_DAYS;
}
