import { describe, expect, it } from 'vitest';
import type { LiaisonDTO } from '../../shared/api/liaisons.ts';
import type {
  AdoptUnitsResponse,
  UnitDTO,
  UnitImportResponse,
  UnitListResponse,
} from '../../shared/api/units.ts';
import { api } from '../support/api.ts';
import { streamsPerTest } from '../support/eventStream.ts';
import { buildCooperation, buildMember, demoCooperation } from '../support/factories.ts';
import { bilingual, buildMeetingWorld, type MeetingWorld } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

/**
 * A party's units (OPD) through the real API: the city's owners and editors keep them (one by
 * one, pasted as a table, adopted from the liaisons register), every member reads them, and
 * members and liaisons belong to one.
 */
const ctx = withServer(buildMeetingWorld);
const openStream = streamsPerTest(() => ctx.server);

const unitsPath = (w: MeetingWorld) => `/api/cooperations/${w.coop.id}/units`;
const post = (w: MeetingWorld, body: Record<string, unknown>, cookie = w.editor.cookie) =>
  ctx.server.api(unitsPath(w), { cookie, body });
const patch = (id: string, body: Record<string, unknown>, cookie: string) =>
  ctx.server.api(`/api/units/${id}`, { method: 'PATCH', cookie, body });
const list = async (w: MeetingWorld, cookie = w.viewer.cookie) =>
  (await ctx.server.api<UnitListResponse>(unitsPath(w), { cookie })).body;

const DUKCAPIL = {
  name: 'Dinas Kependudukan dan Pencatatan Sipil',
  shortName: 'Disdukcapil',
  headName: 'Drs. H. Jasmin, M.Si.',
  headPosition: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
  headNip: '19700512 199303 1 006',
  kuasaRef: 'Surat Kuasa Wali Kota Jambi Nomor 180/12/HK/2025 tanggal 3 Maret 2025',
  address: 'Jl. Jend. Basuki Rahmat No. 1, Paal Lima, Kota Jambi',
};

