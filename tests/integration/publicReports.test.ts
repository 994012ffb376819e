import { describe, expect, it } from 'vitest';
import type { PublicReportDTO, PublicReportList } from '../../shared/api/publicReports.ts';
import { localDate } from '../../shared/calendar/workingDays.ts';
import { streamsPerTest } from '../support/eventStream.ts';
import { type BuiltUser, buildMember } from '../support/factories.ts';
import { bilingual, buildMeetingWorld, type MeetingWorld } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

/**
 * Reports from the public forwarded to an OPD through the real API: the Ombudsman (party 1)
 * forwards and corrects, the city's OPD (party 2) records the answers, every member reads them
 * with each OPD's response times. The city's units, liaisons and unit members are made first.
 */
interface ReportWorld extends MeetingWorld {
  dukcapil: string;
  dinsos: string;
  /** Liaisons (PIC) of each unit. */
  picDukcapil: string;
  picDinsos: string;
  /** A commenter of the city in Dinas Sosial (the world's commenter is in Disdukcapil). */
  dinsosMember: BuiltUser;
}

async function buildReportWorld(server: Parameters<typeof buildMeetingWorld>[0]): Promise<ReportWorld> {
  const w = await buildMeetingWorld(server);
  const made = async (path: string, body: unknown, key: string, cookie = w.editor.cookie) => {
    const res = await server.api(path, { cookie, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body[key].id as string;
  };
  const units = `/api/cooperations/${w.coop.id}/units`;
  const dukcapil = await made(
    units,
    { partyId: w.party[2], name: 'Dinas Kependudukan', shortName: 'Disdukcapil' },
    'unit',
  );
  const dinsos = await made(
    units,
    { partyId: w.party[2], name: 'Dinas Sosial', shortName: 'Dinsos' },
    'unit',
  );
  const liaisons = `/api/cooperations/${w.coop.id}/liaisons`;
  const picDukcapil = await made(
    liaisons,
    { partyId: w.party[2], name: 'Rina PIC', unitId: dukcapil },
    'liaison',
  );
  const picDinsos = await made(
    liaisons,
    { partyId: w.party[2], name: 'Budi PIC', unitId: dinsos },
    'liaison',
  );
  const dinsosMember = await buildMember(server, w.owner.cookie, w.coop, 'commenter', 2);
  for (const [user, unitId] of [
    [w.commenter, dukcapil],
    [dinsosMember, dinsos],
  ] as const) {
    const res = await server.api(`/api/cooperations/${w.coop.id}/members/${user.user.id}`, {
      method: 'PATCH',
      cookie: w.editor.cookie,
      body: { unitId },
    });
    if (res.status !== 200) throw new Error(`member unit: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { ...w, dukcapil, dinsos, picDukcapil, picDinsos, dinsosMember };
}

const ctx = withServer(buildReportWorld);
const openStream = streamsPerTest(() => ctx.server);
const listPath = () => `/api/cooperations/${ctx.world.coop.id}/public-reports`;
const list = async (cookie: string, query = '') =>
  (await ctx.server.api<PublicReportList>(`${listPath()}${query}`, { cookie })).body;
const forward = (cookie: string, body: Record<string, unknown>) =>
  ctx.server.api(listPath(), { cookie, body });
const correct = (id: string, cookie: string, body: Record<string, unknown>) =>
  ctx.server.api(`/api/public-reports/${id}`, { method: 'PATCH', cookie, body });
const respond = (id: string, cookie: string, body: Record<string, unknown>) =>
  ctx.server.api(`/api/public-reports/${id}/response`, { method: 'PUT', cookie, body });
/** Today as the cooperation (WIB) reckons it. */
const today = () => localDate(new Date(), 'WIB');

async function forwarded(body: Record<string, unknown>): Promise<PublicReportDTO> {
  const res = await forward(ctx.world.owner.cookie, body);
  if (res.status !== 201) throw new Error(`forward: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.report;
}

describe('reports from the public', () => {
  it('are forwarded by the Ombudsman to an OPD and its PIC, once per reference, and answered by the OPD', async () => {
    const w = ctx.world;
    const stream = await openStream(w.coop.id, w.viewer.cookie);
    const before = await list(w.viewer.cookie);
    expect(before).toMatchObject({
      reports: [],
      byUnit: [],
      today: today(),
      defaultDeadlineDays: 14,
      commitments: [],
    });
    // Who may do what, per OPD: the Ombudsman's owner forwards to both; the city's editor (no
    // unit) answers for both; its commenter in Disdukcapil answers for Disdukcapil only.
    expect(before.may).toEqual({ forwardTo: [], respondFor: [] });
    expect((await list(w.owner.cookie)).may).toEqual({ forwardTo: [w.dukcapil, w.dinsos], respondFor: [] });
    expect((await list(w.editor.cookie)).may).toEqual({ forwardTo: [], respondFor: [w.dukcapil, w.dinsos] });
    expect((await list(w.commenter.cookie)).may).toEqual({ forwardTo: [], respondFor: [w.dukcapil] });

    // Nyepi and Idul Fitri with their cuti bersama fill 18 to 24 March 2026: five working days
    // from Monday 16 March end on Monday 30 March.
    const made = await forward(w.owner.cookie, {
      reference: ' 0123/LM/III/2026/JMB ',
      unitId: w.dukcapil,
      liaisonId: w.picDukcapil,
      forwardedOn: '2026-03-16',
      deadlineDays: 5,
    });
    expect(made.status).toBe(201);
    const report = made.body.report as PublicReportDTO;
    expect(report).toMatchObject({
      reference: '0123/LM/III/2026/JMB',
      unitId: w.dukcapil,
      unitName: 'Disdukcapil',
      liaisonId: w.picDukcapil,
      liaisonName: 'Rina PIC',
      forwardedOn: '2026-03-16',
      deadlineDays: 5,
      dueOn: '2026-03-30',
      respondedOn: null,
      state: 'overdue',
      createdBy: { userId: w.owner.user.id, name: 'Kepala Perwakilan Uji' },
      respondedBy: null,
    });
    expect((await stream.next('publicReport.updated')).data).toMatchObject({
      reportId: report.id,
      by: w.owner.user.id,
    });

    const again = await forward(w.owner.cookie, {
      reference: '0123/LM/III/2026/JMB',
      unitId: w.dinsos,
      forwardedOn: '2026-04-01',
    });
    expect(again.status).toBe(409);
    expect(bilingual(again.body)).toMatchObject({ id: 'public_report.duplicate_reference' });

    // The city cannot forward to its own OPD; a viewer forwards nothing; outsiders learn nothing.
    const fresh = { reference: 'X-1', unitId: w.dukcapil, forwardedOn: '2026-04-01' };
    expect((await forward(w.editor.cookie, fresh)).status).toBe(403);
    expect((await forward(w.viewer.cookie, fresh)).status).toBe(403);
    const outside = await forward(w.outsider.cookie, fresh);
    expect([outside.status, outside.body.error.id]).toEqual([404, 'cooperation.not_found']);
    expect((await ctx.server.api(listPath(), { cookie: w.outsider.cookie })).status).toBe(404);
    for (const [body, id] of [
      [{ ...fresh, liaisonId: w.picDinsos }, 'public_report.unknown_liaison'],
      [{ ...fresh, unitId: 'u_tidak_ada' }, 'public_report.unknown_unit'],
      [{ ...fresh, forwardedOn: '2999-01-04' }, 'public_report.future_date'],
    ] as const) {
      const refused = await forward(w.owner.cookie, body);
      expect([refused.status, bilingual(refused.body).id]).toEqual([400, id]);
    }
    expect((await forward(w.owner.cookie, { ...fresh, deadlineDays: 0 })).status).toBe(400);
    expect((await list(w.viewer.cookie)).reports.map((r) => r.reference)).toEqual(['0123/LM/III/2026/JMB']);

    // The answer: only the OPD's party, of that OPD or of the party as a whole.
    const answer = { respondedOn: '2026-03-30', response: 'Dokumen kependudukan pelapor telah diterbitkan.' };
    expect((await respond(report.id, w.owner.cookie, answer)).status).toBe(403);
    expect((await respond(report.id, w.dinsosMember.cookie, answer)).status).toBe(403);
    expect((await respond(report.id, w.viewer.cookie, answer)).status).toBe(403);
    const hidden = await respond(report.id, w.outsider.cookie, answer);
    expect([hidden.status, hidden.body.error.id]).toEqual([404, 'public_report.not_found']);
    const early = await respond(report.id, w.commenter.cookie, { ...answer, respondedOn: '2026-03-13' });
    expect([early.status, bilingual(early.body).id]).toEqual([
      400,
      'public_report.response_before_forwarding',
    ]);
    const answered = await respond(report.id, w.commenter.cookie, answer);
    expect(answered.status).toBe(200);
    expect(answered.body.report).toMatchObject({
      respondedOn: '2026-03-30',
      response: answer.response,
      state: 'answered_in_time',
      workingDaysTaken: 5,
      respondedBy: { userId: w.commenter.user.id },
    });
    expect((await stream.next('publicReport.updated')).data).toMatchObject({
      reportId: report.id,
      by: w.commenter.user.id,
    });

    // Once answered, where it went stays.
    const late = await correct(report.id, w.owner.cookie, { reference: '0124/LM/III/2026/JMB' });
    expect([late.status, bilingual(late.body).id]).toEqual([409, 'public_report.answered']);
  });

  it('are corrected while waiting, by the forwarding party only, the due day counted again', async () => {
    const w = ctx.world;
    const report = await forwarded({
      reference: 'K-7/2026',
      unitId: w.dukcapil,
      liaisonId: w.picDukcapil,
      forwardedOn: '2026-11-02',
    });
    expect(report).toMatchObject({ deadlineDays: 14, dueOn: '2026-11-20' });
    expect((await correct(report.id, w.editor.cookie, { reference: 'K-8/2026' })).status).toBe(403);
    const taken = await correct(report.id, w.owner.cookie, { reference: '0123/LM/III/2026/JMB' });
    expect([taken.status, bilingual(taken.body).id]).toEqual([409, 'public_report.duplicate_reference']);

    // Another OPD without a PIC named: the PIC of the first is no longer its PIC. Three working
    // days from Monday 30 November end on Thursday 3 December.
    const moved = await correct(report.id, w.owner.cookie, {
      unitId: w.dinsos,
      deadlineDays: 3,
      forwardedOn: '2026-11-30',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.report).toMatchObject({
      unitId: w.dinsos,
      liaisonId: null,
      deadlineDays: 3,
      dueOn: '2026-12-03',
      updatedBy: { userId: w.owner.user.id },
    });
    const wrongPic = await correct(report.id, w.owner.cookie, { liaisonId: w.picDukcapil });
    expect([wrongPic.status, bilingual(wrongPic.body).id]).toEqual([400, 'public_report.unknown_liaison']);
    expect(
      (await correct(report.id, w.owner.cookie, { liaisonId: w.picDinsos })).body.report.liaisonName,
    ).toBe('Budi PIC');
  });

  it('give each OPD’s response times against the working days committed', async () => {
    const w = ctx.world;
    const late = await forwarded({
      reference: 'R-2',
      unitId: w.dukcapil,
      forwardedOn: '2026-03-16',
      deadlineDays: 5,
    });
    // The city's editor, of the party as a whole, answers a day after the due day.
    expect(
      (await respond(late.id, w.editor.cookie, { respondedOn: '2026-03-31' })).body.report,
    ).toMatchObject({
      state: 'answered_late',
      workingDaysTaken: 6,
    });
    await forwarded({ reference: 'R-3', unitId: w.dukcapil, forwardedOn: '2026-06-01', deadlineDays: 10 });
    const waiting = await forwarded({
      reference: 'R-4',
      unitId: w.dukcapil,
      forwardedOn: today(),
      deadlineDays: 5,
    });
    expect(waiting.state).toBe('waiting');
    const quick = await forwarded({
      reference: 'R-5',
      unitId: w.dinsos,
      forwardedOn: '2026-11-16',
      deadlineDays: 10,
    });
    await respond(quick.id, w.dinsosMember.cookie, { respondedOn: '2026-11-18' });

    const { byUnit, reports } = await list(w.viewer.cookie);
    // The first test's report (answered in 5 of 5), R-2, R-3 (overdue since June) and R-4 in Disdukcapil.
    expect(byUnit.find((u) => u.unitId === w.dukcapil)).toEqual({
      unitId: w.dukcapil,
      unitName: 'Disdukcapil',
      forwarded: 4,
      answered: 2,
      answeredInTime: 1,
      late: 1,
      waiting: 2,
      overdue: 1,
      medianWorkingDays: 5.5,
      commitmentDays: 5,
    });
    // Dinas Sosial: the corrected K-7 (3 days, waiting or overdue by today) and R-5 in 2 days.
    expect(byUnit.find((u) => u.unitId === w.dinsos)).toMatchObject({
      forwarded: 2,
      answered: 1,
      answeredInTime: 1,
      late: 0,
      waiting: 1,
      medianWorkingDays: 2,
      commitmentDays: 3,
    });
    expect(reports.map((r) => r.reference).slice(-2)).toEqual(['R-2', '0123/LM/III/2026/JMB']);

    // The period filter counts only the reports forwarded in it.
    const march = await list(w.viewer.cookie, '?from=2026-03-01&to=2026-03-31');
    expect(march.reports.map((r) => r.reference).sort()).toEqual(['0123/LM/III/2026/JMB', 'R-2']);
    expect(march.byUnit).toEqual([
      expect.objectContaining({
        unitId: w.dukcapil,
        forwarded: 2,
        medianWorkingDays: 5.5,
        commitmentDays: 5,
      }),
    ]);
    expect((await ctx.server.api(`${listPath()}?from=2026-13-01`, { cookie: w.viewer.cookie })).status).toBe(
      400,
    );
  });
});
