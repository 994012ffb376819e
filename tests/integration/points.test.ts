import { describe, expect, it } from 'vitest';
import type { PointListResponse } from '../support/api.ts';
import { buildCooperation, buildDocument, buildMember } from '../support/factories.ts';
import { bilingual, buildMeeting, buildMeetingWorld, buildOpenMeeting } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(buildMeetingWorld);

const pointsPath = (w = ctx.world) => `/api/cooperations/${w.coop.id}/points`;
const raise = (body: Record<string, unknown>, cookie = ctx.world.commenter.cookie, w = ctx.world) =>
  ctx.server.api(pointsPath(w), { cookie, body: { documentId: w.mou.id, ...body } });

describe('raising discussion points', () => {
  it('a commenter raises a point on a clause in an open meeting, under an agenda item', async () => {
    const meeting = await buildOpenMeeting(ctx.server, ctx.world);
    const clause = ctx.world.clauses[1];
    const res = await raise({
      text: 'Ruang lingkup perlu memuat percepatan penyelesaian laporan.',
      clauseId: clause!.id,
      quote: 'ruang lingkup',
      meetingId: meeting.id,
      agendaItemId: meeting.agenda[0].id,
    });
    expect(res.status).toBe(201);
    const p = res.body.point;
    expect(p).toMatchObject({
      cooperationId: ctx.world.coop.id,
      documentId: ctx.world.mou.id,
      clauseId: clause!.id,
      anchor: null, // anchoring to the selected words: pointAnchors.test.ts
      quote: 'ruang lingkup',
      meetingId: meeting.id,
      agendaItemId: meeting.agenda[0].id,
      raisedBy: {
        partyId: ctx.world.party[2],
        userId: ctx.world.commenter.user.id,
        name: ctx.world.commenter.user.displayName,
      },
      state: 'open',
      decision: '',
      decidedInMeetingId: null,
      replies: [],
      createdBy: ctx.world.commenter.user.id,
    });
  });

  it('between meetings, without a clause, in the raiser’s own name', async () => {
    const bare = await raise({ text: 'Catatan umum' });
    expect(bare.status).toBe(201);
    expect(bare.body.point).toMatchObject({
      clauseId: null,
      anchor: null,
      meetingId: null,
      agendaItemId: null,
      raisedBy: { userId: ctx.world.commenter.user.id, partyId: ctx.world.party[2] },
    });
    // Naming oneself is one's own name.
    const self = await raise({ text: 'Saya sendiri', raisedBy: { userId: ctx.world.commenter.user.id } });
    expect(self.status).toBe(201);
    expect(self.body.point.raisedBy.userId).toBe(ctx.world.commenter.user.id);
  });

  it('only the minute-taker of an open meeting records a point raised by a member or a guest', async () => {
    const forbidden = (res: { status: number; body: unknown }) => {
      expect(res.status).toBe(403);
      expect(bilingual(res.body).id).toBe('point.raised_by_forbidden');
    };
    // Between meetings nobody speaks for anyone else, not even an editor or the owner.
    forbidden(
      await raise({ text: 'Usul', raisedBy: { userId: ctx.world.owner.user.id } }, ctx.world.editor.cookie),
    );
    forbidden(await raise({ text: 'Usul', raisedBy: { name: 'Inspektur Kota' } }, ctx.world.owner.cookie));
    forbidden(await raise({ text: 'Usul', raisedBy: { partyId: ctx.world.party[1] } }));

    const minutes = { minuteTaker: { userId: ctx.world.editor.user.id } };
    const meeting = await buildOpenMeeting(ctx.server, ctx.world, minutes);
    const inMeeting = { meetingId: meeting.id };
    const member = await raise(
      { ...inMeeting, text: 'Usul Kepala Perwakilan', raisedBy: { userId: ctx.world.owner.user.id } },
      ctx.world.editor.cookie,
    );
    expect(member.status).toBe(201);
    expect(member.body.point.raisedBy).toEqual({
      partyId: ctx.world.party[1],
      userId: ctx.world.owner.user.id,
      name: 'Kepala Perwakilan Uji',
    });
    expect(member.body.point.createdBy).toBe(ctx.world.editor.user.id);
    const guest = await raise(
      {
        ...inMeeting,
        text: 'Usul Inspektur',
        raisedBy: { name: 'Inspektur Kota', partyId: ctx.world.party[2] },
      },
      ctx.world.editor.cookie,
    );
    expect(guest.body.point.raisedBy).toEqual({
      partyId: ctx.world.party[2],
      userId: null,
      name: 'Inspektur Kota',
    });

    // In the same meeting, someone who is not its minute-taker (here the commenter and the owner) may not.
    forbidden(await raise({ ...inMeeting, text: 'Usul', raisedBy: { userId: ctx.world.editor.user.id } }));
    forbidden(
      await raise({ ...inMeeting, text: 'Usul', raisedBy: { name: 'Tamu' } }, ctx.world.owner.cookie),
    );
    // Nor the minute-taker of a meeting that has not started.
    const planned = await buildMeeting(ctx.server, ctx.world, minutes);
    forbidden(
      await raise(
        { meetingId: planned.id, text: 'Usul', raisedBy: { userId: ctx.world.owner.user.id } },
        ctx.world.editor.cookie,
      ),
    );
    // A point the minute-taker raises without naming anyone is theirs.
    const own = await raise({ ...inMeeting, text: 'Catatan notulis' }, ctx.world.editor.cookie);
    expect(own.body.point.raisedBy.userId).toBe(ctx.world.editor.user.id);
  });

  it('filters by clause, meeting, party, state and document', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const pks = await buildDocument(ctx.server, w.owner.cookie, w.coop.id, { kind: 'pks' });
    const meeting = await buildOpenMeeting(ctx.server, w);
    const [c1, c2] = w.clauses;
    const made = [];
    for (const body of [
      { text: 'satu', clauseId: c1!.id, meetingId: meeting.id },
      { text: 'dua', clauseId: c2!.id },
      { text: 'tiga', clauseId: c1!.id },
      { text: 'empat', documentId: pks.id },
    ]) {
      const res = await raise(body, w.owner.cookie, w);
      expect(res.status).toBe(201);
      made.push(res.body.point);
    }
    await ctx.server.api(`/api/points/${made[1].id}`, {
      method: 'PATCH',
      cookie: w.owner.cookie,
      body: { state: 'rejected', decision: 'Tidak perlu' },
    });
    const texts = async (query: string) =>
      (
        await ctx.server.api<PointListResponse>(`${pointsPath(w)}?${query}`, { cookie: w.viewer.cookie })
      ).body.points.map((p) => p.text);
    expect(await texts('')).toEqual(['satu', 'dua', 'tiga', 'empat']);
    expect(await texts(`clauseId=${c1!.id}`)).toEqual(['satu', 'tiga']);
    expect(await texts(`meetingId=${meeting.id}`)).toEqual(['satu']);
    expect(await texts(`partyId=${w.party[1]}`)).toEqual(['satu', 'dua', 'tiga', 'empat']);
    expect(await texts(`partyId=${w.party[2]}`)).toEqual([]);
    expect(await texts('state=rejected')).toEqual(['dua']);
    expect(await texts(`documentId=${pks.id}`)).toEqual(['empat']);
    expect(await texts(`documentId=${w.mou.id}&clauseId=${c1!.id}&state=open`)).toEqual(['satu', 'tiga']);
    const bad = await ctx.server.api(`${pointsPath(w)}?state=selesai`, { cookie: w.viewer.cookie });
    expect(bad.status).toBe(400);
    expect(bilingual(bad.body).field).toBe('state');
  });
});

