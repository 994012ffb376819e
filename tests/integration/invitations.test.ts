import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import type { Role } from '../../shared/api/common.ts';
import type { CreateInvitationBody } from '../../shared/api/invitations.ts';
import { buildCooperation, buildMember, buildUser, invite, tokenOf } from '../support/factories.ts';
import { bilingual } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();

/**
 * A cooperation owned by a new account, and that owner; `inviteTo(name, role)` is the owner's
 * invitation of someone to party 2.
 */
async function ownedCooperation() {
  const owner = await buildUser(ctx.server, { displayName: 'Kepala Perwakilan Uji' });
  const coop = await buildCooperation(ctx.server, owner.cookie);
  const party2 = coop.parties[1]!.id;
  const inviteTo = (name: string, role: Role, extra: Partial<CreateInvitationBody> = {}) =>
    invite(ctx.server, owner.cookie, coop.id, { name, partyId: party2, role, ...extra });
  return { owner, coop, party2, inviteTo };
}

const accept = (token: string, cookie?: string) =>
  ctx.server.api(`/api/invitations/${token}/accept`, { cookie, body: {} });
const account = (token: string, body: Record<string, unknown>) =>
  ctx.server.api(`/api/invitations/${token}/account`, {
    body: { displayName: 'Kasubbag Hukum', password: 'kata-sandi-baru', ...body },
  });
const preview = (token: string) => ctx.server.api(`/api/invitations/${token}`);
const listOf = (coopId: string, cookie: string) =>
  ctx.server.api(`/api/cooperations/${coopId}/invitations`, { cookie });
const membersOf = async (coopId: string, cookie: string) =>
  (await ctx.server.api(`/api/cooperations/${coopId}`, { cookie })).body.cooperation.members;
const uniqueName = () => `baru-${Math.random().toString(36).slice(2, 10)}`;

