import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../shared/calendar/workingDays.ts';
import { textOf } from '../../shared/clauses.ts';
import { buildApp } from '../app.ts';
import { feedEntries } from '../calendar/entries.ts';
import { calendarFile } from '../calendar/ics.ts';
import { docToJSON } from '../collab/convert.ts';
import { testConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { findDocument } from '../db/repos/documents.ts';
import { listEvaluations } from '../db/repos/evaluations.ts';
import { listLiaisons } from '../db/repos/liaisons.ts';
import { listLifecycleEvents } from '../db/repos/lifecycle.ts';
import { findReportFile, listObligationReports } from '../db/repos/obligationReports.ts';
import { listDocumentObligations } from '../db/repos/obligations.ts';
import { listUnits } from '../db/repos/units.ts';
import { findUserByUsername } from '../db/repos/users.ts';
import { sniffEvidence } from '../evidence/sniff.ts';
import { cooperationImplementation } from '../implementation/dashboards.ts';
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

  it('has a year of reports with evidence and answers, and exactly one overdue item', () => {
    const obligations = listDocumentObligations(db, demo.signedId);
    const reports = obligations.flatMap((o) => listObligationReports(db, o.id));
    expect(reports.length).toBeGreaterThanOrEqual(15);
    expect(reports.every((r) => r.createdAt <= NOW && r.comments.every((c) => c.createdAt <= NOW))).toBe(
      true,
    );
    // Evidence typed from its bytes, as the upload types it; answers by the other party only.
    const files = reports.flatMap((r) => r.files);
    expect(new Set(files.map((f) => f.mime))).toEqual(new Set(['application/pdf', 'image/png']));
    for (const r of reports) for (const c of r.comments) expect(c.partyId).not.toBe(r.partyId);
    const requests = reports.flatMap((r) => r.comments.filter((c) => c.kind === 'request'));
    expect(requests).toHaveLength(1);

    const cooperation = findCooperation(db, demo.cooperationId)!;
    const dashboard = cooperationImplementation(db, cooperation, {}, NOW);
    expect(dashboard.counts.overdue).toBe(1);
    expect(dashboard.counts.needs_more).toBe(0);
    const [late, ...others] = dashboard.attention;
    expect(others).toEqual([]);
    expect(late).toMatchObject({ state: 'overdue', date: '2026-11-21' });
    expect(obligations.find((o) => o.id === late!.obligationId)?.clausePath).toBe('Pasal 7 ayat (1)');
    expect(dashboard.counts.done).toBeGreaterThanOrEqual(12);
  });

  it('puts its due dates in a member’s calendar feed, the overdue one saying so', () => {
    const member = findUserByUsername(db, 'pemkot')!;
    const ics = calendarFile(feedEntries(db, member.id, 'https://sepakat.test', NOW), 'Sepakat', {
      now: new Date(NOW),
    });
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.uid.startsWith('obligation-'));
    const late = events.filter((e) => e.description.includes('Status: terlambat'));
    expect(late).toHaveLength(1);
    expect(late[0]!.startDate.isDate).toBe(true);
    expect(late[0]!.startDate.toString()).toBe('2026-11-21');
    expect(late[0]!.description).toContain('Pasal 7 ayat (1)');
    expect(late[0]!.description).toMatch(
      /Buka di Sepakat: https:\/\/sepakat\.test\/k\/[^/]+\/pelaksanaan\/[^/\s]+$/m,
    );
    const ahead = events.filter((e) => e.startDate.toString() > '2026-12-07');
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead.every((e) => /Status: (akan datang|jatuh tempo)/.test(e.description))).toBe(true);
  });

  it('stores evidence files a reader opens: a PDF with its words, a PNG with its size', () => {
    const obligation = listDocumentObligations(db, demo.signedId).find(
      (o) => o.clausePath === 'Pasal 4 ayat (4) huruf e',
    )!;
    const [report] = listObligationReports(db, obligation.id);
    const [pdf, png] = report!.files.map((f) => findReportFile(db, f.id)!);
    expect(sniffEvidence(pdf!.data)).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf!.data }).toString();
    expect(text).toContain('KEPUTUSAN KEPALA DINAS SOSIAL KOTA JAMBI');
    expect(sniffEvidence(png!.data)).toBe('image/png');
    expect([png!.data.readUInt32BE(16), png!.data.readUInt32BE(20)]).toEqual([320, 200]);
  });

  it('has reports from the public forwarded to four OPD, most answered in time, some late, one waiting', () => {
    const cooperation = findCooperation(db, demo.cooperationId)!;
    const times = cooperationImplementation(db, cooperation, {}, NOW).responseTimes;
    expect(times.map((t) => t.unitName).sort()).toEqual([
      'DPMPTSP',
      'Dinsos',
      'Disdukcapil',
      'RSUD H. Abdul Manap',
    ]);
    const sum = (key: 'forwarded' | 'answeredInTime' | 'late' | 'waiting' | 'overdue') =>
      times.reduce((n, t) => n + t[key], 0);
    expect([sum('forwarded'), sum('answeredInTime'), sum('late'), sum('waiting'), sum('overdue')]).toEqual([
      18, 14, 3, 1, 0,
    ]);
    // Held to the response time the signed PKS commits to.
    expect(new Set(times.map((t) => t.commitmentDays))).toEqual(new Set([10]));
  });

  it('has the first year evaluated: a draft report drafted from the tracked data', async () => {
    const [evaluation, ...more] = listEvaluations(db, demo.signedId);
    expect(more).toEqual([]);
    expect(evaluation).toMatchObject({ periodFrom: '2025-11-21', periodTo: '2026-11-21' });
    const report = findDocument(db, evaluation!.documentId)!;
    expect(report).toMatchObject({ kind: 'notes', status: 'draft' });
    const text = await built.ctx.collab.withDocument(report.id, (doc) => textOf(docToJSON(doc).body));
    expect(text).toContain('PKS Tindak Lanjut Laporan Masyarakat');
    expect(text).toContain('Laporan perkembangan semester I.pdf');
    // Its issues name the one overdue item and the late answers.
    expect(text).toContain(
      'Kewajiban Pasal 7 ayat (1) (PIHAK KEDUA) yang jatuh tempo 21 November 2026 belum dilaporkan terlaksana',
    );
    expect(text).toContain('Rumah Sakit Umum Daerah H. Abdul Manap: 1 dijawab terlambat');
  });
});