describe('refusals when raising', () => {
  it('a clause that is not in the document as it is now: 400 point.unknown_clause', async () => {
    const res = await raise({ text: 'x', clauseId: 'tidak-ada' });
    expect(res.status).toBe(400);
    expect(bilingual(res.body)).toMatchObject({ id: 'point.unknown_clause', field: 'clauseId' });
    // A clause of another document is not a clause of this one either.
    const pks = await buildDocument(ctx.server, ctx.world.owner.cookie, ctx.world.coop.id, { kind: 'pks' });
    const pksClauses = (await ctx.server.api(`/api/documents/${pks.id}`, { cookie: ctx.world.owner.cookie }))
      .body.document.clauses;
    const wrongDoc = await raise({ text: 'x', clauseId: pksClauses[0].id });
    expect(wrongDoc.status).toBe(400);
    expect(wrongDoc.body.error.id).toBe('point.unknown_clause');
  });

  it('documents, meetings, agenda items and parties of elsewhere; closed meetings', async () => {
    const other = await buildCooperation(ctx.server, ctx.world.owner.cookie);
    const foreignDoc = await buildDocument(ctx.server, ctx.world.owner.cookie, other.id, { kind: 'mou' });
    const doc = await raise({ text: 'x', documentId: foreignDoc.id });
    expect(doc.status).toBe(400);
    expect(bilingual(doc.body).field).toBe('documentId');
    expect((await raise({ text: 'x', documentId: 'tidak-ada' })).status).toBe(400);

    const planned = await buildMeeting(ctx.server, ctx.world);
    const agendaWithout = await raise({ text: 'x', agendaItemId: planned.agenda[0].id });
    expect(agendaWithout.status).toBe(400);
    expect(agendaWithout.body.error.field).toBe('agendaItemId');
    const otherMeeting = await buildMeeting(ctx.server, ctx.world);
    const agendaElsewhere = await raise({
      text: 'x',
      meetingId: planned.id,
      agendaItemId: otherMeeting.agenda[0].id,
    });
    expect(agendaElsewhere.status).toBe(400);
    expect((await raise({ text: 'x', meetingId: 'tidak-ada' })).status).toBe(404);
    // The minute-taker (here the commenter) names only members and parties of this cooperation.
    const minuted = await buildOpenMeeting(ctx.server, ctx.world, {
      minuteTaker: { userId: ctx.world.commenter.user.id },
    });
    const party = await raise({
      text: 'x',
      meetingId: minuted.id,
      raisedBy: { name: 'Tamu', partyId: other.parties[0]!.id },
    });
    expect(party.status).toBe(400);
    expect(party.body.error.field).toBe('raisedBy.partyId');
    const member = await raise({
      text: 'x',
      meetingId: minuted.id,
      raisedBy: { userId: ctx.world.outsider.user.id },
    });
    expect(member.body.error.field).toBe('raisedBy.userId');

    await ctx.server.api(`/api/meetings/${planned.id}/open`, {
      method: 'POST',
      cookie: ctx.world.owner.cookie,
    });
    await ctx.server.api(`/api/meetings/${planned.id}/close`, {
      method: 'POST',
      cookie: ctx.world.owner.cookie,
    });
    const closed = await raise({ text: 'x', meetingId: planned.id });
    expect(closed.status).toBe(409);
    expect(bilingual(closed.body).id).toBe('meeting.closed');

    expect((await raise({ text: '' })).status).toBe(400);
    expect((await raise({ text: 'x', documentId: undefined })).status).toBe(400);
  });

  it('viewers cannot write, outsiders see nothing, strangers must sign in', async () => {
    expect((await raise({ text: 'x' }, ctx.world.viewer.cookie)).status).toBe(403);
    const outsider = await raise({ text: 'x' }, ctx.world.outsider.cookie);
    expect(outsider.status).toBe(404);
    expect((await ctx.server.api(pointsPath(), { cookie: ctx.world.outsider.cookie })).status).toBe(404);
    expect((await ctx.server.api(pointsPath())).status).toBe(401);
  });
});

