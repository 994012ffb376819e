import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CooperationListResponse, CooperationResponse } from '../../shared/api/cooperations.ts';
import type { DocumentResponse } from '../../shared/api/documents.ts';
import type { UnitListResponse } from '../../shared/api/units.ts';
import type { OverrideList, VariantBoard } from '../../shared/api/variants.ts';
import {
  addMember,
  buildCooperation,
  buildMember,
  buildUser,
  demoCooperation,
  grantCreate,
} from '../support/factories.ts';

const ROOT = join(import.meta.dirname, '..', '..');

import { startServer } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(async (server) => ({ owner: await server.login('ombudsman') }));

describe('the demo cooperation', () => {
  it('is listed for its owner with both parties and the MoU and PKS drafts', async () => {
    const res = await ctx.server.api<CooperationListResponse>('/api/cooperations', {
      cookie: ctx.world.owner,
    });
    expect(res.status).toBe(200);
    expect(res.body.cooperations).toHaveLength(1);
    const c = res.body.cooperations[0]!;
    expect(c.title).toBe(
      'Kerja Sama Peningkatan Kualitas Pelayanan Publik dan Percepatan Penyelesaian Laporan Masyarakat',
    );
    expect(c.myRole).toBe('owner');
    expect(c.parties.map((p) => [p.ordinal, p.shortName])).toEqual([
      [1, 'Ombudsman RI Perwakilan Jambi'],
      [2, 'Pemkot Jambi'],
    ]);
    expect(c.myPartyId).toBe(c.parties[0]!.id);
    expect(c.parties[0]!.color).not.toBe(c.parties[1]!.color);
    // The MoU, the PKS for the city, a master PKS with a variant for each of the city's OPD, the
    // PKS signed a year ago and carried out since, and the draft evaluation of its first year.
    const master = c.documents.find((d) => d.tier === 'master')!;
    const [evaluation, ...notes] = c.documents.filter((d) => d.kind === 'notes');
    expect(notes).toEqual([]);
    expect(evaluation).toMatchObject({ status: 'draft' });
    expect(evaluation!.title).toMatch(/^Laporan Monitoring dan Evaluasi \d+ \S+ \d{4} – \d+ \S+ \d{4}$/);
    const agreements = c.documents.filter((d) => d.kind !== 'notes');
    expect(agreements.map((d) => [d.kind, d.tier, d.status, d.title])).toEqual([
      ['mou', 'single', 'draft', 'Nota Kesepakatan'],
      ['pks', 'single', 'draft', 'Perjanjian Kerja Sama'],
      ['pks', 'master', 'draft', 'PKS Induk Perangkat Daerah'],
      ...['Disdukcapil', 'DPMPTSP', 'RSUD H. Abdul Manap', 'Dinsos'].map((opd) => [
        'pks',
        'variant',
        'draft',
        `PKS Induk Perangkat Daerah — ${opd}`,
      ]),
      ['pks', 'single', 'signed', 'PKS Tindak Lanjut Laporan Masyarakat'],
    ]);
    const mou = c.documents.find((d) => d.kind === 'mou')!;
    expect(master.mouId).toBe(mou.id);
    for (const v of c.documents.filter((d) => d.tier === 'variant')) {
      expect(v.masterId).toBe(master.id);
      expect(v.mouId).toBe(mou.id);
    }
    expect(Date.parse(c.documents[0]!.updatedAt)).not.toBeNaN();
  });

  it('shows each member with role title, party and role', async () => {
    const pemkot = await ctx.server.login('pemkot');
    const c = await demoCooperation(ctx.server, pemkot);
    expect(c.myRole).toBe('editor');
    expect(c.myPartyId).toBe(c.parties[1]!.id);
    const byName = Object.fromEntries(c.members.map((m) => [m.username, m]));
    expect(byName.ombudsman).toMatchObject({
      displayName: 'Kepala Perwakilan',
      role: 'owner',
      signatory: true,
    });
    expect(byName.ombudsman!.partyId).toBe(c.parties[0]!.id);
    expect(byName.pemkot).toMatchObject({ displayName: 'Kabag Kerja Sama', role: 'editor' });
    expect(byName.pemkot!.partyId).toBe(c.parties[1]!.id);
    expect(byName.tamu).toMatchObject({ displayName: 'Tamu', role: 'viewer' });
  });
});

