import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../shared/calendar/workingDays.ts';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { findDocument } from '../db/repos/documents.ts';
import { listLiaisons } from '../db/repos/liaisons.ts';
import { listLifecycleEvents } from '../db/repos/lifecycle.ts';
import { listDocumentObligations } from '../db/repos/obligations.ts';
import { listUnits } from '../db/repos/units.ts';
import { type DemoResult, seedDemo } from './demo.ts';
import { demoSigningDate } from './signedDemo.ts';

/** Monday 7 December 2026, 10:00 WIB: the day the demo is started on in this test. */
const NOW = Date.parse('2026-12-07T03:00:00Z');

describe('the signing date of the demo agreement', () => {
  it('is a working day about twelve and a half months back, whatever day the demo starts on', () => {
    expect(demoSigningDate('2026-12-07')).toBe('2025-11-21');
    for (const today of ['2027-01-01', '2027-04-15', '2028-02-29', '2026-06-30']) {
      const signed = demoSigningDate(today);
      expect(isWorkingDay(signed), signed).toBe(true);
      const days = (Date.parse(today) - Date.parse(signed)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(380);
      expect(days).toBeLessThan(395);
    }
  });
});

describe('the demo’s signed agreement with a year of history', () => {
  const db = openDatabase(':memory:');
  let built: Awaited<ReturnType<typeof buildApp>>;
  let demo: DemoResult;

  beforeAll(async () => {
    built = await buildApp({ config: testConfig(), db });
    demo = await seedDemo(built.ctx, { password: 'rahasia-uji-123', now: NOW });
  }, 60_000);
  afterAll(async () => {
    await built.close();
    db.close();
  });

  it('is a PKS signed on its date, through finalising and signing', () => {
    const document = findDocument(db, demo.signedId)!;
    expect(document).toMatchObject({
      kind: 'pks',
      status: 'signed',
      title: 'PKS Tindak Lanjut Laporan Masyarakat',
    });
    const events = listLifecycleEvents(db, demo.signedId);
    expect(events.map((e) => e.action)).toEqual(['finalize', 'sign']);
    expect(events[1]).toMatchObject({ signedDate: '2025-11-21', signedPlace: 'Kota Jambi' });
  });

  it('has the obligations read from its text confirmed, bound to OPD and liaisons', () => {
    const obligations = listDocumentObligations(db, demo.signedId);
    expect(obligations).toHaveLength(12);
    expect(obligations.every((o) => o.status === 'confirmed' && o.evidence !== '')).toBe(true);
    const units = new Map(listUnits(db, demo.cooperationId).map((u) => [u.id, u.shortName]));
    const liaisons = new Map(listLiaisons(db, demo.cooperationId).map((l) => [l.id, l.name]));
    const bound = obligations
      .filter((o) => o.unitId)
      .map((o) => [o.clausePath, units.get(o.unitId!), liaisons.get(o.liaisonId!)]);
    expect(bound).toEqual([
      ['Pasal 4 ayat (4) huruf c', 'RSUD H. Abdul Manap', 'Kepala Bagian Umum RSUD'],
      ['Pasal 4 ayat (4) huruf d', 'DPMPTSP', 'Kepala Bidang Pelayanan Perizinan'],
      ['Pasal 4 ayat (4) huruf e', 'Dinsos', 'Sekretaris Dinas Sosial'],
    ]);
    // The response time the parties wrote into the city's duties, which forwarded reports are held to.
    expect(obligations.find((o) => o.clausePath === 'Pasal 4 ayat (4) huruf b')?.due).toEqual({
      kind: 'after_event',
      amount: 10,
      unit: 'working_day',
      event: 'laporan diterima',
      fromSigning: false,
    });
    // Decided in the week after the signing, by a member of the party bound (the Ombudsman's for the rest).
    for (const o of obligations) expect(o.decidedAt).toBeLessThan(Date.parse('2025-12-01'));
  });
});