describe('a party’s units', () => {
  it('are added, read by every member, changed and removed by the party’s editors', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const stream = await openStream(w.coop.id, w.owner.cookie);
    const made = await post(w, { partyId: w.party[2], ...DUKCAPIL });
    expect(made.status).toBe(201);
    const unit = made.body.unit as UnitDTO;
    expect(unit).toMatchObject({
      ...DUKCAPIL,
      headNip: '197005121993031006',
      cooperationId: w.coop.id,
      partyId: w.party[2],
      memberIds: [],
      liaisonCount: 0,
    });
    expect((await stream.next('unit.created')).data).toMatchObject({ unitId: unit.id, by: w.editor.user.id });

    await post(w, { partyId: w.party[2], name: 'Dinas Sosial' });
    const seen = await list(w);
    expect(seen.units.map((u) => u.name)).toEqual([
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Dinas Sosial',
    ]);
    // Viewers read; the city's editor manages the city's units, nobody manages the other party's from here.
    expect(seen.canManagePartyIds).toEqual([]);
    expect((await list(w, w.editor.cookie)).canManagePartyIds).toEqual([w.party[2]]);
    expect((await list(w, w.owner.cookie)).canManagePartyIds).toEqual([w.party[1]]);
    const cityOnly = await ctx.server.api<UnitListResponse>(`${unitsPath(w)}?partyId=${w.party[1]}`, {
      cookie: w.viewer.cookie,
    });
    expect(cityOnly.body.units).toEqual([]);

    const changed = await patch(
      unit.id,
      { headName: 'Dr. Jasmin, S.E., M.Si.', headNip: '' },
      w.editor.cookie,
    );
    expect(changed.status).toBe(200);
    expect(changed.body.unit).toMatchObject({
      headName: 'Dr. Jasmin, S.E., M.Si.',
      headNip: '',
      name: DUKCAPIL.name,
    });
    expect((await stream.next('unit.updated')).data.unit.headName).toBe('Dr. Jasmin, S.E., M.Si.');

    const removed = await ctx.server.api(`/api/units/${unit.id}`, {
      method: 'DELETE',
      cookie: w.editor.cookie,
    });
    expect(removed.body).toEqual({ ok: true });
    expect((await stream.next('unit.deleted')).data).toMatchObject({ unitId: unit.id });
    expect(
      (await ctx.server.api(`/api/units/${unit.id}`, { method: 'DELETE', cookie: w.editor.cookie })).status,
    ).toBe(404);
    expect((await list(w)).units.map((u) => u.name)).toEqual(['Dinas Sosial']);
  });

  it('are pasted twenty at once from a spreadsheet, the rows it cannot take reported', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const rows = Array.from({ length: 20 }, (_, i) => {
      const n = String(i + 1).padStart(2, '0');
      return [
        String(i + 1),
        `Dinas Uji ${n}`,
        `DU${n}`,
        `Ir. Pejabat ${n}, M.T.`,
        `Kepala Dinas Uji ${n}`,
        `19750312 2000${n} 1 004`,
        `Surat Kuasa Nomor 180/${n}/HK/2025`,
        `Jl. Uji No. ${n}, Kota Jambi`,
      ].join('\t');
    });
    const header = 'No\tNama OPD\tSingkatan\tNama Kepala\tJabatan\tNIP\tSurat Kuasa\tAlamat';
    const bad = ['21\t\tKOSONG\t\t\t\t\t', '22\tDinas Salah NIP\tDSN\tX\tY\t12345\t\t'];
    const table = [header, ...rows, ...bad].join('\n');
    const cookie = w.editor.cookie;
    const res = await api<UnitImportResponse>({ server: ctx.server, cookie }, 'POST', unitsPath(w), {
      partyId: w.party[2],
      table,
    });
    expect(res.status).toBe(200);
    expect(res.body.units).toHaveLength(20);
    expect(res.body.units[6]).toMatchObject({
      name: 'Dinas Uji 07',
      shortName: 'DU07',
      headName: 'Ir. Pejabat 07, M.T.',
      headNip: '197503122000071004',
      kuasaRef: 'Surat Kuasa Nomor 180/07/HK/2025',
      address: 'Jl. Uji No. 07, Kota Jambi',
      partyId: w.party[2],
    });
    expect(res.body.errors.map((e) => [e.row, e.id, e.field])).toEqual([
      [22, 'unit.row_name', 'name'],
      [23, 'unit.row_nip', 'headNip'],
    ]);
    for (const e of res.body.errors) expect(e.message && e.messageEn).toBeTruthy();
    expect((await list(w)).units).toHaveLength(20);

    // The same table again adds nothing; without a header the columns are read in their usual order.
    const again = await api<UnitImportResponse>({ server: ctx.server, cookie }, 'POST', unitsPath(w), {
      partyId: w.party[2],
      table,
    });
    expect(again.body.units).toEqual([]);
    expect(again.body.errors.filter((e) => e.id === 'unit.row_duplicate')).toHaveLength(20);
    const headless = await api<UnitImportResponse>({ server: ctx.server, cookie }, 'POST', unitsPath(w), {
      partyId: w.party[2],
      table: 'Dinas Sosial;Dinsos;Dra. Hj. Yunita, M.M.;Kepala Dinas Sosial;197203041998032005',
    });
    expect(headless.body.units).toEqual([
      expect.objectContaining({ name: 'Dinas Sosial', shortName: 'Dinsos', headNip: '197203041998032005' }),
    ]);
  });

  it('adopt the liaisons register: one unit per distinct OPD text, its liaisons linked', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const table = [
      'OPD\tNama\tJabatan',
      'Dinas Kependudukan dan Pencatatan Sipil\tSekretaris Disdukcapil\tSekretaris',
      'Dinas Kependudukan  dan Pencatatan Sipil\tKabid Pelayanan\tKepala Bidang',
      'RSUD H. Abdul Manap\tKepala Bagian Umum\tKepala Bagian',
      '\tStaf Sekretariat Daerah\tStaf',
    ].join('\n');
    await ctx.server.api(`/api/cooperations/${w.coop.id}/liaisons`, {
      cookie: w.editor.cookie,
      body: { table, partyId: w.party[2] },
    });
    const existing = (
      await post(w, {
        partyId: w.party[2],
        name: 'Rumah Sakit Umum Daerah',
        shortName: 'RSUD H. Abdul Manap',
      })
    ).body.unit as UnitDTO;
    const stream = await openStream(w.coop.id, w.owner.cookie);
    const adopt = (cookie: string) =>
      api<AdoptUnitsResponse>({ server: ctx.server, cookie }, 'POST', `${unitsPath(w)}/adopt`, {
        partyId: w.party[2],
      });
    expect((await adopt(w.commenter.cookie)).status).toBe(403);
    const res = await adopt(w.editor.cookie);
    expect(res.status).toBe(200);
    expect(res.body.units.map((u) => [u.name, u.liaisonCount])).toEqual([
      ['Dinas Kependudukan dan Pencatatan Sipil', 2],
    ]);
    expect(res.body.linkedLiaisons).toBe(3);
    expect((await stream.next('liaison.updated')).data.liaison.unitId).toBeTruthy();

    const liaisons = (
      await ctx.server.api(`/api/cooperations/${w.coop.id}/liaisons`, { cookie: w.viewer.cookie })
    ).body.liaisons as LiaisonDTO[];
    const byName = Object.fromEntries(liaisons.map((l) => [l.name, l]));
    expect(byName['Kabid Pelayanan']).toMatchObject({
      unitId: res.body.units[0]!.id,
      unit: 'Dinas Kependudukan dan Pencatatan Sipil',
    });
    // A text naming a unit's short name joins that unit and reads its full name.
    expect(byName['Kepala Bagian Umum']).toMatchObject({
      unitId: existing.id,
      unit: 'Rumah Sakit Umum Daerah',
    });
    expect(byName['Staf Sekretariat Daerah']!.unitId).toBeNull();
    expect((await adopt(w.editor.cookie)).body).toEqual({ units: [], linkedLiaisons: 0 });

    // A renamed unit renames its liaisons' text; a liaison set to another unit reads that one's name.
    await patch(existing.id, { name: 'RSUD H. Abdul Manap' }, w.editor.cookie);
    const kabag = byName['Kepala Bagian Umum']!;
    const reread = await ctx.server.api(`/api/cooperations/${w.coop.id}/liaisons`, {
      cookie: w.viewer.cookie,
    });
    expect(reread.body.liaisons.find((l: LiaisonDTO) => l.id === kabag.id).unit).toBe('RSUD H. Abdul Manap');
    const moved = await ctx.server.api(`/api/liaisons/${kabag.id}`, {
      method: 'PATCH',
      cookie: w.editor.cookie,
      body: { unitId: res.body.units[0]!.id },
    });
    expect(moved.body.liaison).toMatchObject({ unitId: res.body.units[0]!.id, unit: DUKCAPIL.name });
    const unlinked = await ctx.server.api(`/api/liaisons/${kabag.id}`, {
      method: 'PATCH',
      cookie: w.editor.cookie,
      body: { unitId: null },
    });
    expect(unlinked.body.liaison).toMatchObject({ unitId: null, unit: DUKCAPIL.name });
    const one = await ctx.server.api(`/api/cooperations/${w.coop.id}/liaisons`, {
      cookie: w.editor.cookie,
      body: { partyId: w.party[2], name: 'Penghubung Baru', unitId: existing.id },
    });
    expect(one.body.liaison).toMatchObject({ unitId: existing.id, unit: 'RSUD H. Abdul Manap' });
    const wrongParty = await ctx.server.api(`/api/cooperations/${w.coop.id}/liaisons`, {
      cookie: w.editor.cookie,
      body: { partyId: w.party[1], name: 'Salah Pihak', unitId: existing.id },
    });
    expect(wrongParty.status).toBe(400);
    expect(bilingual(wrongParty.body).field).toBe('unitId');
  });

  it('hold members: the party’s editor or an owner sets a member’s unit, the unit lists them', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const unit = (await post(w, { partyId: w.party[2], ...DUKCAPIL })).body.unit as UnitDTO;
    const stream = await openStream(w.coop.id, w.owner.cookie);
    const setUnit = (userId: string, unitId: string | null, cookie: string) =>
      ctx.server.api(`/api/cooperations/${w.coop.id}/members/${userId}`, {
        method: 'PATCH',
        cookie,
        body: { unitId },
      });

    const byEditor = await setUnit(w.commenter.user.id, unit.id, w.editor.cookie);
    expect(byEditor.status).toBe(200);
    expect(byEditor.body.member).toMatchObject({ userId: w.commenter.user.id, unitId: unit.id });
    expect((await stream.next('member.updated')).data).toMatchObject({ changed: ['unitId'] });
    expect((await list(w)).units[0]!.memberIds).toEqual([w.commenter.user.id]);
    const coop = await ctx.server.api(`/api/cooperations/${w.coop.id}`, { cookie: w.viewer.cookie });
    expect(
      coop.body.cooperation.members.find((m: { userId: string }) => m.userId === w.commenter.user.id).unitId,
    ).toBe(unit.id);

    // The owner (another party) may place anyone; a commenter may not; the editor may not change roles.
    expect((await setUnit(w.viewer.user.id, unit.id, w.owner.cookie)).status).toBe(200);
    expect((await setUnit(w.viewer.user.id, null, w.commenter.cookie)).status).toBe(403);
    const role = await ctx.server.api(`/api/cooperations/${w.coop.id}/members/${w.viewer.user.id}`, {
      method: 'PATCH',
      cookie: w.editor.cookie,
      body: { unitId: null, role: 'editor' },
    });
    expect(role.status).toBe(403);
    // A unit of another party is refused; a member moved to another party leaves the unit.
    const ownerSelf = await setUnit(w.owner.user.id, unit.id, w.owner.cookie);
    expect(ownerSelf.status).toBe(400);
    expect(bilingual(ownerSelf.body).field).toBe('unitId');
    const moved = await ctx.server.api(`/api/cooperations/${w.coop.id}/members/${w.viewer.user.id}`, {
      method: 'PATCH',
      cookie: w.owner.cookie,
      body: { partyId: w.party[1] },
    });
    expect(moved.body.member).toMatchObject({ partyId: w.party[1], unitId: null });
    // Removing the unit leaves its members in none.
    await ctx.server.api(`/api/units/${unit.id}`, { method: 'DELETE', cookie: w.editor.cookie });
    const after = await ctx.server.api(`/api/cooperations/${w.coop.id}`, { cookie: w.viewer.cookie });
    expect(after.body.cooperation.members.every((m: { unitId: string | null }) => m.unitId === null)).toBe(
      true,
    );
  });
});

