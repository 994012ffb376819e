import { describe, expect, it } from 'vitest';
import type { LiaisonImportResponse } from '../../shared/api/liaisons.ts';
import { type ActionListResponse, api, type LiaisonListResponse } from '../support/api.ts';
import { buildCooperation } from '../support/factories.ts';
import { bilingual, buildMeetingWorld, type MeetingWorld } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(buildMeetingWorld);

const liaisonsPath = (w = ctx.world) => `/api/cooperations/${w.coop.id}/liaisons`;
const add = (body: Record<string, unknown>, cookie = ctx.world.editor.cookie, w = ctx.world) =>
  ctx.server.api(liaisonsPath(w), { cookie, body });
/** Pastes a table copied from a spreadsheet into the register of `w`. */
const addTable = (table: string, cookie: string, w: MeetingWorld) =>
  api<LiaisonImportResponse>({ server: ctx.server, cookie }, 'POST', liaisonsPath(w), { table });

describe('the register of liaisons', () => {
  it('adds one by one, lists by party then unit, filters by party, changes and removes', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const dinkes = await add(
      {
        partyId: w.party[2],
        unit: 'Dinas Kesehatan',
        name: 'Sekretaris Dinkes',
        position: 'Sekretaris Dinas',
        phone: '0741-555103',
        email: 'dinkes@contoh.example',
        since: '2020-03-24',
      },
      w.owner.cookie,
      w,
    );
    expect(dinkes.status).toBe(201);
    expect(dinkes.body.liaison).toMatchObject({
      cooperationId: w.coop.id,
      partyId: w.party[2],
      unit: 'Dinas Kesehatan',
      name: 'Sekretaris Dinkes',
      phone: '0741-555103',
      email: 'dinkes@contoh.example',
      since: '2020-03-24',
    });
    await add(
      { partyId: w.party[2], unit: 'Dinas Catatan Sipil', name: 'Sekretaris Disdukcapil' },
      w.owner.cookie,
      w,
    );
    const own = await add({ partyId: w.party[1], unit: 'Keasistenan', name: 'Asisten' }, w.owner.cookie, w);
    expect(own.body.liaison).toMatchObject({ position: '', phone: '', email: '', since: null });

    const list = await ctx.server.api<LiaisonListResponse>(liaisonsPath(w), { cookie: w.viewer.cookie });
    expect(list.body.liaisons.map((l) => l.name)).toEqual([
      'Asisten',
      'Sekretaris Disdukcapil',
      'Sekretaris Dinkes',
    ]);
    const city = await ctx.server.api(`${liaisonsPath(w)}?partyId=${w.party[2]}`, {
      cookie: w.viewer.cookie,
    });
    expect(city.body.liaisons).toHaveLength(2);

    const path = `/api/liaisons/${dinkes.body.liaison.id}`;
    const changed = await ctx.server.api(path, {
      method: 'PATCH',
      cookie: w.editor.cookie,
      body: { phone: '0741-555199', since: null, name: 'Kepala Bidang Pelayanan' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.liaison).toMatchObject({
      phone: '0741-555199',
      since: null,
      name: 'Kepala Bidang Pelayanan',
      unit: 'Dinas Kesehatan',
    });

    // A follow-up in the liaison's charge keeps the name after the liaison is removed.
    const action = (
      await ctx.server.api(`/api/cooperations/${w.coop.id}/actions`, {
        cookie: w.owner.cookie,
        body: { text: 'Data layanan', personInCharge: { liaisonId: dinkes.body.liaison.id } },
      })
    ).body.action;
    const removed = await ctx.server.api(path, { method: 'DELETE', cookie: w.editor.cookie });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ ok: true });
    expect((await ctx.server.api(path, { method: 'DELETE', cookie: w.editor.cookie })).status).toBe(404);
    const after = (
      await ctx.server.api<ActionListResponse>(`/api/cooperations/${w.coop.id}/actions`, {
        cookie: w.owner.cookie,
      })
    ).body.actions;
    expect(after.find((a) => a.id === action.id)!.personInCharge).toMatchObject({
      liaisonId: null,
      name: 'Kepala Bidang Pelayanan',
    });
  });

  it('reads a table pasted from a spreadsheet, reporting the rows it could not take', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const table = [
      'No\tPihak\tOPD\tNama\tJabatan\tTelepon\tSurel\tSejak',
      `1\tPemkot Kedua\tDinas Kependudukan dan Pencatatan Sipil\tSekretaris Disdukcapil\tSekretaris Dinas\t0741-555101\tdukcapil@contoh.example\t24/03/2020`,
      `2\tPemkot Kedua\tDinas Penanaman Modal dan PTSP\tKepala Bidang Perizinan\tKepala Bidang\t0741-555102\t\t`,
      '3\tPemkot Kedua\tDinas Kesehatan\t\tSekretaris Dinas\t0741-555103\t\t',
      '4\tPemprov\tDinas Pendidikan\tSekretaris Disdik\t\t\t\t',
      '5\tLP\tKeasistenan\tAsisten\tAsisten\t0741-555100\tbukan surel\t',
    ].join('\n');
    const res = await addTable(table, w.owner.cookie, w);
    expect(res.status).toBe(200);
    expect(res.body.liaisons.map((l) => [l.name, l.partyId, l.since])).toEqual([
      ['Sekretaris Disdukcapil', w.party[2], '2020-03-24'],
      ['Kepala Bidang Perizinan', w.party[2], null],
    ]);
    expect(res.body.errors.map((e) => [e.row, e.id])).toEqual([
      [4, 'liaison.row_name'],
      [5, 'liaison.row_party'],
      [6, 'liaison.row_email'],
    ]);
    for (const e of res.body.errors) expect(e.message && e.messageEn).toBeTruthy();

    // Pasting the same table again adds nothing: the rows are already registered.
    const again = await addTable(table, w.owner.cookie, w);
    expect(again.body.liaisons).toEqual([]);
    expect(again.body.errors.map((e) => [e.row, e.id])).toEqual([
      [2, 'liaison.row_duplicate'],
      [3, 'liaison.row_duplicate'],
      [4, 'liaison.row_name'],
      [5, 'liaison.row_party'],
      [6, 'liaison.row_email'],
    ]);

    const headless = await add(
      { table: 'Dinas Kesehatan;Sekretaris Dinkes;Sekretaris Dinas;0741-555103', partyId: w.party[2] },
      w.owner.cookie,
      w,
    );
    expect(headless.body.liaisons).toEqual([
      expect.objectContaining({
        unit: 'Dinas Kesehatan',
        name: 'Sekretaris Dinkes',
        position: 'Sekretaris Dinas',
        phone: '0741-555103',
      }),
    ]);
    const list = await ctx.server.api(liaisonsPath(w), { cookie: w.owner.cookie });
    expect(list.body.liaisons).toHaveLength(3);
  });
});

