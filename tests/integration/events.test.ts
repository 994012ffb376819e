import { describe, expect, it } from 'vitest';
import { streamEventSchema } from '../../shared/api/events.ts';
import { openEventStream } from '../support/eventStream.ts';
import { buildMember } from '../support/factories.ts';
import { buildMeeting, buildMeetingWorld } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(buildMeetingWorld);

/** The stream of `world`'s cooperation (or another one) for `cookie`. */
const openEvents = (cookie: string, opts: { lastEventId?: string; cooperationId?: string } = {}) =>
  openEventStream(ctx.server.url, opts.cooperationId ?? ctx.world.coop.id, cookie, opts);

describe('the event stream of a cooperation', () => {
  it('delivers one user’s changes to another member’s open stream', async () => {
    const listener = await openEvents(ctx.world.commenter.cookie);
    try {
      expect(listener.res.status).toBe(200);
      expect(listener.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(listener.res.headers.get('cache-control')).toContain('no-cache');
      // Security headers set before the stream started are still sent.
      expect(listener.res.headers.get('x-content-type-options')).toBe('nosniff');

      const meeting = await buildMeeting(ctx.server, ctx.world);
      const created = await listener.next('meeting.created');
      expect(created.data).toMatchObject({
        meetingId: meeting.id,
        by: ctx.world.owner.user.id,
        meeting: { id: meeting.id },
      });
      expect(created.id).toMatch(/^\w+\.\d+$/);

      await ctx.server.api(`/api/meetings/${meeting.id}/open`, {
        method: 'POST',
        cookie: ctx.world.owner.cookie,
      });
      expect((await listener.next('meeting.opened')).data.meeting.state).toBe('open');

      const point = (
        await ctx.server.api(`/api/cooperations/${ctx.world.coop.id}/points`, {
          cookie: ctx.world.owner.cookie,
          body: {
            text: 'Poin dari rapat',
            documentId: ctx.world.mou.id,
            clauseId: ctx.world.clauses[0]!.id,
            meetingId: meeting.id,
          },
        })
      ).body.point;
      const pointEvent = await listener.next('point.created');
      expect(pointEvent.data.point).toEqual(point);

      await ctx.server.api(`/api/points/${point.id}/replies`, {
        cookie: ctx.world.editor.cookie,
        body: { text: 'Tanggapan' },
      });
      const reply = await listener.next('reply.created');
      expect(reply.data).toMatchObject({
        pointId: point.id,
        reply: { text: 'Tanggapan' },
        by: ctx.world.editor.user.id,
      });

      await ctx.server.api(`/api/points/${point.id}`, {
        method: 'PATCH',
        cookie: ctx.world.owner.cookie,
        body: { state: 'agreed', decision: 'Disepakati' },
      });
      expect((await listener.next('point.updated')).data.point).toMatchObject({
        state: 'agreed',
        replies: [{ text: 'Tanggapan' }],
      });

      const action = (
        await ctx.server.api(`/api/cooperations/${ctx.world.coop.id}/actions`, {
          cookie: ctx.world.owner.cookie,
          body: {
            text: 'Tindak lanjut',
            personInCharge: { userId: ctx.world.commenter.user.id },
            meetingId: meeting.id,
          },
        })
      ).body.action;
      expect((await listener.next('action.created')).data.actionId).toBe(action.id);
      await ctx.server.api(`/api/actions/${action.id}`, {
        method: 'PATCH',
        cookie: ctx.world.commenter.cookie,
        body: { state: 'done' },
      });
      expect((await listener.next('action.updated')).data.action.state).toBe('done');

      const liaison = (
        await ctx.server.api(`/api/cooperations/${ctx.world.coop.id}/liaisons`, {
          cookie: ctx.world.owner.cookie,
          body: { partyId: ctx.world.party[2], name: 'Penghubung' },
        })
      ).body.liaison;
      expect((await listener.next('liaison.created')).data.liaisonId).toBe(liaison.id);
      await ctx.server.api(`/api/liaisons/${liaison.id}`, {
        method: 'PATCH',
        cookie: ctx.world.owner.cookie,
        body: { phone: '0741-555000' },
      });
      expect((await listener.next('liaison.updated')).data.liaison.phone).toBe('0741-555000');
      await ctx.server.api(`/api/liaisons/${liaison.id}`, {
        method: 'DELETE',
        cookie: ctx.world.owner.cookie,
      });
      expect((await listener.next('liaison.deleted')).data.liaisonId).toBe(liaison.id);

      await ctx.server.api(`/api/meetings/${meeting.id}/close`, {
        method: 'POST',
        cookie: ctx.world.owner.cookie,
      });
      expect((await listener.next('meeting.closed')).data.meeting.versions).toHaveLength(1);

      // Other features publish through the same bus: a new document.
      await ctx.server.api(`/api/cooperations/${ctx.world.coop.id}/documents`, {
        cookie: ctx.world.owner.cookie,
        body: { kind: 'pks' },
      });
      await listener.next('document.created');
    } finally {
      await listener.close();
    }
  });

  it('sends only events of the union the browser reads: a version saved, a meeting, a point', async () => {
    const listener = await openEvents(ctx.world.viewer.cookie);
    try {
      const saved = await ctx.server.api(`/api/documents/${ctx.world.mou.id}/versions`, {
        cookie: ctx.world.owner.cookie,
        body: { label: 'Versi untuk pendengar' },
      });
      expect((await listener.next('version.created')).data).toMatchObject({
        documentId: ctx.world.mou.id,
        versionId: saved.body.version.id,
      });
      const meeting = await buildMeeting(ctx.server, ctx.world, { title: 'Rapat Bertipe' });
      await listener.next('meeting.created');
      await ctx.server.api(`/api/cooperations/${ctx.world.coop.id}/points`, {
        cookie: ctx.world.owner.cookie,
        body: { text: 'Poin bertipe', documentId: ctx.world.mou.id, meetingId: meeting.id },
      });
      await listener.next('point.created');
      expect(listener.received.length).toBeGreaterThanOrEqual(3);
      for (const event of listener.received) {
        const read = streamEventSchema.safeParse(event.data);
        expect(read.error?.issues ?? [], event.data.type).toEqual([]);
      }
    } finally {
      await listener.close();
    }
  });

  it('reaches every subscriber, viewers included, and no other cooperation', async () => {
    const other = await buildMeetingWorld(ctx.server);
    const [a, b, elsewhere] = await Promise.all([
      openEvents(ctx.world.viewer.cookie),
      openEvents(ctx.world.owner.cookie),
      openEvents(other.owner.cookie, { cooperationId: other.coop.id }),
    ]);
    try {
      const m = await buildMeeting(ctx.server, ctx.world, { title: 'Rapat Dua Pendengar' });
      expect((await a.next('meeting.created')).data.meetingId).toBe(m.id);
      expect((await b.next('meeting.created')).data.meetingId).toBe(m.id);
      await buildMeeting(ctx.server, other, { title: 'Rapat Lain' });
      const theirs = await elsewhere.next('meeting.created');
      expect(theirs.data.meeting.title).toBe('Rapat Lain');
      expect(elsewhere.received.some((e) => e.data.meetingId === m.id)).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close(), elsewhere.close()]);
    }
  });

  it('resumes after Last-Event-ID with what was missed', async () => {
    const first = await openEvents(ctx.world.editor.cookie);
    await buildMeeting(ctx.server, ctx.world, { title: 'Sebelum putus' });
    const seen = await first.next('meeting.created');
    await first.close();
    await buildMeeting(ctx.server, ctx.world, { title: 'Selama putus' });
    const resumed = await openEvents(ctx.world.editor.cookie, { lastEventId: seen.id });
    try {
      expect((await resumed.next('meeting.created')).data.meeting.title).toBe('Selama putus');
      const stale = await openEvents(ctx.world.editor.cookie, { lastEventId: 'bootlain.1' });
      await stale.next('stream.reset');
      await stale.close();
    } finally {
      await resumed.close();
    }
  });

  it('refuses outsiders and strangers, and ends the stream of a member who is removed', async () => {
    const outsider = await fetch(`${ctx.server.url}/api/cooperations/${ctx.world.coop.id}/events`, {
      headers: { cookie: ctx.world.outsider.cookie },
    });
    expect(outsider.status).toBe(404);
    expect((await outsider.json()).error.id).toBe('cooperation.not_found');
    const stranger = await fetch(`${ctx.server.url}/api/cooperations/${ctx.world.coop.id}/events`);
    expect(stranger.status).toBe(401);

    const leaving = await buildMember(ctx.server, ctx.world.owner.cookie, ctx.world.coop, 'commenter');
    const stream = await openEvents(leaving.cookie);
    try {
      await buildMeeting(ctx.server, ctx.world, { title: 'Masih anggota' });
      await stream.next('meeting.created');
      const removed = await ctx.server.api(
        `/api/cooperations/${ctx.world.coop.id}/members/${leaving.user.id}`,
        {
          method: 'DELETE',
          cookie: ctx.world.owner.cookie,
        },
      );
      expect(removed.status).toBe(200);
      await buildMeeting(ctx.server, ctx.world, { title: 'Rahasia' });
      expect(await stream.untilEnded()).toBe(true);
      expect(stream.received.some((e) => e.data.meeting?.title === 'Rahasia')).toBe(false);
    } finally {
      await stream.close();
    }
  });
});
