import { describe, expect, it } from 'vitest';
import { paragraphText, snapshot, waitFor } from '../../server/collab/testing.ts';
import { memberEventSchema } from '../../shared/api/members.ts';
import { clientsPerTest } from '../support/clients.ts';
import { streamsPerTest } from '../support/eventStream.ts';
import { buildCooperation, buildMember, buildMemberWorld, buildUser, invite } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

/**
 * Membership events: a role, party or signatory change, a removal and an accepted invitation
 * reach every open event stream of the cooperation as `member.updated`, `member.removed` and
 * `member.added`. The server's periodic access check runs once a minute here, so whatever a
 * socket does at once was done by the change itself.
 */
const ctx = withServer(undefined, { env: { SEPAKAT_ACCESS_CHECK_MS: '60000' } });

const openSocket = clientsPerTest(() => ctx.server);
const openStream = streamsPerTest(() => ctx.server);

const patchMember = (cooperationId: string, userId: string, cookie: string, body: object) =>
  ctx.server.api(`/api/cooperations/${cooperationId}/members/${userId}`, { method: 'PATCH', cookie, body });

describe('member.updated', () => {
  it('reaches every stream of the cooperation with the new role, what changed and who changed it', async () => {
    const { owner, coop, member } = await buildMemberWorld(ctx.server);
    const other = await buildMember(ctx.server, owner.cookie, coop, 'commenter', 1);
    const watching = await Promise.all([owner, member, other].map((p) => openStream(coop.id, p.cookie)));
    const party1 = coop.parties.find((p) => p.ordinal === 1)!;
    expect(
      (await patchMember(coop.id, member.user.id, owner.cookie, { role: 'viewer', partyId: party1.id }))
        .status,
    ).toBe(200);
    for (const stream of watching) {
      const event = (await stream.next('member.updated')).data;
      expect(memberEventSchema.parse(event)).toEqual({
        type: 'member.updated',
        userId: member.user.id,
        partyId: party1.id,
        role: 'viewer',
        signatory: false,
        changed: ['partyId', 'role'],
        by: owner.user.id,
      });
    }
  });

  it('is not sent for a change that changes nothing', async () => {
    const { owner, coop, member } = await buildMemberWorld(ctx.server);
    const stream = await openStream(coop.id, owner.cookie);
    expect((await patchMember(coop.id, member.user.id, owner.cookie, { role: 'editor' })).status).toBe(200);
    expect((await patchMember(coop.id, member.user.id, owner.cookie, { signatory: true })).status).toBe(200);
    const event = (await stream.next('member.updated')).data;
    expect(event).toMatchObject({ changed: ['signatory'], signatory: true, role: 'editor' });
    expect(stream.received.filter((e) => e.data.type === 'member.updated')).toHaveLength(1);
  });

  it('arrives after the socket was given its new rights: a viewer made editor may type the moment it hears', async () => {
    const { owner, coop, doc, member } = await buildMemberWorld(ctx.server, 'viewer');
    const watcher = await openSocket(doc.id, owner.cookie);
    const socket = await openSocket(doc.id, member.cookie);
    const stream = await openStream(coop.id, member.cookie);
    const patched = patchMember(coop.id, member.user.id, owner.cookie, { role: 'editor' });
    await stream.next('member.updated');
    paragraphText(socket.doc, 0)!.insert(0, 'Langsung menulis. ');
    await waitFor(
      () => snapshot(watcher.doc).includes('Langsung menulis. '),
      'the typing reaches the owner',
      5000,
    );
    expect((await patched).status).toBe(200);
    expect(socket.closes).toEqual([]);
  });
});

describe('member.removed', () => {
  it('reaches the others; the removed member’s own stream ends (not-member) instead', async () => {
    const { owner, coop, member } = await buildMemberWorld(ctx.server);
    const [ownerStream, memberStream] = await Promise.all([
      openStream(coop.id, owner.cookie),
      openStream(coop.id, member.cookie),
    ]);
    const removed = await ctx.server.api(`/api/cooperations/${coop.id}/members/${member.user.id}`, {
      method: 'DELETE',
      cookie: owner.cookie,
    });
    expect(removed.status).toBe(200);
    expect((await ownerStream.next('member.removed')).data).toMatchObject({
      userId: member.user.id,
      by: owner.user.id,
    });
    expect((await memberStream.next('stream.ended')).data.reason).toBe('not-member');
    expect(memberStream.received.some((e) => e.data.type === 'member.removed')).toBe(false);
  });

  it('says who left when a member leaves by themselves', async () => {
    const { owner, coop, member } = await buildMemberWorld(ctx.server);
    const stream = await openStream(coop.id, owner.cookie);
    await ctx.server.api(`/api/cooperations/${coop.id}/members/${member.user.id}`, {
      method: 'DELETE',
      cookie: member.cookie,
    });
    expect((await stream.next('member.removed')).data).toMatchObject({
      userId: member.user.id,
      by: member.user.id,
    });
  });
});

describe('member.added', () => {
  it('tells the cooperation who accepted an invitation, with the party, role and signatory it gave', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const stream = await openStream(coop.id, owner.cookie);
    const party2 = coop.parties.find((p) => p.ordinal === 2)!;
    const invited = await invite(ctx.server, owner.cookie, coop.id, {
      name: 'Penanda Tangan',
      partyId: party2.id,
      role: 'commenter',
      signatory: true,
    });
    const account = await ctx.server.api(`/api/invitations/${invited.token}/account`, {
      body: { username: `baru-${Date.now()}`, displayName: 'Orang Baru', password: 'kata-sandi-baru-1' },
    });
    expect(account.status).toBe(201);
    expect(memberEventSchema.parse((await stream.next('member.added')).data)).toEqual({
      type: 'member.added',
      userId: account.body.user.id,
      partyId: party2.id,
      role: 'commenter',
      signatory: true,
      by: account.body.user.id,
    });
  });
});

describe('presence after a party change', () => {
  it('shows the member under the new party at once, without the member announcing again', async () => {
    const { owner, coop, doc, member } = await buildMemberWorld(ctx.server);
    const observer = await openSocket(doc.id, owner.cookie);
    const socket = await openSocket(doc.id, member.cookie);
    socket.provider.awareness.setLocalState({ cursor: null });
    const party = () =>
      (
        observer.provider.awareness.getStates().get(socket.doc.clientID)?.user as
          | { party?: string }
          | undefined
      )?.party;
    await waitFor(() => party() === 'Pemkot Kedua', 'the member’s presence under party 2', 5000);
    // A stock client announces only every 15 s by itself: a test of this length sees the re-stamp alone.
    const party1 = coop.parties.find((p) => p.ordinal === 1)!;
    expect((await patchMember(coop.id, member.user.id, owner.cookie, { partyId: party1.id })).status).toBe(
      200,
    );
    await waitFor(() => party() === 'LP', 'the member’s presence under party 1', 5000);
  });
});
