import { describe, expect, it } from 'vitest';
import type { MeetingListResponse, MeetingResponse } from '../support/api.ts';
import { buildCooperation, buildDocument } from '../support/factories.ts';
import { bilingual, buildMeeting, buildMeetingWorld } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(buildMeetingWorld);

const meetingsPath = () => `/api/cooperations/${ctx.world.coop.id}/meetings`;

describe('planning a meeting', () => {
  it('records kind, time, place, chair, minute-taker, agenda, documents and attendees (members and guests)', async () => {
    const res = await ctx.server.api<MeetingResponse>(meetingsPath(), {
      cookie: ctx.world.editor.cookie,
      body: {
        kind: 'pembahasan',
        date: '2020-03-10',
        timeFrom: '09:00',
        timeTo: '12:00',
        place: 'Ruang Rapat Bagian Organisasi Setda Kota Jambi',
        chair: { userId: ctx.world.owner.user.id },
        minuteTaker: { name: 'Analis Kerja Sama', position: 'Staf', nip: '19900101 201501 1 001' },
        agenda: [{ title: 'Pembukaan' }, { title: 'Pembahasan Nota Kesepakatan' }],
        documentIds: [ctx.world.mou.id, ctx.world.mou.id],
        attendees: [
          { userId: ctx.world.owner.user.id },
          { userId: ctx.world.editor.user.id, present: false },
          { name: 'Inspektur Kota', position: 'Inspektur', partyId: ctx.world.party[2], unit: 'Inspektorat' },
          { name: 'Tamu Undangan', unit: 'Universitas Jambi' },
        ],
      },
    });
    expect(res.status).toBe(201);
    const m = res.body.meeting;
    expect(m).toMatchObject({
      cooperationId: ctx.world.coop.id,
      title: 'Rapat Pembahasan',
      kind: 'pembahasan',
      state: 'planned',
      date: '2020-03-10',
      timeFrom: '09:00',
      timeTo: '12:00',
      timeZone: 'WIB',
      place: 'Ruang Rapat Bagian Organisasi Setda Kota Jambi',
      onlineLink: '',
      chair: {
        userId: ctx.world.owner.user.id,
        name: 'Kepala Perwakilan Uji',
        position: 'Kepala Perwakilan',
      },
      minuteTaker: { userId: null, name: 'Analis Kerja Sama', nip: '19900101 201501 1 001' },
      documentIds: [ctx.world.mou.id],
      versions: [],
      openedAt: null,
      closedAt: null,
    });
    expect(m.agenda.map((a) => a.title)).toEqual(['Pembukaan', 'Pembahasan Nota Kesepakatan']);
    expect(m.attendees).toEqual([
      expect.objectContaining({
        userId: ctx.world.owner.user.id,
        name: 'Kepala Perwakilan Uji',
        partyId: ctx.world.party[1],
        present: true,
      }),
      expect.objectContaining({
        userId: ctx.world.editor.user.id,
        partyId: ctx.world.party[2],
        present: false,
      }),
      expect.objectContaining({
        userId: null,
        name: 'Inspektur Kota',
        unit: 'Inspektorat',
        partyId: ctx.world.party[2],
      }),
      expect.objectContaining({
        userId: null,
        name: 'Tamu Undangan',
        partyId: null,
        unit: 'Universitas Jambi',
      }),
    ]);

    const one = await ctx.server.api(`/api/meetings/${m.id}`, { cookie: ctx.world.viewer.cookie });
    expect(one.status).toBe(200);
    expect(one.body.meeting).toEqual(m);
    const list = await ctx.server.api<MeetingListResponse>(meetingsPath(), {
      cookie: ctx.world.commenter.cookie,
    });
    expect(list.body.meetings.map((x) => x.id)).toContain(m.id);
    const planned = await ctx.server.api<MeetingListResponse>(`${meetingsPath()}?state=closed`, {
      cookie: ctx.world.commenter.cookie,
    });
    expect(planned.body.meetings.map((x) => x.id)).not.toContain(m.id);
  });

  it('lists meetings by date and time', async () => {
    const w = await buildMeetingWorld(ctx.server);
    const later = await buildMeeting(ctx.server, w, { date: '2020-04-01', kind: 'finalisasi' });
    const earlier = await buildMeeting(ctx.server, w, {
      date: '2020-03-01',
      timeFrom: '13:00',
      timeTo: '14:00',
    });
    const morning = await buildMeeting(ctx.server, w, {
      date: '2020-03-01',
      timeFrom: '08:00',
      timeTo: '09:00',
      onlineLink: 'https://rapat.example/abc',
      place: '',
    });
    const list = await ctx.server.api<MeetingListResponse>(`/api/cooperations/${w.coop.id}/meetings`, {
      cookie: w.owner.cookie,
    });
    expect(list.body.meetings.map((m) => m.id)).toEqual([morning.id, earlier.id, later.id]);
    expect(list.body.meetings[2]!.title).toBe('Rapat Finalisasi');
    expect(list.body.meetings[0]!.onlineLink).toBe('https://rapat.example/abc');
  });
});

