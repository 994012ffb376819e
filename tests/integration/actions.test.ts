import { describe, expect, it } from 'vitest';
import type { ActionListResponse } from '../support/api.ts';
import { buildCooperation, buildMember } from '../support/factories.ts';
import { bilingual, buildMeeting, buildMeetingWorld, buildOpenMeeting } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(buildMeetingWorld);

const actionsPath = (w = ctx.world) => `/api/cooperations/${w.coop.id}/actions`;
const create = (body: Record<string, unknown>, cookie = ctx.world.editor.cookie, w = ctx.world) =>
  ctx.server.api(actionsPath(w), { cookie, body });

/** A date `days` from today, as the API writes dates. */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('recording follow-ups', () => {
  it('with a member, a liaison or a name in charge; party and unit come along; origin kept', async () => {
    const meeting = await buildOpenMeeting(ctx.server, ctx.world);
    const point = (
      await ctx.server.api(`/api/cooperations/${ctx.world.coop.id}/points`, {
        cookie: ctx.world.owner.cookie,
        body: { text: 'Penghubung setiap OPD', documentId: ctx.world.mou.id, meetingId: meeting.id },
      })
    ).body.point;
    const liaison = (
      await ctx.server.api(`/api/cooperations/${ctx.world.coop.id}/liaisons`, {
        cookie: ctx.world.owner.cookie,
        body: {
          partyId: ctx.world.party[2],
          unit: 'Dinas Kesehatan',
          name: 'Sekretaris Dinkes',
          position: 'Sekretaris Dinas',
        },
      })
    ).body.liaison;

    const byMember = await create({
      text: 'Menghimpun daftar penghubung setiap OPD',
      personInCharge: { userId: ctx.world.commenter.user.id },
      dueDate: '2020-03-24',
      meetingId: meeting.id,
      pointId: point.id,
    });
    expect(byMember.status).toBe(201);
    expect(byMember.body.action).toMatchObject({
      cooperationId: ctx.world.coop.id,
      text: 'Menghimpun daftar penghubung setiap OPD',
      personInCharge: {
        userId: ctx.world.commenter.user.id,
        liaisonId: null,
        name: ctx.world.commenter.user.displayName,
      },
      partyId: ctx.world.party[2],
      dueDate: '2020-03-24',
      state: 'open',
      overdue: true,
      origin: { meetingId: meeting.id, pointId: point.id },
      doneAt: null,
    });

    const byLiaison = await create({
      text: 'Menyiapkan data layanan',
      personInCharge: { liaisonId: liaison.id },
    });
    expect(byLiaison.body.action).toMatchObject({
      personInCharge: {
        userId: null,
        liaisonId: liaison.id,
        name: 'Sekretaris Dinkes',
        position: 'Sekretaris Dinas',
      },
      partyId: ctx.world.party[2],
      unit: 'Dinas Kesehatan',
      dueDate: null,
      overdue: false,
    });

    const byName = await create({
      text: 'Mengirim undangan',
      personInCharge: { name: 'Sekretariat Perwakilan' },
      partyId: ctx.world.party[1],
      unit: 'Sekretariat',
      state: 'done',
      dueDate: '2020-03-01',
    });
    expect(byName.body.action).toMatchObject({
      personInCharge: { userId: null, liaisonId: null, name: 'Sekretariat Perwakilan' },
      partyId: ctx.world.party[1],
      unit: 'Sekretariat',
      state: 'done',
      overdue: false,
      doneAt: expect.any(String),
    });
  });

  it('lists by due date (none last), marks overdue ones, filters by party, person, state, meeting and mine', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const meeting = await buildOpenMeeting(ctx.server, w);
    const make = async (text: string, body: Record<string, unknown>) => {
      const res = await create({ text, ...body }, w.owner.cookie, w);
      expect(res.status).toBe(201);
      return res.body.action;
    };
    await make('tanpa tenggat', { personInCharge: { userId: w.editor.user.id } });
    await make('besok', { personInCharge: { userId: w.commenter.user.id }, dueDate: fromToday(1) });
    await make('kemarin', {
      personInCharge: { userId: w.commenter.user.id },
      dueDate: fromToday(-2),
      meetingId: meeting.id,
    });
    await make('lama selesai', {
      personInCharge: { userId: w.owner.user.id },
      dueDate: '2020-01-01',
      state: 'done',
    });
    await make('dibatalkan', {
      personInCharge: { name: 'Tamu' },
      dueDate: '2020-02-01',
      state: 'cancelled',
      partyId: w.party[1],
    });

    const list = async (query = '', cookie = w.viewer.cookie) =>
      (await ctx.server.api<ActionListResponse>(`${actionsPath(w)}${query}`, { cookie })).body.actions;
    const all = await list();
    expect(all.map((a) => a.text)).toEqual([
      'lama selesai',
      'dibatalkan',
      'kemarin',
      'besok',
      'tanpa tenggat',
    ]);
    expect(all.map((a) => a.overdue)).toEqual([false, false, true, false, false]);
    expect((await list(`?person=${w.commenter.user.id}`)).map((a) => a.text)).toEqual(['kemarin', 'besok']);
    expect((await list('?mine=1', w.commenter.cookie)).map((a) => a.text)).toEqual(['kemarin', 'besok']);
    expect((await list('?mine=1', w.viewer.cookie)).map((a) => a.text)).toEqual([]);
    expect((await list(`?partyId=${w.party[1]}`)).map((a) => a.text)).toEqual(['lama selesai', 'dibatalkan']);
    expect((await list('?state=done')).map((a) => a.text)).toEqual(['lama selesai']);
    expect((await list(`?meetingId=${meeting.id}`)).map((a) => a.text)).toEqual(['kemarin']);
    const bad = await ctx.server.api(`${actionsPath(w)}?state=selesai`, { cookie: w.viewer.cookie });
    expect(bad.status).toBe(400);
  });
});

