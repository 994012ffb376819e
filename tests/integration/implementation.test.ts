import { describe, expect, it } from 'vitest';
import type {
  CooperationImplementation,
  MyDue,
  StateCounts,
  UnitImplementation,
} from '../../shared/api/implementation.ts';
import type { ObligationListResponse } from '../../shared/api/obligations.ts';
import type { UnitDTO } from '../../shared/api/units.ts';
import { addCalendarDays, localDate } from '../../shared/calendar/workingDays.ts';
import { addMonths } from '../../shared/obligations/dueDate.ts';
import { weekOf } from '../../shared/obligations/occurrences.ts';
import { approveAll, setMeta, typeOverBlanks } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { addMember, buildCooperation, buildDocument, buildUser } from '../support/factories.ts';

/**
 * The dashboards of carrying an agreement out, against the real server: obligations confirmed
 * through REST with due dates around today (the server's clock, in WIB), reports and
 * a request for more through REST, a forwarded report from the public; the counts per state,
 * party and OPD, the OPD's own view, and what each person owes this week.
 */
const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies } = demo;

const counts = (partial: Partial<StateCounts>): StateCounts => ({
  overdue: 0,
  needs_more: 0,
  blocked: 0,
  due: 0,
  in_progress: 0,
  upcoming: 0,
  on_event: 0,
  done: 0,
  ...partial,
});