describe('changing a meeting', () => {
  it('replaces lists whole, keeps agenda item ids that are sent back, and checks times after the change', async () => {
    const m = await buildMeeting(ctx.server, ctx.world);
    const [first] = m.agenda;
    const res = await ctx.server.api<MeetingResponse>(`/api/meetings/${m.id}`, {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: {
        title: 'Rapat Pembahasan Pertama',
        timeTo: '11:00',
        agenda: [{ title: 'Agenda baru' }, { id: first.id, title: 'Pembahasan (diubah)' }],
        attendees: [{ userId: ctx.world.commenter.user.id }],
        nextMeeting: { text: 'Akan diundang kemudian' },
      },
    });
    expect(res.status).toBe(200);
    const after = res.body.meeting;
    expect(after.title).toBe('Rapat Pembahasan Pertama');
    expect(after.timeTo).toBe('11:00');
    expect(after.agenda).toEqual([
      { id: expect.any(String), title: 'Agenda baru' },
      { id: first.id, title: 'Pembahasan (diubah)' },
    ]);
    expect(after.attendees.map((a) => a.userId)).toEqual([ctx.world.commenter.user.id]);
    expect(after.nextMeeting).toEqual({ text: 'Akan diundang kemudian', meetingId: null });

    const early = await ctx.server.api(`/api/meetings/${m.id}`, {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: { timeFrom: '11:30' },
    });
    expect(early.status).toBe(400);
    expect(bilingual(early.body)).toMatchObject({ id: 'validation.invalid', field: 'timeTo' });

    const foreignItem = await buildMeeting(ctx.server, ctx.world);
    const stolen = await ctx.server.api(`/api/meetings/${m.id}`, {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: { agenda: [{ id: foreignItem.agenda[0].id, title: 'x' }] },
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.field).toBe('agenda.0.id');

    const empty = await ctx.server.api(`/api/meetings/${m.id}`, {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: {},
    });
    expect(empty.status).toBe(400);
  });

  it('points to the next meeting, which must be another meeting of the same cooperation', async () => {
    const m = await buildMeeting(ctx.server, ctx.world);
    const next = await buildMeeting(ctx.server, ctx.world, { kind: 'tindak_lanjut', date: '2020-03-31' });
    const ok = await ctx.server.api(`/api/meetings/${m.id}`, {
      method: 'PATCH',
      cookie: ctx.world.editor.cookie,
      body: { nextMeeting: { meetingId: next.id } },
    });
    expect(ok.body.meeting.nextMeeting).toEqual({ text: '', meetingId: next.id });
    const self = await ctx.server.api(`/api/meetings/${m.id}`, {
      method: 'PATCH',
      cookie: ctx.world.editor.cookie,
      body: { nextMeeting: { meetingId: m.id } },
    });
    expect(self.status).toBe(400);
    expect(self.body.error.field).toBe('nextMeeting.meetingId');
  });
});

describe('planned → open → closed', () => {
  it('opens, closes with a version of every document discussed, and then refuses changes', async () => {
    const m = await buildMeeting(ctx.server, ctx.world, { title: 'Rapat Uji Penutupan' });
    const closeEarly = await ctx.server.api(`/api/meetings/${m.id}/close`, {
      method: 'POST',
      cookie: ctx.world.owner.cookie,
    });
    expect(closeEarly.status).toBe(409);
    expect(bilingual(closeEarly.body).id).toBe('meeting.not_open');

    const opened = await ctx.server.api(`/api/meetings/${m.id}/open`, {
      method: 'POST',
      cookie: ctx.world.editor.cookie,
    });
    expect(opened.status).toBe(200);
    expect(opened.body.meeting.state).toBe('open');
    expect(opened.body.meeting.openedAt).toEqual(expect.any(String));
    const again = await ctx.server.api(`/api/meetings/${m.id}/open`, {
      method: 'POST',
      cookie: ctx.world.editor.cookie,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('meeting.not_planned');

    const closed = await ctx.server.api(`/api/meetings/${m.id}/close`, {
      method: 'POST',
      cookie: ctx.world.editor.cookie,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.meeting.state).toBe('closed');
    expect(closed.body.meeting.closedAt).toEqual(expect.any(String));
    expect(closed.body.meeting.versions).toEqual([
      {
        documentId: ctx.world.mou.id,
        seq: expect.any(Number),
        label: 'Rapat Uji Penutupan, 10 Maret 2020',
        versionId: expect.any(String),
      },
    ]);
    expect(closed.body.meeting.versions[0].seq).toBeGreaterThan(0);
    // The same version is in the document's history, labelled with the meeting.
    const history = await ctx.server.api(`/api/documents/${ctx.world.mou.id}/versions`, {
      cookie: ctx.world.viewer.cookie,
    });
    expect(history.status).toBe(200);
    expect(history.body.versions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: closed.body.meeting.versions[0].versionId,
          kind: 'meeting',
          label: 'Rapat Uji Penutupan, 10 Maret 2020',
        }),
      ]),
    );

    const patch = await ctx.server.api(`/api/meetings/${m.id}`, {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: { place: 'Tempat lain' },
    });
    expect(patch.status).toBe(409);
    expect(bilingual(patch.body).id).toBe('meeting.closed');
    const closeAgain = await ctx.server.api(`/api/meetings/${m.id}/close`, {
      method: 'POST',
      cookie: ctx.world.owner.cookie,
    });
    expect(closeAgain.status).toBe(409);
  });
});