describe('the demo’s master PKS and its variants', () => {
  const get = async <T>(path: string): Promise<T> => {
    const res = await ctx.server.api<T>(path, { cookie: ctx.world.owner });
    expect(res.status, path).toBe(200);
    return res.body;
  };
  const demoMaster = async () => {
    const coop = await demoCooperation(ctx.server, ctx.world.owner);
    return { ...coop.documents.find((d) => d.tier === 'master')!, cooperationId: coop.id };
  };

  it('cites the MoU’s numbers and date, and gives each variant its OPD’s head and liaisons', async () => {
    const master = await demoMaster();
    const { document } = await get<DocumentResponse>(`/api/documents/${master.id}`);
    expect(document.tier).toBe('master');
    expect(document.variables).toMatchObject({
      mouNumbers: 'B/045/KS.01/V/2025 dan Nomor 180/15/HK/2025',
      mouDate: '20 Mei 2025',
    });
    const board = await get<VariantBoard>(`/api/documents/${master.id}/variants`);
    const units = (await get<UnitListResponse>(`/api/cooperations/${master.cooperationId}/units`)).units;
    expect(board.variants.map((v) => v.unit?.shortName).sort()).toEqual([
      'DPMPTSP',
      'Dinsos',
      'Disdukcapil',
      'RSUD H. Abdul Manap',
    ]);
    for (const row of board.variants) {
      const unit = units.find((u) => u.id === row.unit?.id)!;
      expect(row.unit?.headName).toBe(unit.headName);
      expect(row.liaisons.length, row.unit?.shortName).toBeGreaterThan(0);
      expect(row.state).toBe('draft');
      const variant = (await get<DocumentResponse>(`/api/documents/${row.documentId}`)).document;
      expect(variant.variables).toMatchObject({ headName: unit.headName, headNip: unit.headNip });
      expect(variant.variables?.mouNumbers).toBe(document.variables?.mouNumbers);
    }
  });

  it('shows an override in the Dinas Sosial’s variant, and the RSUD’s flagged for a master change the others took', async () => {
    const master = await demoMaster();
    const board = await get<VariantBoard>(`/api/documents/${master.id}/variants`);
    const row = (opd: string) => board.variants.find((v) => v.unit?.shortName === opd)!;
    const counts = (opd: string) => {
      const { overrides, flagged, pendingMasterChanges } = row(opd);
      return { overrides, flagged, pendingMasterChanges };
    };
    expect(counts('Disdukcapil')).toEqual({ overrides: 0, flagged: 0, pendingMasterChanges: 0 });
    expect(counts('DPMPTSP')).toEqual({ overrides: 0, flagged: 0, pendingMasterChanges: 0 });
    expect(counts('Dinsos')).toMatchObject({ overrides: 1, flagged: 0 });
    expect(counts('RSUD H. Abdul Manap')).toMatchObject({ overrides: 1, flagged: 1 });

    const overridesOf = async (opd: string) =>
      (await get<OverrideList>(`/api/documents/${row(opd).documentId}/overrides`)).overrides;
    const [dinsos] = await overridesOf('Dinsos');
    expect(dinsos).toMatchObject({
      heading: 'PELAPORAN, MONITORING DAN EVALUASI',
      kind: 'changed',
      flag: null,
    });
    expect(dinsos!.variant!.text).toContain('setiap 3 (tiga) bulan');
    expect(dinsos!.master!.text).toContain('setiap 6 (enam) bulan');
    const [rsud] = await overridesOf('RSUD H. Abdul Manap');
    expect(rsud).toMatchObject({ heading: 'OBJEK DAN RUANG LINGKUP', kind: 'changed', flag: 'changed' });
    expect(rsud!.variant!.text).toContain('pengaduan pasien dan keluarga pasien');
    expect(rsud!.variant!.text).not.toContain('hasil penilaiannya');
    expect(rsud!.master!.text).toContain('standar pelayanan publik dan tindak lanjut hasil penilaiannya;');
    expect(rsud!.base!.text).not.toContain('hasil penilaiannya');

    // The master's change reached every variant that words that Pasal as the master does.
    const scope = async (documentId: string) =>
      (await get<DocumentResponse>(`/api/documents/${documentId}`)).document.clauses.find(
        (c) => c.id === rsud!.clauseId,
      )!.hash;
    const masterScope = await scope(master.id);
    expect(masterScope).toBe(rsud!.master!.hash);
    for (const opd of ['Disdukcapil', 'DPMPTSP', 'Dinsos']) {
      expect(await scope(row(opd).documentId), opd).toBe(masterScope);
    }
    expect(await scope(row('RSUD H. Abdul Manap').documentId)).not.toBe(masterScope);
  });
});

