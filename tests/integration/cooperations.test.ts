import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  buildCooperation,
  buildMember,
  buildUser,
  demoCooperation,
} from '../support/factories.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let owner: string;

beforeAll(async () => {
  server = await startServer();
  owner = await server.login('ombudsman');
});
afterAll(async () => {
  await server?.dispose();
});

describe('the demo cooperation', () => {
  it('is listed for its owner with both parties and the MoU and PKS drafts', async () => {
    const res = await server.api('/api/cooperations', { cookie: owner });
    expect(res.status).toBe(200);
    expect(res.body.cooperations).toHaveLength(1);
    const c = res.body.cooperations[0];
    expect(c.title).toBe(
      'Kerja Sama Peningkatan Kualitas Pelayanan Publik dan Percepatan Penyelesaian Laporan Masyarakat',
    );
    expect(c.myRole).toBe('owner');
    expect(c.parties.map((p: any) => [p.ordinal, p.shortName])).toEqual([
      [1, 'Ombudsman RI Perwakilan Jambi'],
      [2, 'Pemkot Jambi'],
    ]);
    expect(c.myPartyId).toBe(c.parties[0].id);
    expect(c.parties[0].color).not.toBe(c.parties[1].color);
    expect(c.documents.map((d: any) => [d.kind, d.status])).toEqual([
      ['mou', 'draft'],
      ['pks', 'draft'],
    ]);
    expect(Date.parse(c.documents[0].updatedAt)).not.toBeNaN();
  });

  it('shows each member with role title, party and role', async () => {
    const pemkot = await server.login('pemkot');
    const c = await demoCooperation(server, pemkot);
    expect(c.myRole).toBe('editor');
    expect(c.myPartyId).toBe(c.parties[1].id);
    const byName = Object.fromEntries(c.members.map((m) => [m.username, m]));
    expect(byName.ombudsman).toMatchObject({
      displayName: 'Kepala Perwakilan',
      role: 'owner',
      signatory: true,
    });
    expect(byName.ombudsman.partyId).toBe(c.parties[0].id);
    expect(byName.pemkot).toMatchObject({ displayName: 'Kabag Kerja Sama', role: 'editor' });
    expect(byName.pemkot.partyId).toBe(c.parties[1].id);
    expect(byName.tamu).toMatchObject({ displayName: 'Tamu', role: 'viewer' });
  });
});