describe('changing follow-ups', () => {
  it('editors change anything; the person in charge reports progress; others cannot', async () => {
    const action = (
      await create({
        text: 'Rapat internal',
        personInCharge: { userId: ctx.world.commenter.user.id },
        dueDate: '2020-03-20',
      })
    ).body.action;
    const path = `/api/actions/${action.id}`;

    const progress = await ctx.server.api(path, {
      method: 'PATCH',
      cookie: ctx.world.commenter.cookie,
      body: { state: 'in_progress' },
    });
    expect(progress.status).toBe(200);
    expect(progress.body.action).toMatchObject({ state: 'in_progress', overdue: true });
    const done = await ctx.server.api(path, {
      method: 'PATCH',
      cookie: ctx.world.commenter.cookie,
      body: { state: 'done' },
    });
    expect(done.body.action).toMatchObject({ state: 'done', overdue: false, doneAt: expect.any(String) });

    const picEditsText = await ctx.server.api(path, {
      method: 'PATCH',
      cookie: ctx.world.commenter.cookie,
      body: { text: 'x', state: 'open' },
    });
    expect(picEditsText.status).toBe(403);
    const otherCommenter = await buildMember(ctx.server, ctx.world.owner.cookie, ctx.world.coop, 'commenter');
    expect(
      (
        await ctx.server.api(path, {
          method: 'PATCH',
          cookie: otherCommenter.cookie,
          body: { state: 'open' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.server.api(path, {
          method: 'PATCH',
          cookie: ctx.world.viewer.cookie,
          body: { state: 'open' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.server.api(path, {
          method: 'PATCH',
          cookie: ctx.world.outsider.cookie,
          body: { state: 'open' },
        })
      ).status,
    ).toBe(404);

    const moved = await ctx.server.api(path, {
      method: 'PATCH',
      cookie: ctx.world.editor.cookie,
      body: {
        dueDate: '2020-04-01',
        state: 'open',
        personInCharge: { name: 'Kabag Organisasi' },
        unit: 'Bagian Organisasi',
      },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.action).toMatchObject({
      dueDate: '2020-04-01',
      state: 'open',
      doneAt: null,
      personInCharge: { userId: null, liaisonId: null, name: 'Kabag Organisasi' },
      unit: 'Bagian Organisasi',
    });
    const cleared = await ctx.server.api(path, {
      method: 'PATCH',
      cookie: ctx.world.editor.cookie,
      body: { dueDate: null },
    });
    expect(cleared.body.action.dueDate).toBeNull();
    expect(
      (
        await ctx.server.api('/api/actions/tidak-ada', {
          method: 'PATCH',
          cookie: ctx.world.owner.cookie,
          body: { state: 'done' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('refusals', () => {
  it('bad dates, no person in charge, records of elsewhere, closed meetings, weak roles', async () => {
    const pic = { userId: ctx.world.editor.user.id };
    const badDate = await create({ text: 'x', personInCharge: pic, dueDate: '2020-13-01' });
    expect(badDate.status).toBe(400);
    expect(bilingual(badDate.body).field).toBe('dueDate');
    const noPic = await create({ text: 'x', personInCharge: {} });
    expect(noPic.status).toBe(400);
    expect(noPic.body.error.field).toBe('personInCharge');
    expect((await create({ text: '', personInCharge: pic })).status).toBe(400);

    const other = await buildCooperation(ctx.server, ctx.world.owner.cookie);
    const foreignLiaison = (
      await ctx.server.api(`/api/cooperations/${other.id}/liaisons`, {
        cookie: ctx.world.owner.cookie,
        body: { partyId: other.parties[0]!.id, name: 'Penghubung lain' },
      })
    ).body.liaison;
    const cases: [Record<string, unknown>, string][] = [
      [{ personInCharge: { liaisonId: foreignLiaison.id } }, 'personInCharge.liaisonId'],
      [{ personInCharge: { userId: ctx.world.outsider.user.id } }, 'personInCharge.userId'],
      [{ personInCharge: pic, partyId: other.parties[0]!.id }, 'partyId'],
      [{ personInCharge: pic, pointId: 'tidak-ada' }, 'pointId'],
    ];
    for (const [body, field] of cases) {
      const res = await create({ text: 'x', ...body });
      expect(res.status, field).toBe(400);
      expect(bilingual(res.body).field).toBe(field);
    }
    expect((await create({ text: 'x', personInCharge: pic, meetingId: 'tidak-ada' })).status).toBe(404);
    const meeting = await buildMeeting(ctx.server, ctx.world);
    await ctx.server.api(`/api/meetings/${meeting.id}/open`, {
      method: 'POST',
      cookie: ctx.world.owner.cookie,
    });
    await ctx.server.api(`/api/meetings/${meeting.id}/close`, {
      method: 'POST',
      cookie: ctx.world.owner.cookie,
    });
    const closed = await create({ text: 'x', personInCharge: pic, meetingId: meeting.id });
    expect(closed.status).toBe(409);
    expect(closed.body.error.id).toBe('meeting.closed');

    expect((await create({ text: 'x', personInCharge: pic }, ctx.world.commenter.cookie)).status).toBe(403);
    expect((await create({ text: 'x', personInCharge: pic }, ctx.world.viewer.cookie)).status).toBe(403);
    expect((await create({ text: 'x', personInCharge: pic }, ctx.world.outsider.cookie)).status).toBe(404);
    expect((await ctx.server.api(actionsPath(), { cookie: ctx.world.outsider.cookie })).status).toBe(404);
    expect((await ctx.server.api(actionsPath())).status).toBe(401);
  });
});