describe('creating a cooperation', () => {
  it('makes the creator its owner in the party they choose', async () => {
    const { cookie } = await buildUser(ctx.server);
    await grantCreate(ctx.server, cookie);
    const res = await ctx.server.api<CooperationResponse>('/api/cooperations', {
      cookie,
      body: {
        title: '  Kerja Sama Pengelolaan Pengaduan  ',
        description: 'Uji',
        parties: [
          { name: 'Lembaga A', shortName: 'A' },
          { name: 'Lembaga B', shortName: 'B', seat: 'Kota B' },
          { name: 'Lembaga C', shortName: 'C' },
        ],
        myPartyOrdinal: 2,
      },
    });
    expect(res.status).toBe(201);
    const c = res.body.cooperation;
    expect(c.title).toBe('Kerja Sama Pengelolaan Pengaduan');
    expect(c.parties.map((p) => p.ordinal)).toEqual([1, 2, 3]);
    expect(c.myRole).toBe('owner');
    expect(c.myPartyId).toBe(c.parties[1]!.id);
    expect(c.members).toHaveLength(1);
    expect(c.documents).toEqual([]);
    const list = await ctx.server.api<CooperationListResponse>('/api/cooperations', { cookie });
    expect(list.body.cooperations.map((x) => x.id)).toEqual([c.id]);
  });

  it('needs two parties, and names the field at fault', async () => {
    const { cookie } = await buildUser(ctx.server);
    await grantCreate(ctx.server, cookie);
    const one = await ctx.server.api('/api/cooperations', {
      cookie,
      body: { title: 'X', parties: [{ name: 'A', shortName: 'A' }] },
    });
    expect(one.status).toBe(400);
    expect(one.body.error.field).toBe('parties');
    const noName = await ctx.server.api('/api/cooperations', {
      cookie,
      body: {
        title: 'X',
        parties: [
          { name: 'A', shortName: 'A' },
          { name: '', shortName: 'B' },
        ],
      },
    });
    expect(noName.status).toBe(400);
    expect(noName.body.error.field).toBe('parties.1.name');
    expect(noName.body.error.message).toContain('parties.1.name');
    const badOrdinal = await ctx.server.api('/api/cooperations', {
      cookie,
      body: {
        title: 'X',
        parties: [
          { name: 'A', shortName: 'A' },
          { name: 'B', shortName: 'B' },
        ],
        myPartyOrdinal: 3,
      },
    });
    expect(badOrdinal.status).toBe(400);
    expect(badOrdinal.body.error.field).toBe('myPartyOrdinal');
  });

  it('needs a session', async () => {
    const res = await ctx.server.api('/api/cooperations', {
      body: {
        title: 'X',
        parties: [
          { name: 'A', shortName: 'A' },
          { name: 'B', shortName: 'B' },
        ],
      },
    });
    expect(res.status).toBe(401);
  });
});

