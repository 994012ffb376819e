import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/common.ts';
import type { DB } from '../db/connection.ts';
import { insertMember } from '../db/repos/members.ts';
import { correctPublicReport, insertPublicReport, respondPublicReport } from '../db/repos/publicReports.ts';
import { listCooperationReminders } from '../db/repos/reminders.ts';
import { setMemberUnit } from '../db/repos/units.ts';
import { createUser } from '../db/repos/users.ts';
import { cityCooperation, memoryDb } from '../routes/public-reports/testing.ts';
import { composePublicReport, publicReportReminders } from './publicReports.ts';

let db: DB;
beforeEach(() => {
  db = memoryDb();
});
afterEach(() => db.close());

/**
 * The city's Disdukcapil with a commenter and a viewer in it, a commenter of Dinsos, and a
 * report forwarded to Disdukcapil on Monday 21 December 2026 with three working days: the 24th
 * (cuti bersama), the 25th (Christmas) and the weekend pass, so it is due Monday the 28th.
 */
function world() {
  const { cityId, unit } = cityCooperation(db);
  const dukcapil = unit('Disdukcapil');
  const dinsos = unit('Dinsos');
  const member = (username: string, role: Role, unitId: string) => {
    const user = createUser(db, { username, displayName: username, passwordHash: 'x' });
    insertMember(db, { cooperationId: 'coop1', userId: user.id, partyId: cityId, role });
    setMemberUnit(db, 'coop1', user.id, unitId);
    return user.id;
  };
  const answering = member('sekretaris', 'commenter', dukcapil.id);
  member('tamu-opd', 'viewer', dukcapil.id);
  member('dinsos', 'commenter', dinsos.id);
  const report = insertPublicReport(db, {
    cooperationId: 'coop1',
    reference: '0789/LM/XII/2026',
    unitId: dukcapil.id,
    liaisonId: null,
    forwardedOn: '2026-12-21',
    deadlineDays: 3,
    dueOn: '2026-12-28',
    createdBy: 'u-owner',
    createdAt: 1,
    updatedAt: 1,
  });
  return { answering, report };
}

/** 08:00 WIB of a day, as the reminders are due. */
const eightWib = (day: string) => Date.parse(`${day}T01:00:00Z`);

describe('reminders of reports from the public', () => {
  it('remind the OPD’s members who answer, a working day before the due day and when it is overdue, once', () => {
    const { answering, report } = world();
    const now = eightWib('2026-12-21');
    expect(publicReportReminders.schedule(db, now, false)).toBe(2);
    expect(publicReportReminders.schedule(db, now, false)).toBe(0);
    const made = listCooperationReminders(db, 'coop1');
    expect(made.map((r) => [r.userId, r.channel, r.occurrence, new Date(r.dueAt).toISOString()])).toEqual([
      // Wednesday the 23rd: the working day before Monday the 28th.
      [answering, 'app', '2026-12-28/before', '2026-12-23T01:00:00.000Z'],
      [answering, 'app', '2026-12-28/overdue', '2026-12-29T01:00:00.000Z'],
    ]);
    const [before, overdue] = made as [(typeof made)[0], (typeof made)[0]];

    const composed = composePublicReport(db, before);
    if (!('mail' in composed)) throw new Error(`cancelled: ${composed.cancel}`);
    expect(composed.bell).toMatchObject({
      reportId: report.id,
      reference: '0789/LM/XII/2026',
      when: 'before',
    });
    const mail = composed.mail('id', 'Sekretaris');
    expect(mail.subject).toBe(
      'Pengingat: laporan masyarakat 0789/LM/XII/2026 jatuh tempo Senin, 28 Desember 2026',
    );
    expect(mail.text).toContain('harus ditanggapi paling lambat Senin, 28 Desember 2026 (WIB)');
    expect(mail.text).toContain('must be answered by Monday, 28 December 2026 (WIB)');
    expect(composed.line?.('en')).toContain('Public report 0789/LM/XII/2026 forwarded to Disdukcapil');

    // Answered meanwhile: the overdue notice goes no more; nothing new is scheduled.
    respondPublicReport(db, report.id, { respondedOn: '2026-12-28', response: '' }, answering, now);
    expect(composePublicReport(db, overdue)).toEqual({ cancel: 'the report is answered' });
    expect(publicReportReminders.schedule(db, eightWib('2026-12-24'), false)).toBe(0);
  });

  it('make no notice whose day has passed, and cancel one whose due day moved', () => {
    const { report } = world();
    expect(publicReportReminders.schedule(db, eightWib('2026-12-28'), false)).toBe(1);
    const [overdue] = listCooperationReminders(db, 'coop1');
    expect(overdue?.occurrence).toBe('2026-12-28/overdue');
    const { reference, unitId, liaisonId, forwardedOn } = report;
    const later = { reference, unitId, liaisonId, forwardedOn, deadlineDays: 5, dueOn: '2026-12-30' };
    expect(correctPublicReport(db, report.id, later, 'u-owner', 2)).toBe(true);
    expect(composePublicReport(db, overdue!)).toEqual({ cancel: 'the due day moved to 2026-12-30' });
  });
});
