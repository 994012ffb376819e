import type { IsoDate } from '../../../shared/calendar/workingDays.ts';
import type { DB } from '../../db/connection.ts';
import { findLiaison } from '../../db/repos/liaisons.ts';
import { getUnit, type Unit } from '../../db/repos/units.ts';
import {
  publicReportFutureDate,
  publicReportResponseBeforeForwarding,
  publicReportUnknownLiaison,
  publicReportUnknownUnit,
} from '../../errors/index.ts';

/** The OPD a report goes to; 400 `public_report.unknown_unit` for one of another cooperation. */
export function unitOf(db: DB, cooperationId: string, unitId: string): Unit {
  const unit = getUnit(db, unitId);
  if (!unit || unit.cooperationId !== cooperationId) throw publicReportUnknownUnit();
  return unit;
}

/** 400 `public_report.unknown_liaison` unless the PIC is a liaison of that very OPD. */
export function checkPic(db: DB, unit: Unit, liaisonId: string | null): void {
  if (liaisonId === null) return;
  const liaison = findLiaison(db, liaisonId);
  if (!liaison || liaison.cooperationId !== unit.cooperationId || liaison.unitId !== unit.id)
    throw publicReportUnknownLiaison();
}

/** 400 `public_report.future_date` for a day after `today`: things are recorded once they happened. */
export function checkNotAhead(day: IsoDate, today: IsoDate): void {
  if (day > today) throw publicReportFutureDate();
}

/** The response's day checked: not before the forwarding, not after today. */
export function checkResponseDay(respondedOn: IsoDate, forwardedOn: IsoDate, today: IsoDate): void {
  if (respondedOn < forwardedOn) throw publicReportResponseBeforeForwarding();
  checkNotAhead(respondedOn, today);
}