describe('who may start a cooperation (SEPAKAT_COOPERATION_CREATORS=owners, the default)', () => {
  const body = {
    title: 'Kerja Sama Baru',
    parties: [
      { name: 'Lembaga A', shortName: 'A' },
      { name: 'Lembaga B', shortName: 'B' },
    ],
  };
  const create = (cookie: string) => ctx.server.api('/api/cooperations', { cookie, body });

  it('a viewer (the demo tamu), an editor and a new account may not, and the list says so', async () => {
    for (const cookie of [
      await ctx.server.login('tamu'),
      await ctx.server.login('pemkot'),
      (await buildUser(ctx.server)).cookie,
    ]) {
      const res = await create(cookie);
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        id: 'cooperation.create_forbidden',
        messageEn: expect.any(String),
      });
      expect((await ctx.server.api('/api/cooperations', { cookie })).body.canCreate).toBe(false);
    }
    const tamu = await ctx.server.login('tamu');
    expect((await ctx.server.api('/api/cooperations', { cookie: tamu })).body.cooperations).toHaveLength(1);
  });

  it('the owner of a cooperation may, and an account allowed by `npm run user -- grant-create`', async () => {
    expect((await ctx.server.api('/api/cooperations', { cookie: ctx.world.owner })).body.canCreate).toBe(
      true,
    );
    expect((await create(ctx.world.owner)).status).toBe(201);
    const allowed = await buildUser(ctx.server);
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli/user.ts', 'grant-create', allowed.user.username],
      { cwd: ROOT, env: { ...process.env, SEPAKAT_DATA_DIR: ctx.server.dataDir }, encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    expect((await ctx.server.api('/api/cooperations', { cookie: allowed.cookie })).body.canCreate).toBe(true);
    expect((await create(allowed.cookie)).status).toBe(201);
  });

  it('with `everyone`, any account may', async () => {
    const open = await startServer({ env: { SEPAKAT_COOPERATION_CREATORS: 'everyone' } });
    try {
      const tamu = await open.login('tamu');
      expect((await open.api('/api/cooperations', { cookie: tamu })).body.canCreate).toBe(true);
      expect((await open.api('/api/cooperations', { cookie: tamu, body })).status).toBe(201);
    } finally {
      await open.dispose();
    }
  });
});

describe('what a member may do, as the client is told', () => {
  it('the cooperation carries the flags of the policies: everything for the owner, reading for a viewer', async () => {
    const forOwner = await demoCooperation(ctx.server, ctx.world.owner);
    expect(Object.values(forOwner.permissions).every(Boolean)).toBe(true);
    const forViewer = await demoCooperation(ctx.server, await ctx.server.login('tamu'));
    expect(Object.values(forViewer.permissions).some(Boolean)).toBe(false);
    const forEditor = await demoCooperation(ctx.server, await ctx.server.login('pemkot'));
    expect(forEditor.permissions).toMatchObject({
      canCreateDocuments: true,
      canInvite: false,
      canManageMembers: false,
      canDecidePoints: true,
    });
  });
});

describe('who sees a cooperation', () => {
  it('a non-member gets 404, as if it did not exist', async () => {
    const demo = await demoCooperation(ctx.server, ctx.world.owner);
    const outsider = await buildUser(ctx.server);
    const res = await ctx.server.api(`/api/cooperations/${demo.id}`, { cookie: outsider.cookie });
    expect(res.status).toBe(404);
    expect(res.body.error.id).toBe('cooperation.not_found');
    const missing = await ctx.server.api('/api/cooperations/tidak-ada', { cookie: outsider.cookie });
    expect(missing.body).toEqual(res.body);
    const list = await ctx.server.api('/api/cooperations', { cookie: outsider.cookie });
    expect(list.body.cooperations).toEqual([]);
  });

  it('anonymous gets 401', async () => {
    const demo = await demoCooperation(ctx.server, ctx.world.owner);
    expect((await ctx.server.api(`/api/cooperations/${demo.id}`)).status).toBe(401);
    expect((await ctx.server.api('/api/cooperations')).status).toBe(401);
  });
});

