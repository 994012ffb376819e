import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../support/eventStream.ts';
import { buildMember } from '../support/factories.ts';
import { buildMeeting, buildMeetingWorld, type MeetingWorld } from '../support/meetings.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let world: MeetingWorld;

beforeAll(async () => {
  server = await startServer();
  world = await buildMeetingWorld(server);
});
afterAll(async () => {
  await server?.dispose();
});

/** The stream of `world`'s cooperation (or another one) for `cookie`. */
const openEvents = (cookie: string, opts: { lastEventId?: string; cooperationId?: string } = {}) =>
  openEventStream(server.url, opts.cooperationId ?? world.coop.id, cookie, opts);

describe('the event stream of a cooperation', () => {
  it('delivers one user’s changes to another member’s open stream', async () => {
    const listener = await openEvents(world.commenter.cookie);
    try {
      expect(listener.res.status).toBe(200);
      expect(listener.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(listener.res.headers.get('cache-control')).toContain('no-cache');
      // Security headers set before the stream started are still sent.
      expect(listener.res.headers.get('x-content-type-options')).toBe('nosniff');

      const meeting = await buildMeeting(server, world);
      const created = await listener.next('meeting.created');
      expect(created.data).toMatchObject({
        meetingId: meeting.id,
        by: world.owner.user.id,
        meeting: { id: meeting.id },
      });
      expect(created.id).toMatch(/^\w+\.\d+$/);

      await server.api(`/api/meetings/${meeting.id}/open`, { method: 'POST', cookie: world.owner.cookie });
      expect((await listener.next('meeting.opened')).data.meeting.state).toBe('open');

      const point = (
        await server.api(`/api/cooperations/${world.coop.id}/points`, {
          cookie: world.owner.cookie,
          body: {
            text: 'Poin dari rapat',
            documentId: world.mou.id,
            clauseId: world.clauses[0].id,
            meetingId: meeting.id,
          },
        })
      ).body.point;
      const pointEvent = await listener.next('point.created');
      expect(pointEvent.data.point).toEqual(point);

      await server.api(`/api/points/${point.id}/replies`, {
        cookie: world.editor.cookie,
        body: { text: 'Tanggapan' },
      });
      const reply = await listener.next('reply.created');
      expect(reply.data).toMatchObject({
        pointId: point.id,
        reply: { text: 'Tanggapan' },
        by: world.editor.user.id,
      });

      await server.api(`/api/points/${point.id}`, {
        method: 'PATCH',
        cookie: world.owner.cookie,
        body: { state: 'agreed', decision: 'Disepakati' },
      });
      expect((await listener.next('point.updated')).data.point).toMatchObject({
        state: 'agreed',
        replies: [{ text: 'Tanggapan' }],
      });

      const action = (
        await server.api(`/api/cooperations/${world.coop.id}/actions`, {
          cookie: world.owner.cookie,
          body: {
            text: 'Tindak lanjut',
            personInCharge: { userId: world.commenter.user.id },
            meetingId: meeting.id,
          },
        })
      ).body.action;
      expect((await listener.next('action.created')).data.actionId).toBe(action.id);
      await server.api(`/api/actions/${action.id}`, {
        method: 'PATCH',
        cookie: world.commenter.cookie,
        body: { state: 'done' },
      });
      expect((await listener.next('action.updated')).data.action.state).toBe('done');

      const liaison = (
        await server.api(`/api/cooperations/${world.coop.id}/liaisons`, {
          cookie: world.owner.cookie,
          body: { partyId: world.party[2], name: 'Penghubung' },
        })
      ).body.liaison;
      expect((await listener.next('liaison.created')).data.liaisonId).toBe(liaison.id);
      await server.api(`/api/liaisons/${liaison.id}`, {
        method: 'PATCH',
        cookie: world.owner.cookie,
        body: { phone: '0741-555000' },
      });
      expect((await listener.next('liaison.updated')).data.liaison.phone).toBe('0741-555000');
      await server.api(`/api/liaisons/${liaison.id}`, { method: 'DELETE', cookie: world.owner.cookie });
      expect((await listener.next('liaison.deleted')).data.liaisonId).toBe(liaison.id);

      await server.api(`/api/meetings/${meeting.id}/close`, { method: 'POST', cookie: world.owner.cookie });
      expect((await listener.next('meeting.closed')).data.meeting.versions).toHaveLength(1);

      // Other features publish through the same bus: a new document.
      await server.api(`/api/cooperations/${world.coop.id}/documents`, {
        cookie: world.owner.cookie,
        body: { kind: 'pks' },
      });
      await listener.next('document.created');
    } finally {
      await listener.close();
    }
  });

  it('reaches every subscriber, viewers included, and no other cooperation', async () => {
    const other = await buildMeetingWorld(server);
    const [a, b, elsewhere] = await Promise.all([
      openEvents(world.viewer.cookie),
      openEvents(world.owner.cookie),
      openEvents(other.owner.cookie, { cooperationId: other.coop.id }),
    ]);
    try {
      const m = await buildMeeting(server, world, { title: 'Rapat Dua Pendengar' });
      expect((await a.next('meeting.created')).data.meetingId).toBe(m.id);
      expect((await b.next('meeting.created')).data.meetingId).toBe(m.id);
      await buildMeeting(server, other, { title: 'Rapat Lain' });
      const theirs = await elsewhere.next('meeting.created');
      expect(theirs.data.meeting.title).toBe('Rapat Lain');
      expect(elsewhere.received.some((e) => e.data.meetingId === m.id)).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close(), elsewhere.close()]);
    }
  });

  it('resumes after Last-Event-ID with what was missed', async () => {
    const first = await openEvents(world.editor.cookie);
    await buildMeeting(server, world, { title: 'Sebelum putus' });
    const seen = await first.next('meeting.created');
    await first.close();
    await buildMeeting(server, world, { title: 'Selama putus' });
    const resumed = await openEvents(world.editor.cookie, { lastEventId: seen.id });
    try {
      expect((await resumed.next('meeting.created')).data.meeting.title).toBe('Selama putus');
      const stale = await openEvents(world.editor.cookie, { lastEventId: 'bootlain.1' });
      await stale.next('stream.reset');
      await stale.close();
    } finally {
      await resumed.close();
    }
  });

  it('refuses outsiders and strangers, and ends the stream of a member who is removed', async () => {
    const outsider = await fetch(`${server.url}/api/cooperations/${world.coop.id}/events`, {
      headers: { cookie: world.outsider.cookie },
    });
    expect(outsider.status).toBe(404);
    expect((await outsider.json()).error.id).toBe('cooperation.not_found');
    const stranger = await fetch(`${server.url}/api/cooperations/${world.coop.id}/events`);
    expect(stranger.status).toBe(401);

    const leaving = await buildMember(server, world.owner.cookie, world.coop, 'commenter');
    const stream = await openEvents(leaving.cookie);
    try {
      await buildMeeting(server, world, { title: 'Masih anggota' });
      await stream.next('meeting.created');
      const removed = await server.api(`/api/cooperations/${world.coop.id}/members/${leaving.user.id}`, {
        method: 'DELETE',
        cookie: world.owner.cookie,
      });
      expect(removed.status).toBe(200);
      await buildMeeting(server, world, { title: 'Rahasia' });
      expect(await stream.untilEnded()).toBe(true);
      expect(stream.received.some((e) => e.data.meeting?.title === 'Rahasia')).toBe(false);
    } finally {
      await stream.close();
    }
  });
});