describe('refusals', () => {
  const valid = { kind: 'pembahasan', date: '2020-03-10', timeFrom: '09:00', timeTo: '12:00' };
  const post = (body: unknown, cookie = ctx.world.owner.cookie) =>
    ctx.server.api(meetingsPath(), { cookie, body });

  it('bad dates and times: 400 naming the field, in both languages', async () => {
    for (const [patch, field] of [
      [{ date: '2020-02-30' }, 'date'],
      [{ date: '10-03-2020' }, 'date'],
      [{ timeFrom: '25:00' }, 'timeFrom'],
      [{ timeTo: '9:00' }, 'timeTo'],
      [{ timeTo: '08:59' }, 'timeTo'],
      [{ timeTo: '09:00' }, 'timeTo'],
      [{ kind: 'rapat_biasa' }, 'kind'],
    ] as const) {
      const res = await post({ ...valid, ...patch });
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(bilingual(res.body).field).toBe(field);
    }
    const missing = await post({ kind: 'internal' });
    expect(missing.status).toBe(400);
  });

  it('ids that are not of this cooperation: 400 naming the field', async () => {
    const other = await buildCooperation(ctx.server, ctx.world.owner.cookie);
    const foreignDoc = await buildDocument(ctx.server, ctx.world.owner.cookie, other.id, { kind: 'mou' });
    const cases: [Record<string, unknown>, string][] = [
      [{ documentIds: [ctx.world.mou.id, foreignDoc.id] }, 'documentIds.1'],
      [{ documentIds: ['nonexistent'] }, 'documentIds.0'],
      [{ attendees: [{ userId: ctx.world.outsider.user.id }] }, 'attendees.0.userId'],
      [{ attendees: [{ name: 'Tamu' }] }, 'attendees.0.unit'],
      [{ attendees: [{ position: 'Tanpa nama', unit: 'X' }] }, 'attendees.0.name'],
      [{ attendees: [{ name: 'Tamu', partyId: other.parties[0]!.id }] }, 'attendees.0.partyId'],
      [
        { attendees: [{ userId: ctx.world.owner.user.id }, { userId: ctx.world.owner.user.id }] },
        'attendees.1.userId',
      ],
      [{ chair: { userId: ctx.world.outsider.user.id } }, 'chair.userId'],
      [{ minuteTaker: { position: 'Staf' } }, 'minuteTaker.name'],
      [{ nextMeeting: { meetingId: 'nonexistent' } }, 'nextMeeting.meetingId'],
    ];
    for (const [patch, field] of cases) {
      const res = await post({ ...valid, ...patch });
      expect(res.status, field).toBe(400);
      expect(bilingual(res.body).field).toBe(field);
    }
  });

  it('who may do what: viewers and commenters read only, outsiders see nothing, strangers must sign in', async () => {
    const m = await buildMeeting(ctx.server, ctx.world);
    expect((await post(valid, ctx.world.viewer.cookie)).status).toBe(403);
    expect((await post(valid, ctx.world.commenter.cookie)).status).toBe(403);
    const outsider = await post(valid, ctx.world.outsider.cookie);
    expect(outsider.status).toBe(404);
    expect(bilingual(outsider.body).id).toBe('cooperation.not_found');
    expect((await ctx.server.api(meetingsPath(), { cookie: ctx.world.outsider.cookie })).status).toBe(404);
    expect((await ctx.server.api(meetingsPath())).status).toBe(401);

    const read = await ctx.server.api(`/api/meetings/${m.id}`, { cookie: ctx.world.outsider.cookie });
    expect(read.status).toBe(404);
    expect(bilingual(read.body).id).toBe('meeting.not_found');
    expect(
      (await ctx.server.api('/api/meetings/nonexistent', { cookie: ctx.world.owner.cookie })).status,
    ).toBe(404);

    for (const [method, path] of [
      ['PATCH', `/api/meetings/${m.id}`],
      ['POST', `/api/meetings/${m.id}/open`],
      ['POST', `/api/meetings/${m.id}/close`],
    ]) {
      const body = method === 'PATCH' ? { place: 'x' } : undefined;
      expect(
        (await ctx.server.api(path!, { method, cookie: ctx.world.commenter.cookie, body })).status,
        path,
      ).toBe(403);
      expect(
        (await ctx.server.api(path!, { method, cookie: ctx.world.viewer.cookie, body })).status,
        path,
      ).toBe(403);
      expect(
        (await ctx.server.api(path!, { method, cookie: ctx.world.outsider.cookie, body })).status,
        path,
      ).toBe(404);
    }
  });
});