describe('replies and decisions', () => {
  it('commenters reply; viewers and outsiders cannot; replies come back with the point', async () => {
    const point = (await raise({ text: 'Perlu penghubung di setiap OPD' })).body.point;
    const res = await ctx.server.api(`/api/points/${point.id}/replies`, {
      cookie: ctx.world.editor.cookie,
      body: { text: 'Setuju, akan dihimpun.' },
    });
    expect(res.status).toBe(201);
    expect(res.body.reply).toMatchObject({
      text: 'Setuju, akan dihimpun.',
      by: {
        userId: ctx.world.editor.user.id,
        name: ctx.world.editor.user.displayName,
        partyId: ctx.world.party[2],
      },
      at: expect.any(String),
    });
    expect(res.body.point.replies).toHaveLength(1);
    const second = await ctx.server.api(`/api/points/${point.id}/replies`, {
      cookie: ctx.world.commenter.cookie,
      body: { text: 'Terima kasih.' },
    });
    expect(second.status).toBe(201);
    expect(
      (
        await ctx.server.api(`/api/points/${point.id}/replies`, {
          cookie: ctx.world.viewer.cookie,
          body: { text: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.server.api(`/api/points/${point.id}/replies`, {
          cookie: ctx.world.outsider.cookie,
          body: { text: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await ctx.server.api('/api/points/tidak-ada/replies', {
          cookie: ctx.world.owner.cookie,
          body: { text: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await ctx.server.api(`/api/points/${point.id}/replies`, {
          cookie: ctx.world.owner.cookie,
          body: { text: ' ' },
        })
      ).status,
    ).toBe(400);

    const listed = (
      await ctx.server.api<PointListResponse>(pointsPath(), { cookie: ctx.world.viewer.cookie })
    ).body.points.find((p) => p.id === point.id);
    expect(listed!.replies.map((r) => r.text)).toEqual(['Setuju, akan dihimpun.', 'Terima kasih.']);
  });

  it('the author edits the text; only editors decide, stamping the open meeting; reopening clears the decision', async () => {
    const meeting = await buildOpenMeeting(ctx.server, ctx.world);
    const point = (
      await raise({ text: 'Draf awal', meetingId: meeting.id, clauseId: ctx.world.clauses[0]!.id })
    ).body.point;
    const edited = await ctx.server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: ctx.world.commenter.cookie,
      body: { text: 'Draf yang diperbaiki', clauseId: ctx.world.clauses[2]!.id, anchor: true },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.point).toMatchObject({
      text: 'Draf yang diperbaiki',
      clauseId: ctx.world.clauses[2]!.id,
      anchor: point.id,
    });

    const selfDecide = await ctx.server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: ctx.world.commenter.cookie,
      body: { state: 'agreed' },
    });
    expect(selfDecide.status).toBe(403);
    expect(bilingual(selfDecide.body).id).toBe('point.decide_forbidden');

    const other = await buildMember(ctx.server, ctx.world.owner.cookie, ctx.world.coop, 'commenter');
    const notAuthor = await ctx.server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: other.cookie,
      body: { text: 'x' },
    });
    expect(notAuthor.status).toBe(403);
    expect(
      (
        await ctx.server.api(`/api/points/${point.id}`, {
          method: 'PATCH',
          cookie: ctx.world.viewer.cookie,
          body: { text: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.server.api(`/api/points/${point.id}`, {
          method: 'PATCH',
          cookie: ctx.world.outsider.cookie,
          body: { text: 'x' },
        })
      ).status,
    ).toBe(404);
    const unknownClause = await ctx.server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: ctx.world.editor.cookie,
      body: { clauseId: 'tidak-ada' },
    });
    expect(unknownClause.body.error.id).toBe('point.unknown_clause');

    const decided = await ctx.server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: ctx.world.editor.cookie,
      body: { state: 'agreed', decision: 'Disepakati dengan perbaikan redaksi.' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.point).toMatchObject({
      state: 'agreed',
      decision: 'Disepakati dengan perbaikan redaksi.',
      decidedInMeetingId: meeting.id,
      decidedAt: expect.any(String),
    });

    const reopened = await ctx.server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: { state: 'open' },
    });
    expect(reopened.body.point).toMatchObject({ state: 'open', decidedInMeetingId: null, decidedAt: null });

    const later = await buildOpenMeeting(ctx.server, ctx.world, { date: '2020-03-31' });
    const deferred = await ctx.server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: {
        state: 'deferred',
        decidedInMeetingId: later.id,
        meetingId: later.id,
        agendaItemId: later.agenda[1].id,
      },
    });
    expect(deferred.body.point).toMatchObject({
      state: 'deferred',
      decidedInMeetingId: later.id,
      meetingId: later.id,
      agendaItemId: later.agenda[1].id,
    });
    const badState = await ctx.server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: { state: 'done' },
    });
    expect(badState.status).toBe(400);
    expect(
      (
        await ctx.server.api('/api/points/tidak-ada', {
          method: 'PATCH',
          cookie: ctx.world.owner.cookie,
          body: { text: 'x' },
        })
      ).status,
    ).toBe(404);
  });
});