describe('creating a cooperation', () => {
  it('makes the creator its owner in the party they choose', async () => {
    const { cookie } = await buildUser(server);
    const res = await server.api('/api/cooperations', {
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
    expect(c.parties.map((p: any) => p.ordinal)).toEqual([1, 2, 3]);
    expect(c.myRole).toBe('owner');
    expect(c.myPartyId).toBe(c.parties[1].id);
    expect(c.members).toHaveLength(1);
    expect(c.documents).toEqual([]);
    const list = await server.api('/api/cooperations', { cookie });
    expect(list.body.cooperations.map((x: any) => x.id)).toEqual([c.id]);
  });

  it('needs two parties, and names the field at fault', async () => {
    const { cookie } = await buildUser(server);
    const one = await server.api('/api/cooperations', {
      cookie,
      body: { title: 'X', parties: [{ name: 'A', shortName: 'A' }] },
    });
    expect(one.status).toBe(400);
    expect(one.body.error.field).toBe('parties');
    const noName = await server.api('/api/cooperations', {
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
    const badOrdinal = await server.api('/api/cooperations', {
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
    const res = await server.api('/api/cooperations', {
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

describe('who sees a cooperation', () => {
  it('a non-member gets 404, as if it did not exist', async () => {
    const demo = await demoCooperation(server, owner);
    const outsider = await buildUser(server);
    const res = await server.api(`/api/cooperations/${demo.id}`, { cookie: outsider.cookie });
    expect(res.status).toBe(404);
    expect(res.body.error.id).toBe('cooperation.not_found');
    const missing = await server.api('/api/cooperations/tidak-ada', { cookie: outsider.cookie });
    expect(missing.body).toEqual(res.body);
    const list = await server.api('/api/cooperations', { cookie: outsider.cookie });
    expect(list.body.cooperations).toEqual([]);
  });

  it('anonymous gets 401', async () => {
    const demo = await demoCooperation(server, owner);
    expect((await server.api(`/api/cooperations/${demo.id}`)).status).toBe(401);
    expect((await server.api('/api/cooperations')).status).toBe(401);
  });
});

describe('members', () => {
  it('an owner adds a member, who then sees the cooperation with that role and party', async () => {
    const creator = await buildUser(server);
    const coop = await buildCooperation(server, creator.cookie);
    const newcomer = await buildUser(server, {
      displayName: 'Kasubbag Hukum',
      position: 'Kepala Subbagian Hukum',
    });
    const member = await addMember(
      server,
      creator.cookie,
      coop,
      newcomer.user.username,
      'commenter',
      2,
      true,
    );
    expect(member).toMatchObject({
      userId: newcomer.user.id,
      displayName: 'Kasubbag Hukum',
      position: 'Kepala Subbagian Hukum',
      role: 'commenter',
      signatory: true,
      partyId: coop.parties[1].id,
    });
    const seen = await server.api(`/api/cooperations/${coop.id}`, { cookie: newcomer.cookie });
    expect(seen.status).toBe(200);
    expect(seen.body.cooperation.myRole).toBe('commenter');
    expect(seen.body.cooperation.members).toHaveLength(2);
  });

  it('refuses a duplicate, an unknown user and a party of another cooperation', async () => {
    const creator = await buildUser(server);
    const coop = await buildCooperation(server, creator.cookie);
    const other = await buildCooperation(server, creator.cookie);
    const u = await buildUser(server);
    await addMember(server, creator.cookie, coop, u.user.username, 'editor');
    const path = `/api/cooperations/${coop.id}/members`;
    const dup = await server.api(path, {
      cookie: creator.cookie,
      body: { username: u.user.username, partyId: coop.parties[0].id, role: 'viewer' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.id).toBe('member.exists');
    const unknown = await server.api(path, {
      cookie: creator.cookie,
      body: { username: 'tidak-ada', partyId: coop.parties[0].id, role: 'viewer' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.id).toBe('user.not_found');
    const v = await buildUser(server);
    const foreignParty = await server.api(path, {
      cookie: creator.cookie,
      body: { username: v.user.username, partyId: other.parties[0].id, role: 'viewer' },
    });
    expect(foreignParty.status).toBe(400);
    expect(foreignParty.body.error.field).toBe('partyId');
    const badRole = await server.api(path, {
      cookie: creator.cookie,
      body: { username: v.user.username, partyId: coop.parties[0].id, role: 'admin' },
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.field).toBe('role');
  });

  it('only an owner adds, changes or removes members', async () => {
    const creator = await buildUser(server);
    const coop = await buildCooperation(server, creator.cookie);
    const editor = await buildMember(server, creator.cookie, coop, 'editor');
    const viewer = await buildMember(server, creator.cookie, coop, 'viewer');
    const u = await buildUser(server);
    const add = (cookie: string) =>
      server.api(`/api/cooperations/${coop.id}/members`, {
        cookie,
        body: { username: u.user.username, partyId: coop.parties[1].id, role: 'editor' },
      });
    const byEditor = await add(editor.cookie);
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.error.id).toBe('auth.forbidden');
    expect((await add(viewer.cookie)).status).toBe(403);
    expect((await add(u.cookie)).status).toBe(404);

    const viewerPath = `/api/cooperations/${coop.id}/members/${viewer.user.id}`;
    expect((await server.api(viewerPath, { method: 'DELETE', cookie: editor.cookie })).status).toBe(403);
    expect(
      (await server.api(viewerPath, { method: 'PATCH', cookie: editor.cookie, body: { role: 'editor' } }))
        .status,
    ).toBe(403);

    const promoted = await server.api(viewerPath, {
      method: 'PATCH',
      cookie: creator.cookie,
      body: { role: 'editor' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.member.role).toBe('editor');

    const removed = await server.api(viewerPath, { method: 'DELETE', cookie: creator.cookie });
    expect(removed.status).toBe(200);
    expect((await server.api(`/api/cooperations/${coop.id}`, { cookie: viewer.cookie })).status).toBe(404);
    expect((await server.api(viewerPath, { method: 'DELETE', cookie: creator.cookie })).status).toBe(404);
  });

  it('a member may leave; the last owner may neither leave nor be demoted', async () => {
    const creator = await buildUser(server);
    const coop = await buildCooperation(server, creator.cookie);
    const editor = await buildMember(server, creator.cookie, coop, 'editor');
    const leave = await server.api(`/api/cooperations/${coop.id}/members/${editor.user.id}`, {
      method: 'DELETE',
      cookie: editor.cookie,
    });
    expect(leave.status).toBe(200);
    const ownerPath = `/api/cooperations/${coop.id}/members/${creator.user.id}`;
    const demote = await server.api(ownerPath, {
      method: 'PATCH',
      cookie: creator.cookie,
      body: { role: 'editor' },
    });
    expect(demote.status).toBe(409);
    expect(demote.body.error.id).toBe('member.last_owner');
    const remove = await server.api(ownerPath, { method: 'DELETE', cookie: creator.cookie });
    expect(remove.status).toBe(409);
    const empty = await server.api(ownerPath, { method: 'PATCH', cookie: creator.cookie, body: {} });
    expect(empty.status).toBe(400);
  });
});