describe('the demo', () => {
  it('gives the city four OPD with their heads, liaisons and a member each', async () => {
    const pemkot = await ctx.server.login('pemkot');
    const coop = await demoCooperation(ctx.server, pemkot);
    const city = coop.parties[1]!.id;
    const { units, canManagePartyIds } = (
      await ctx.server.api<UnitListResponse>(`/api/cooperations/${coop.id}/units`, { cookie: pemkot })
    ).body;
    expect(canManagePartyIds).toEqual([city]);
    expect(units.map((u) => u.shortName).sort()).toEqual([
      'DPMPTSP',
      'Dinsos',
      'Disdukcapil',
      'RSUD H. Abdul Manap',
    ]);
    for (const u of units) {
      expect(u.partyId).toBe(city);
      expect(u.headNip).toMatch(/^\d{18}$/);
      expect(u.headName && u.headPosition && u.kuasaRef && u.address).toBeTruthy();
      expect(u.liaisonCount).toBeGreaterThan(0);
      expect(u.memberIds).toHaveLength(1);
    }
    const byUser = Object.fromEntries(coop.members.map((m) => [m.username, m]));
    const dukcapil = units.find((u) => u.shortName === 'Disdukcapil')!;
    expect(byUser.dukcapil!.unitId).toBe(dukcapil.id);
    expect(byUser.pemkot!.unitId).toBeNull();
    // The register's other OPD are left for the register to be adopted from.
    const liaisons = (await ctx.server.api(`/api/cooperations/${coop.id}/liaisons`, { cookie: pemkot })).body
      .liaisons as LiaisonDTO[];
    expect(liaisons.find((l) => l.unit === 'Dinas Kesehatan')!.unitId).toBeNull();
    expect(liaisons.find((l) => l.name === 'Sekretaris Disdukcapil')!.unitId).toBe(dukcapil.id);
  });
});