describe('refusals', () => {
  it('missing or malformed fields, parties of elsewhere, weak roles, outsiders', async () => {
    const missingName = await add({ partyId: ctx.world.party[2] });
    expect(missingName.status).toBe(400);
    expect(bilingual(missingName.body).field).toBe('name');
    expect((await add({ name: 'Tanpa pihak' })).body.error.field).toBe('partyId');
    const email = await add({ partyId: ctx.world.party[2], name: 'X', email: 'bukan-surel' });
    expect(email.status).toBe(400);
    expect(email.body.error.field).toBe('email');
    const phone = await add({ partyId: ctx.world.party[2], name: 'X', phone: '<b>0741</b>' });
    expect(phone.body.error.field).toBe('phone');
    const since = await add({ partyId: ctx.world.party[2], name: 'X', since: '2020-02-30' });
    expect(since.body.error.field).toBe('since');
    const other = await buildCooperation(ctx.server, ctx.world.owner.cookie);
    const foreign = await add({ partyId: other.parties[1]!.id, name: 'X' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.field).toBe('partyId');
    const foreignTable = await add({ table: 'A\tB', partyId: other.parties[1]!.id });
    expect(foreignTable.status).toBe(400);

    expect((await add({ partyId: ctx.world.party[2], name: 'X' }, ctx.world.commenter.cookie)).status).toBe(
      403,
    );
    expect((await add({ partyId: ctx.world.party[2], name: 'X' }, ctx.world.viewer.cookie)).status).toBe(403);
    expect((await add({ partyId: ctx.world.party[2], name: 'X' }, ctx.world.outsider.cookie)).status).toBe(
      404,
    );
    expect((await ctx.server.api(liaisonsPath(), { cookie: ctx.world.outsider.cookie })).status).toBe(404);

    const liaison = (await add({ partyId: ctx.world.party[2], name: 'Penghubung' })).body.liaison;
    const path = `/api/liaisons/${liaison.id}`;
    expect(
      (await ctx.server.api(path, { method: 'PATCH', cookie: ctx.world.viewer.cookie, body: { name: 'x' } }))
        .status,
    ).toBe(403);
    expect(
      (
        await ctx.server.api(path, {
          method: 'PATCH',
          cookie: ctx.world.commenter.cookie,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.server.api(path, {
          method: 'PATCH',
          cookie: ctx.world.outsider.cookie,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await ctx.server.api(path, { method: 'PATCH', cookie: ctx.world.editor.cookie, body: {} })).status,
    ).toBe(400);
    const movedAway = await ctx.server.api(path, {
      method: 'PATCH',
      cookie: ctx.world.editor.cookie,
      body: { partyId: other.parties[0]!.id },
    });
    expect(movedAway.status).toBe(400);
    expect(
      (await ctx.server.api(path, { method: 'DELETE', cookie: ctx.world.commenter.cookie })).status,
    ).toBe(403);
    expect((await ctx.server.api(path, { method: 'DELETE', cookie: ctx.world.outsider.cookie })).status).toBe(
      404,
    );
    expect(
      (
        await ctx.server.api('/api/liaisons/tidak-ada', {
          method: 'PATCH',
          cookie: ctx.world.owner.cookie,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(404);
  });
});
