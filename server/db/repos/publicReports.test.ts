import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cityCooperation, memoryDb } from '../../routes/public-reports/testing.ts';
import type { DB } from '../connection.ts';
import { insertObligation } from './obligations.ts';
import {
  correctPublicReport,
  getPublicReport,
  insertPublicReport,
  isDuplicateReference,
  listPublicReports,
  listReportCommitments,
  listWaitingReports,
  respondPublicReport,
} from './publicReports.ts';

let db: DB;
beforeEach(() => {
  db = memoryDb();
});
afterEach(() => db.close());

/** A cooperation with a PKS, the city as party 2 and its Disdukcapil. */
function world() {
  const { documentId, cityId, unit } = cityCooperation(db);
  return { documentId, cityId, unitId: unit('Disdukcapil').id };
}

const report = (
  unitId: string | null,
  reference: string,
  forwardedOn = '2026-03-16',
  dueOn = '2026-03-30',
) => ({
  cooperationId: 'coop1',
  reference,
  unitId,
  liaisonId: null,
  forwardedOn,
  deadlineDays: 5,
  dueOn,
  createdBy: 'u-owner',
  createdAt: 10,
  updatedAt: 10,
});

describe('public reports repo', () => {
  it('keeps one report per reference, named with its OPD and people, corrected only while waiting', () => {
    const { unitId } = world();
    const first = insertPublicReport(db, report(unitId, 'A-1'));
    let caught: unknown = null;
    try {
      insertPublicReport(db, report(unitId, 'A-1'));
    } catch (e) {
      caught = e;
    }
    expect(isDuplicateReference(caught)).toBe(true);
    expect(isDuplicateReference(new Error('other'))).toBe(false);
    expect(getPublicReport(db, first.id)).toMatchObject({
      unitName: 'Disdukcapil',
      createdByName: 'Owner',
      respondedOn: null,
    });

    const corrected = {
      reference: 'A-2',
      unitId,
      liaisonId: null,
      forwardedOn: '2026-03-17',
      deadlineDays: 3,
      dueOn: '2026-03-27',
    };
    expect(correctPublicReport(db, first.id, corrected, 'u-owner', 20)).toBe(true);
    expect(getPublicReport(db, first.id)).toMatchObject({
      ...corrected,
      updatedBy: 'u-owner',
      updatedByName: 'Owner',
    });
    expect(
      respondPublicReport(db, first.id, { respondedOn: '2026-03-25', response: 'Selesai.' }, 'u-owner', 30),
    ).toBe(true);
    expect(correctPublicReport(db, first.id, { ...corrected, reference: 'A-3' }, 'u-owner', 40)).toBe(false);
    expect(getPublicReport(db, first.id)).toMatchObject({
      reference: 'A-2',
      respondedBy: 'u-owner',
      response: 'Selesai.',
    });
    // The table itself refuses an answer dated before the forwarding.
    expect(() =>
      respondPublicReport(db, first.id, { respondedOn: '2026-03-01', response: '' }, 'u-owner', 50),
    ).toThrow(/CHECK/);
  });

  it('lists by forwarding day within a period, and the waiting ones bound to an OPD', () => {
    const { unitId } = world();
    insertPublicReport(db, report(unitId, 'B-1', '2026-01-05', '2026-01-26'));
    insertPublicReport(db, report(unitId, 'B-2', '2026-03-16', '2026-03-30'));
    const answered = insertPublicReport(db, report(unitId, 'B-3', '2026-03-20', '2026-04-08'));
    respondPublicReport(db, answered.id, { respondedOn: '2026-03-25', response: '' }, 'u-owner', 30);
    insertPublicReport(db, report(null, 'B-4', '2026-03-18', '2026-04-01'));
    expect(listPublicReports(db, 'coop1').map((r) => r.reference)).toEqual(['B-3', 'B-4', 'B-2', 'B-1']);
    expect(
      listPublicReports(db, 'coop1', { from: '2026-03-16', to: '2026-03-18' }).map((r) => r.reference),
    ).toEqual(['B-4', 'B-2']);
    expect(listWaitingReports(db, '2026-03-01').map((r) => r.dueOn)).toEqual(['2026-03-30']);
  });

  it('finds the confirmed working-day deadlines about reports or complaints among the obligations', () => {
    const { documentId } = world();
    const cases = [
      ['confirmed', 'working_day', 'menanggapi laporan yang diteruskan', 10],
      ['proposed', 'working_day', 'menanggapi laporan yang diteruskan', 9],
      ['confirmed', 'day', 'menanggapi laporan yang diteruskan', 8],
      ['confirmed', 'working_day', 'memberitahukan perubahan pejabat penghubung', 7],
      ['confirmed', 'working_day', 'menindaklanjuti Pengaduan masyarakat', 3],
    ] as const;
    cases.forEach(([status, unit, text, amount], i) => {
      insertObligation(db, {
        cooperationId: 'coop1',
        documentId,
        clauseId: `c${i}`,
        ayatId: null,
        clausePath: `Pasal ${i + 1}`,
        partyScope: 'all',
        partyId: null,
        partyLabel: 'PARA PIHAK',
        unitId: null,
        liaisonId: null,
        text,
        evidence: '',
        due: { kind: 'after_event', amount, unit, event: 'diterima', fromSigning: false },
        source: 'manual',
        proposalKey: null,
        status,
        createdBy: 'u-owner',
        createdAt: i,
        updatedAt: i,
      });
    });
    expect(listReportCommitments(db, 'coop1').map((c) => [c.clausePath, c.days])).toEqual([
      ['Pasal 1', 10],
      ['Pasal 5', 3],
    ]);
    expect(listReportCommitments(db, 'coop2')).toEqual([]);
  });
});