describe('members', () => {
  it('an invited member sees the cooperation with the role, party and signatory flag of the invitation', async () => {
    const creator = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, creator.cookie);
    const newcomer = await buildUser(ctx.server, {
      displayName: 'Kasubbag Hukum',
      position: 'Kepala Subbagian Hukum',
    });
    const member = await addMember(ctx.server, creator.cookie, coop, newcomer.cookie, 'commenter', 2, true);
    expect(member).toMatchObject({
      userId: newcomer.user.id,
      displayName: 'Kasubbag Hukum',
      position: 'Kepala Subbagian Hukum',
      role: 'commenter',
      signatory: true,
      partyId: coop.parties[1]!.id,
    });
    const seen = await ctx.server.api(`/api/cooperations/${coop.id}`, { cookie: newcomer.cookie });
    expect(seen.status).toBe(200);
    expect(seen.body.cooperation.myRole).toBe('commenter');
    expect(seen.body.cooperation.members).toHaveLength(2);
  });

  it('nobody adds a member by username any more: that endpoint is gone', async () => {
    const creator = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, creator.cookie);
    const u = await buildUser(ctx.server);
    const res = await ctx.server.api(`/api/cooperations/${coop.id}/members`, {
      cookie: creator.cookie,
      body: { username: u.user.username, partyId: coop.parties[0]!.id, role: 'viewer' },
    });
    expect(res.status).toBe(404);
    expect(res.body.error.id).toBe('route.not_found');
    const unknown = await ctx.server.api(`/api/cooperations/${coop.id}/members`, {
      cookie: creator.cookie,
      body: { username: 'tidak-ada', partyId: coop.parties[0]!.id, role: 'viewer' },
    });
    expect(unknown.body).toEqual(res.body);
  });

  it('only an owner changes or removes members', async () => {
    const creator = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, creator.cookie);
    const editor = await buildMember(ctx.server, creator.cookie, coop, 'editor');
    const viewer = await buildMember(ctx.server, creator.cookie, coop, 'viewer');

    const viewerPath = `/api/cooperations/${coop.id}/members/${viewer.user.id}`;
    expect((await ctx.server.api(viewerPath, { method: 'DELETE', cookie: editor.cookie })).status).toBe(403);
    expect(
      (await ctx.server.api(viewerPath, { method: 'PATCH', cookie: editor.cookie, body: { role: 'editor' } }))
        .status,
    ).toBe(403);

    const promoted = await ctx.server.api(viewerPath, {
      method: 'PATCH',
      cookie: creator.cookie,
      body: { role: 'editor' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.member.role).toBe('editor');

    const removed = await ctx.server.api(viewerPath, { method: 'DELETE', cookie: creator.cookie });
    expect(removed.status).toBe(200);
    expect((await ctx.server.api(`/api/cooperations/${coop.id}`, { cookie: viewer.cookie })).status).toBe(
      404,
    );
    expect((await ctx.server.api(viewerPath, { method: 'DELETE', cookie: creator.cookie })).status).toBe(404);
  });

  it('a member may leave; the last owner may neither leave nor be demoted', async () => {
    const creator = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, creator.cookie);
    const editor = await buildMember(ctx.server, creator.cookie, coop, 'editor');
    const leave = await ctx.server.api(`/api/cooperations/${coop.id}/members/${editor.user.id}`, {
      method: 'DELETE',
      cookie: editor.cookie,
    });
    expect(leave.status).toBe(200);
    const ownerPath = `/api/cooperations/${coop.id}/members/${creator.user.id}`;
    const demote = await ctx.server.api(ownerPath, {
      method: 'PATCH',
      cookie: creator.cookie,
      body: { role: 'editor' },
    });
    expect(demote.status).toBe(409);
    expect(demote.body.error.id).toBe('member.last_owner');
    const remove = await ctx.server.api(ownerPath, { method: 'DELETE', cookie: creator.cookie });
    expect(remove.status).toBe(409);
    const empty = await ctx.server.api(ownerPath, { method: 'PATCH', cookie: creator.cookie, body: {} });
    expect(empty.status).toBe(400);
  });
});