describe('inviting', () => {
  it('answers a one-time link from the owner’s address, lists it as pending, and stores only a hash of it', async () => {
    const { owner, coop, party2 } = await ownedCooperation();
    const res = await ctx.server.api(`/api/cooperations/${coop.id}/invitations`, {
      cookie: owner.cookie,
      origin: ctx.server.url,
      body: {
        name: 'Kasubbag Hukum',
        email: 'hukum@jambikota.go.id',
        partyId: party2,
        role: 'editor',
        signatory: true,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.path).toMatch(/^\/undangan\/[A-Za-z0-9_-]{40,}$/);
    expect(res.body.url).toBe(`${ctx.server.url}${res.body.path}`);
    expect(res.body.invitation).toMatchObject({
      name: 'Kasubbag Hukum',
      email: 'hukum@jambikota.go.id',
      partyId: party2,
      role: 'editor',
      signatory: true,
      invitedBy: 'Kepala Perwakilan Uji',
      status: 'pending',
    });
    const days = (Date.parse(res.body.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const list = await listOf(coop.id, owner.cookie);
    expect(list.body.invitations.map((i: { id: string }) => i.id)).toEqual([res.body.invitation.id]);
    expect(JSON.stringify(list.body)).not.toContain(tokenOf(res.body.path));

    const db = openDatabase(ctx.server.dbFile);
    try {
      const rows = JSON.stringify(db.prepare('SELECT * FROM invitations').all());
      expect(rows).not.toContain(tokenOf(res.body.path));
    } finally {
      db.close();
    }
  });

  it('the link tells its holder what it invites to, signed in or not', async () => {
    const { coop, inviteTo } = await ownedCooperation();
    const { token } = await inviteTo('Kasubbag Hukum', 'commenter');
    const res = await preview(token);
    expect(res.status).toBe(200);
    expect(res.body.invitation).toMatchObject({
      cooperation: { id: coop.id, title: coop.title },
      party: { name: coop.parties[1]!.name, shortName: coop.parties[1]!.shortName },
      name: 'Kasubbag Hukum',
      role: 'commenter',
      signatory: false,
      invitedBy: 'Kepala Perwakilan Uji',
    });
    const unknown = await preview('tidak-ada-undangan-seperti-ini');
    expect(unknown.status).toBe(404);
    expect(bilingual(unknown.body).id).toBe('invitation.not_found');
  });

  it('only an owner invites, lists and revokes; a party of another cooperation is refused', async () => {
    const { owner, coop, party2 } = await ownedCooperation();
    const editor = await buildMember(ctx.server, owner.cookie, coop, 'editor');
    const viewer = await buildMember(ctx.server, owner.cookie, coop, 'viewer');
    const outsider = await buildUser(ctx.server);
    const body = { name: 'Siapa Saja', partyId: party2, role: 'owner' as const };
    const path = `/api/cooperations/${coop.id}/invitations`;
    for (const who of [editor, viewer]) {
      const res = await ctx.server.api(path, { cookie: who.cookie, body });
      expect(res.status).toBe(403);
      expect(bilingual(res.body).id).toBe('auth.forbidden');
      expect((await listOf(coop.id, who.cookie)).status).toBe(403);
    }
    expect((await ctx.server.api(path, { cookie: outsider.cookie, body })).status).toBe(404);
    expect((await ctx.server.api(path, { body })).status).toBe(401);

    const other = await buildCooperation(ctx.server, owner.cookie);
    const foreign = await ctx.server.api(path, {
      cookie: owner.cookie,
      body: { ...body, partyId: other.parties[0]!.id },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.field).toBe('partyId');
    const badEmail = await ctx.server.api(path, {
      cookie: owner.cookie,
      body: { ...body, email: 'bukan surel' },
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.field).toBe('email');

    const { invitation } = await invite(ctx.server, owner.cookie, coop.id, body);
    const revokePath = `${path}/${invitation.id}`;
    expect((await ctx.server.api(revokePath, { method: 'DELETE', cookie: editor.cookie })).status).toBe(403);
    // Another cooperation's owner does not reach it through their own cooperation either.
    const elsewhere = `/api/cooperations/${other.id}/invitations/${invitation.id}`;
    expect((await ctx.server.api(elsewhere, { method: 'DELETE', cookie: owner.cookie })).status).toBe(404);
    expect((await listOf(coop.id, owner.cookie)).body.invitations).toHaveLength(1);
  });
});

describe('accepting', () => {
  it('a signed-in user accepts and becomes a member with the party, role and signatory flag', async () => {
    const { owner, coop, party2, inviteTo } = await ownedCooperation();
    const invitee = await buildUser(ctx.server, { displayName: 'Kabag Hukum' });
    const { token } = await inviteTo('Kabag Hukum', 'editor', { signatory: true });
    expect((await ctx.server.api(`/api/cooperations/${coop.id}`, { cookie: invitee.cookie })).status).toBe(
      404,
    );
    expect((await accept(token)).status).toBe(401);

    const res = await accept(token, invitee.cookie);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      cooperationId: coop.id,
      user: expect.objectContaining({ id: invitee.user.id, displayName: 'Kabag Hukum' }),
    });
    const seen = await ctx.server.api(`/api/cooperations/${coop.id}`, { cookie: invitee.cookie });
    expect(seen.body.cooperation).toMatchObject({ myRole: 'editor', myPartyId: party2 });
    const me = (await membersOf(coop.id, owner.cookie)).find(
      (m: { userId: string }) => m.userId === invitee.user.id,
    );
    expect(me).toMatchObject({ role: 'editor', signatory: true, partyId: party2 });
    // Accepted: no longer pending.
    expect((await listOf(coop.id, owner.cookie)).body.invitations).toEqual([]);
  });

  it('a person without an account creates one there, is signed in, and lands in the cooperation', async () => {
    const { coop, party2, inviteTo } = await ownedCooperation();
    const { token } = await inviteTo('Kasubbag Hukum', 'commenter');
    const username = uniqueName();
    const res = await account(token, { username, position: 'Kepala Subbagian Hukum' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      cooperationId: coop.id,
      user: expect.objectContaining({
        username,
        displayName: 'Kasubbag Hukum',
        position: 'Kepala Subbagian Hukum',
      }),
    });
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('sepakat_session='))!
      .split(';')[0];
    expect((await ctx.server.api('/api/me', { cookie })).body.user.username).toBe(username);
    const seen = await ctx.server.api(`/api/cooperations/${coop.id}`, { cookie });
    expect(seen.body.cooperation).toMatchObject({ myRole: 'commenter', myPartyId: party2 });
    // The new account signs in with its password like any other.
    expect(await ctx.server.login(username, 'kata-sandi-baru')).toContain('sepakat_session=');
  });

  it('refuses a link used already, for anyone and either way', async () => {
    const { owner, coop, inviteTo } = await ownedCooperation();
    const { token } = await inviteTo('Sekali', 'viewer');
    const first = await buildUser(ctx.server);
    expect((await accept(token, first.cookie)).status).toBe(200);
    const second = await buildUser(ctx.server);
    for (const res of [
      await accept(token, second.cookie),
      await account(token, { username: uniqueName() }),
      await preview(token),
    ]) {
      expect(res.status).toBe(410);
      expect(bilingual(res.body).id).toBe('invitation.used');
    }
    expect((await ctx.server.api(`/api/cooperations/${coop.id}`, { cookie: second.cookie })).status).toBe(
      404,
    );
    expect(await membersOf(coop.id, owner.cookie)).toHaveLength(2);
  });

  it('refuses an expired link, which the owner sees as expired', async () => {
    const { owner, coop, inviteTo } = await ownedCooperation();
    const { token, invitation } = await inviteTo('Terlambat', 'viewer');
    const db = openDatabase(ctx.server.dbFile);
    try {
      db.prepare('UPDATE invitations SET expires_at = ? WHERE id = ?').run(Date.now() - 1000, invitation.id);
    } finally {
      db.close();
    }
    const late = await buildUser(ctx.server);
    const username = uniqueName();
    for (const res of [
      await accept(token, late.cookie),
      await account(token, { username }),
      await preview(token),
    ]) {
      expect(res.status).toBe(410);
      expect(bilingual(res.body).id).toBe('invitation.expired');
    }
    // A refused link leaves no account behind.
    expect(
      (await ctx.server.api('/api/auth/login', { body: { username, password: 'kata-sandi-baru' } })).status,
    ).toBe(401);
    const listed = (await listOf(coop.id, owner.cookie)).body.invitations;
    expect(listed.map((i: { status: string }) => i.status)).toEqual(['expired']);
  });

  it('refuses a revoked link; revoking twice is no error, revoking an accepted one is', async () => {
    const { owner, coop, inviteTo } = await ownedCooperation();
    const { token, invitation } = await inviteTo('Batal', 'editor');
    const path = `/api/cooperations/${coop.id}/invitations/${invitation.id}`;
    expect((await ctx.server.api(path, { method: 'DELETE', cookie: owner.cookie })).status).toBe(200);
    expect((await ctx.server.api(path, { method: 'DELETE', cookie: owner.cookie })).status).toBe(200);
    expect((await listOf(coop.id, owner.cookie)).body.invitations).toEqual([]);
    const invitee = await buildUser(ctx.server);
    for (const res of [
      await accept(token, invitee.cookie),
      await account(token, { username: uniqueName() }),
    ]) {
      expect(res.status).toBe(410);
      expect(bilingual(res.body).id).toBe('invitation.revoked');
    }

    const used = await inviteTo('Diterima', 'viewer');
    expect((await accept(used.token, invitee.cookie)).status).toBe(200);
    const late = await ctx.server.api(`/api/cooperations/${coop.id}/invitations/${used.invitation.id}`, {
      method: 'DELETE',
      cookie: owner.cookie,
    });
    expect(late.status).toBe(410);
    expect(bilingual(late.body).id).toBe('invitation.used');
  });

  it('a member already, or a username taken: 409, and the link stays usable', async () => {
    const { owner, inviteTo } = await ownedCooperation();
    const { token } = await inviteTo('Siapa', 'viewer');
    const member = await accept(token, owner.cookie);
    expect(member.status).toBe(409);
    expect(bilingual(member.body).id).toBe('member.exists');
    const taken = await account(token, { username: owner.user.username.toUpperCase() });
    expect(taken.status).toBe(409);
    expect(bilingual(taken.body)).toMatchObject({ id: 'user.username_taken', field: 'username' });
    const weak = await account(token, { username: uniqueName(), password: 'pendek' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.field).toBe('password');
    expect((await account(token, { username: uniqueName() })).status).toBe(201);
  });
});