/** A report on an obligation, as the obligation's page sends it (multipart). */
async function report(cookie: string, obligationId: string, status: string, occurrence?: string) {
  const form = new FormData();
  form.set('text', `Laporan ${status}`);
  form.set('status', status);
  if (occurrence) form.set('occurrence', occurrence);
  const res = await fetch(`${demo.server.url}/api/obligations/${obligationId}/reports`, {
    method: 'POST',
    headers: { cookie, origin: demo.server.url },
    body: form,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { report: { id: string } }).report;
}

describe('implementation dashboards', () => {
  it('count occurrences per state, party and OPD, list what needs acting on, and tell each person what they owe this week', async () => {
    // A cooperation of its own, so that the demo's obligations do not count: the Ombudsman's
    // user owns it (party 1) with its viewer, the Pemkot's editor is of party 2.
    const { server } = demo;
    const coop = await buildCooperation(server, cookies.ombudsman, { title: 'Kerja Sama Pelaksanaan' });
    await addMember(server, cookies.ombudsman, coop, cookies.pemkot, 'editor', 2, true);
    const owner = (await server.api('/api/me', { cookie: cookies.ombudsman })).body.user.id;
    await server.api(`/api/cooperations/${coop.id}/members/${owner}`, {
      cookie: cookies.ombudsman,
      method: 'PATCH',
      body: { signatory: true },
    });
    await addMember(server, cookies.ombudsman, coop, cookies.tamu, 'viewer', 1);
    const party = (ordinal: number) => coop.parties.find((p) => p.ordinal === ordinal)!.id;
    const today = localDate(new Date(), 'WIB');
    const day = (n: number) => addCalendarDays(today, n);
    const signedOn = day(-75);

    const { id } = await buildDocument(server, cookies.ombudsman, coop.id, {
      kind: 'pks',
      title: 'PKS Pelaksanaan',
    });
    // Finalised printing the signing date 75 days ago, then signed on it.
    await setMeta(server, cookies.ombudsman, id, { date: signedOn, place: 'Kota Jambi' });
    await typeOverBlanks(server, cookies.ombudsman, id);
    await approveAll(server, [cookies.ombudsman, cookies.pemkot], id);
    const final = await server.api(`/api/documents/${id}/finalize`, {
      cookie: cookies.ombudsman,
      method: 'POST',
    });
    expect(final.status, JSON.stringify(final.body)).toBe(200);
    const signing = await server.api(`/api/documents/${id}/sign`, {
      cookie: cookies.ombudsman,
      method: 'POST',
      body: { date: signedOn, place: 'Kota Jambi' },
    });
    expect(signing.status, JSON.stringify(signing.body)).toBe(200);
    const stored = await server.api<ObligationListResponse>(`/api/documents/${id}/obligations/proposals`, {
      cookie: cookies.pemkot,
      method: 'POST',
      body: {},
    });
    const proposed = stored.body.obligations;
    expect(proposed.length).toBeGreaterThanOrEqual(6);
    const unit = (
      await server.api<{ unit: UnitDTO }>(`/api/cooperations/${coop.id}/units`, {
        cookie: cookies.pemkot,
        body: { partyId: party(2), name: 'Dinas Uji Pelaksanaan' },
      })
    ).body.unit;
    // The viewer of the Ombudsman gets notifications at the address the Pemkot's liaison has.
    const settings = await server.api('/api/me/notification-settings', {
      cookie: cookies.tamu,
      method: 'PUT',
      body: { email: 'Pic.Uji@example.org', language: 'id', emailMode: 'off' },
    });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const liaison = await server.api<{ liaison: { id: string } }>(`/api/cooperations/${coop.id}/liaisons`, {
      cookie: cookies.pemkot,
      body: { partyId: party(2), name: 'PIC Uji', email: 'pic.uji@example.org' },
    });
    expect(liaison.status, JSON.stringify(liaison.body)).toBe(201);

    const confirm = async (index: number, edit: Record<string, unknown>) => {
      const o = proposed[index]!;
      const res = await server.api(`/api/obligations/${o.id}`, {
        cookie: cookies.ombudsman,
        method: 'PATCH',
        body: { status: 'confirmed', ...edit },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return o.id;
    };
    const pemkot = { partyScope: 'party', partyId: party(2) };
    const ombudsman = { partyScope: 'party', partyId: party(1) };
    const overdue = await confirm(0, {
      ...pemkot,
      unitId: unit.id,
      liaisonId: liaison.body.liaison.id,
      due: { kind: 'date', date: day(-3) },
    });
    const soon = await confirm(1, { ...pemkot, unitId: unit.id, due: { kind: 'date', date: day(3) } });
    const answered = await confirm(2, { ...ombudsman, unitId: null, due: { kind: 'date', date: day(-10) } });
    await confirm(3, {
      partyScope: 'all',
      partyId: null,
      unitId: null,
      due: { kind: 'date', date: day(30) },
    });
    await confirm(4, {
      ...pemkot,
      unitId: null,
      due: {
        kind: 'after_event',
        amount: 14,
        unit: 'working_day',
        event: 'permintaan diterima',
        fromSigning: false,
      },
    });
    // Monthly from the signing 75 days ago: two past, three within the next 90 days.
    await confirm(5, { ...ombudsman, unitId: null, due: { kind: 'recurring', everyMonths: 1 } });

    const dashboard = async (cookie: string, query = '') =>
      server.api<CooperationImplementation>(`/api/cooperations/${coop.id}/implementation${query}`, {
        cookie,
      });
    const before = await dashboard(cookies.tamu);
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body).toMatchObject({ today, timeZone: 'WIB', to: day(90), from: null, obligations: 6 });
    expect(before.body.counts).toEqual(counts({ overdue: 4, due: 1, upcoming: 4, on_event: 1 }));

    // The Pemkot reports progress on the one due soon; the Ombudsman reports the other done and
    // the Pemkot asks for more.
    await report(cookies.pemkot, soon, 'in_progress');
    const done = await report(cookies.ombudsman, answered, 'done');
    const request = await server.api(`/api/obligation-reports/${done.id}/comments`, {
      cookie: cookies.pemkot,
      body: { kind: 'request', text: 'Mohon lampirkan daftar hadir.' },
    });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    // The first monthly occurrence is done.
    await report(cookies.ombudsman, proposed[5]!.id, 'done', addMonths(signedOn, 1));

    const after = (await dashboard(cookies.tamu)).body;
    expect(after.counts).toEqual(
      counts({ overdue: 2, needs_more: 1, in_progress: 1, upcoming: 4, on_event: 1, done: 1 }),
    );
    const byParty = Object.fromEntries(after.byParty.map((p) => [p.partyId, p.counts]));
    expect(byParty[party(1)]).toEqual(counts({ overdue: 1, needs_more: 1, upcoming: 4, done: 1 }));
    expect(byParty[party(2)]).toEqual(counts({ overdue: 1, in_progress: 1, upcoming: 1, on_event: 1 }));
    const byUnit = Object.fromEntries(after.byUnit.map((u) => [u.unitId ?? 'none', u.counts]));
    expect(byUnit[unit.id]).toEqual(counts({ overdue: 1, in_progress: 1 }));
    expect(byUnit.none).toEqual(counts({ overdue: 1, needs_more: 1, upcoming: 4, on_event: 1, done: 1 }));
    expect(after.attention.map((a) => [a.obligationId, a.state, a.date])).toEqual([
      [proposed[5]!.id, 'overdue', addMonths(signedOn, 2)],
      [overdue, 'overdue', day(-3)],
      [answered, 'needs_more', day(-10)],
    ]);
    expect(after.attention[1]).toMatchObject({ documentId: id, liaisonName: 'PIC Uji', unitId: unit.id });

    // A window: only the next 30 days.
    const window = (await dashboard(cookies.tamu, `?from=${today}&to=${day(30)}`)).body;
    expect(window.counts.overdue + window.counts.needs_more + window.counts.done).toBe(0);
    expect((await dashboard(cookies.tamu, `?from=${day(1)}&to=${today}`)).status).toBe(400);

    // A report from the public forwarded to the OPD 20 days ago with 5 working days: overdue.
    const forwarded = await server.api(`/api/cooperations/${coop.id}/public-reports`, {
      cookie: cookies.ombudsman,
      body: { reference: 'LM-UJI-1', unitId: unit.id, forwardedOn: day(-20), deadlineDays: 5 },
    });
    expect(forwarded.status, JSON.stringify(forwarded.body)).toBe(201);
    const times = (await dashboard(cookies.pemkot)).body.responseTimes;
    expect(times).toEqual([
      expect.objectContaining({
        unitId: unit.id,
        unitName: 'Dinas Uji Pelaksanaan',
        forwarded: 1,
        waiting: 1,
        overdue: 1,
        commitmentDays: 5,
      }),
    ]);

    // The OPD's own view: its two obligations in the PKS, and its response times.
    const opd = await server.api<UnitImplementation>(`/api/units/${unit.id}/implementation`, {
      cookie: cookies.tamu,
    });
    expect(opd.status).toBe(200);
    expect(opd.body.counts).toEqual(counts({ overdue: 1, in_progress: 1 }));
    expect(opd.body.documents.map((d) => [d.id, d.occurrences.map((o) => o.obligationId)])).toEqual([
      [id, [overdue, soon]],
    ]);
    expect(opd.body.responseTimes).toMatchObject({ forwarded: 1, overdue: 1 });

    // This week: the liaison (by their notification address) owes the Pemkot's overdue item;
    // as a member of the Ombudsman they owe its overdue monthly report and the one to redo.
    const week = weekOf(today);
    const mine = async (cookie: string) => (await server.api<MyDue>('/api/me/due', { cookie })).body.items;
    const tamu = await mine(cookies.tamu);
    const ofThisCoop = tamu.filter((i) => i.cooperationId === coop.id);
    expect(ofThisCoop.map((i) => [i.obligationId, i.state, i.reason])).toEqual([
      [proposed[5]!.id, 'overdue', 'party'],
      [overdue, 'overdue', 'liaison'],
      [answered, 'needs_more', 'party'],
    ]);
    expect(ofThisCoop[0]).toMatchObject({
      weekFrom: week.from,
      weekTo: week.to,
      cooperationTitle: coop.title,
    });
    const pemkotItems = (await mine(cookies.pemkot)).filter((i) => i.cooperationId === coop.id);
    const soonThisWeek = day(3) <= week.to;
    expect(pemkotItems.map((i) => [i.obligationId, i.reason])).toEqual([
      [overdue, 'party'],
      ...(soonThisWeek ? [[soon, 'party']] : []),
    ]);

    // Outsiders see nothing: 404 for the cooperation and the unit, an empty week.
    const outsider = await buildUser(server);
    expect((await dashboard(outsider.cookie)).status).toBe(404);
    const hidden = await server.api(`/api/units/${unit.id}/implementation`, { cookie: outsider.cookie });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error).toMatchObject({ id: 'unit.not_found' });
    expect(await mine(outsider.cookie)).toEqual([]);
    expect((await server.api('/api/me/due')).status).toBe(401);
  });
});