describe('refusals', () => {
  it('bad input, duplicate names, weak roles, the other party, outsiders and foreign ids', async () => {
    const w = ctx.world;
    const expect400 = async (body: Record<string, unknown>, field: string) => {
      const res = await post(w, body);
      expect(res.status).toBe(400);
      expect(bilingual(res.body).field).toBe(field);
    };
    await expect400({ partyId: w.party[2] }, 'name');
    await expect400({ name: 'Tanpa Pihak' }, 'partyId');
    await expect400({ partyId: w.party[2], name: 'X', headNip: '1970' }, 'headNip');
    await expect400({ partyId: w.party[2], name: 'X', headNip: '19700512199303100A' }, 'headNip');
    await expect400({ partyId: w.party[2], name: 'x'.repeat(301) }, 'name');
    await expect400({ partyId: w.party[2], name: 'X', address: { street: 'Jl.' } }, 'address');
    const other = await buildCooperation(ctx.server, w.owner.cookie);
    expect((await post(w, { partyId: other.parties[1]!.id, name: 'X' }, w.owner.cookie)).status).toBe(403);

    const unit = (await post(w, { partyId: w.party[2], name: 'Dinas Sosial' })).body.unit as UnitDTO;
    const twice = await post(w, { partyId: w.party[2], name: '  dinas   SOSIAL ' });
    expect(twice.status).toBe(409);
    expect(bilingual(twice.body).id).toBe('unit.duplicate');
    const second = (await post(w, { partyId: w.party[2], name: 'Dinas Pendidikan' })).body.unit as UnitDTO;
    expect((await patch(second.id, { name: 'Dinas Sosial' }, w.editor.cookie)).status).toBe(409);
    expect((await patch(second.id, {}, w.editor.cookie)).status).toBe(400);

    for (const who of [w.commenter, w.viewer]) {
      expect((await post(w, { partyId: w.party[2], name: 'Y' }, who.cookie)).status).toBe(403);
      expect((await patch(unit.id, { name: 'Y' }, who.cookie)).status).toBe(403);
    }
    // The owner sits on the other party: the city's units are the city's to keep.
    expect((await post(w, { partyId: w.party[2], name: 'Y' }, w.owner.cookie)).status).toBe(403);
    expect((await patch(unit.id, { name: 'Y' }, w.owner.cookie)).status).toBe(403);
    expect(
      (await ctx.server.api(`/api/units/${unit.id}`, { method: 'DELETE', cookie: w.owner.cookie })).status,
    ).toBe(403);
    const ownerUnit = await post(w, { partyId: w.party[1], name: 'Keasistenan Pemeriksaan' }, w.owner.cookie);
    expect(ownerUnit.status).toBe(201);

    expect((await ctx.server.api(unitsPath(w), { cookie: w.outsider.cookie })).status).toBe(404);
    expect((await post(w, { partyId: w.party[2], name: 'Z' }, w.outsider.cookie)).status).toBe(404);
    expect((await patch(unit.id, { name: 'Z' }, w.outsider.cookie)).status).toBe(404);
    expect((await patch('tidak-ada', { name: 'Z' }, w.editor.cookie)).status).toBe(404);
    expect((await ctx.server.api(`/api/units/${unit.id}`, { method: 'DELETE' })).status).toBe(401);

    // Another cooperation's unit cannot be given to a member or a liaison here.
    const otherEditor = await buildMember(ctx.server, w.owner.cookie, other, 'editor');
    const foreign = (
      await ctx.server.api(`/api/cooperations/${other.id}/units`, {
        cookie: otherEditor.cookie,
        body: { partyId: other.parties[1]!.id, name: 'Dinas Lain' },
      })
    ).body.unit as UnitDTO;
    expect(foreign.partyId).toBe(other.parties[1]!.id);
    const member = await ctx.server.api(`/api/cooperations/${w.coop.id}/members/${w.commenter.user.id}`, {
      method: 'PATCH',
      cookie: w.editor.cookie,
      body: { unitId: foreign.id },
    });
    expect(member.status).toBe(400);
    expect(bilingual(member.body).field).toBe('unitId');
    const liaison = await ctx.server.api(`/api/cooperations/${w.coop.id}/liaisons`, {
      cookie: w.editor.cookie,
      body: { partyId: w.party[2], name: 'Penghubung', unitId: foreign.id },
    });
    expect(liaison.status).toBe(400);
    // A pasted table past its size is refused whole.
    const huge = await post(w, { partyId: w.party[2], table: 'x'.repeat(200_001) });
    expect(huge.status).toBe(400);
  });
});