describe('OpenAPI', () => {
  it('documents every endpoint of meetings, points, follow-ups, liaisons and events', async () => {
    const res = await ctx.server.api('/api/openapi.json');
    const paths = res.body.paths;
    const expected: [string, string][] = [
      ['/api/cooperations/{id}/meetings', 'get'],
      ['/api/cooperations/{id}/meetings', 'post'],
      ['/api/meetings/{id}', 'get'],
      ['/api/meetings/{id}', 'patch'],
      ['/api/meetings/{id}/open', 'post'],
      ['/api/meetings/{id}/close', 'post'],
      ['/api/meetings/{id}/reopen', 'post'],
      ['/api/meetings/{id}/minutes', 'get'],
      ['/api/meetings/{id}/minutes.docx', 'get'],
      ['/api/cooperations/{id}/points', 'get'],
      ['/api/cooperations/{id}/points', 'post'],
      ['/api/points/{id}', 'patch'],
      ['/api/points/{id}/replies', 'post'],
      ['/api/cooperations/{id}/actions', 'get'],
      ['/api/cooperations/{id}/actions', 'post'],
      ['/api/actions/{id}', 'patch'],
      ['/api/cooperations/{id}/liaisons', 'get'],
      ['/api/cooperations/{id}/liaisons', 'post'],
      ['/api/liaisons/{id}', 'patch'],
      ['/api/liaisons/{id}', 'delete'],
      ['/api/cooperations/{id}/events', 'get'],
    ];
    for (const [path, method] of expected) expect(paths[path]?.[method], `${method} ${path}`).toBeTruthy();
    expect(paths['/api/cooperations/{id}/meetings'].post.requestBody).toBeTruthy();
  });
});
