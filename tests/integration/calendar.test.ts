import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import type { CalendarFeedDTO } from '../../shared/api/calendar.ts';
import { buildCooperation, buildMember } from '../support/factories.ts';
import { bilingual, buildMeeting, buildMeetingWorld } from '../support/meetings.ts';
import type { TestServer } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(buildMeetingWorld);

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  start: ICAL.Time;
  end: ICAL.Time;
}

/** Parses an .ics with ical.js, registering its VTIMEZONEs as a calendar client does. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location,
      start: e.startDate,
      end: e.endDate,
    };
  });
  return { calendar, events };
}

/** GET without a cookie, as a calendar client subscribes. */
async function fetchFeed(server: TestServer, url: string) {
  const res = await fetch(new URL(new URL(url).pathname, server.url));
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

async function makeFeed(cookie: string): Promise<CalendarFeedDTO & { url: string; token: string }> {
  const res = await ctx.server.api<{ feed: CalendarFeedDTO }>('/api/calendar/feed', {
    method: 'POST',
    cookie,
  });
  expect(res.status).toBe(201);
  const { url, token } = res.body.feed;
  if (!url || !token) throw new Error('no url in the answer');
  return { ...res.body.feed, url, token };
}

describe('a meeting as an .ics file', () => {
  it('gives members the meeting at its local time in its zone, in Bahasa Indonesia', async () => {
    const meeting = await buildMeeting(ctx.server, ctx.world, {
      date: '2026-12-10',
      timeFrom: '09:00',
      timeTo: '11:30',
      timeZone: 'WITA',
      place: 'Ruang Rapat Walikota; Lt. 2, Gedung A',
      agenda: [{ title: 'Pembahasan Nota Kesepakatan' }],
    });
    const res = await ctx.server.api(`/api/meetings/${meeting.id}/calendar.ics`, {
      cookie: ctx.world.viewer.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = String(res.body);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/Sepakat\/\/Sepakat\/\/ID\r\n/);
    expect(text).toContain('METHOD:PUBLISH\r\n');
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(text).toContain('DTSTART;TZID=Asia/Makassar:20261210T090000');
    // Lines are folded at 75 octets as RFC 5545 asks.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e.uid).toBe(`meeting-${meeting.id}@sepakat`);
    expect(e.start.zone?.tzid).toBe('Asia/Makassar');
    expect(e.start.toJSDate().toISOString()).toBe('2026-12-10T01:00:00.000Z');
    expect(e.end.toJSDate().toISOString()).toBe('2026-12-10T03:30:00.000Z');
    expect(e.location).toBe('Ruang Rapat Walikota; Lt. 2, Gedung A');
    expect(e.summary).toContain('Rapat Pembahasan');
    expect(e.description).toContain('pukul 09.00–11.30 WITA');
    expect(e.description).toContain('1. Pembahasan Nota Kesepakatan');
    expect(e.description).toContain(`/k/${ctx.world.coop.id}/rapat/${meeting.id}`);

    // The same meeting keeps its UID: a calendar updates it instead of adding a second one.
    const again = await ctx.server.api(`/api/meetings/${meeting.id}/calendar.ics`, {
      cookie: ctx.world.owner.cookie,
    });
    expect(parse(String(again.body)).events[0]?.uid).toBe(e.uid);
  });

  it('is refused to outsiders and without a session', async () => {
    const meeting = await buildMeeting(ctx.server, ctx.world);
    const outsider = await ctx.server.api(`/api/meetings/${meeting.id}/calendar.ics`, {
      cookie: ctx.world.outsider.cookie,
    });
    expect(outsider.status).toBe(404);
    expect(bilingual(outsider.body).id).toBe('meeting.not_found');
    const anonymous = await ctx.server.api(`/api/meetings/${meeting.id}/calendar.ics`);
    expect(anonymous.status).toBe(401);
  });
});

describe('the calendar feed', () => {
  it('lists the meetings and follow-up due dates of my cooperations only, until revoked or removed', async () => {
    const { server, world } = ctx;
    const member = await buildMember(server, world.owner.cookie, world.coop, 'editor');
    const meeting = await buildMeeting(server, world, {
      date: '2026-12-14',
      timeFrom: '13:00',
      timeTo: '15:00',
    });
    const action = await server.api(`/api/cooperations/${world.coop.id}/actions`, {
      cookie: world.owner.cookie,
      body: {
        text: 'Menyusun rencana kerja',
        personInCharge: { userId: member.user.id },
        dueDate: '2026-12-18',
      },
    });
    expect(action.status).toBe(201);
    // Another cooperation the member is not in: its meeting must not show.
    const otherCoop = await buildCooperation(server, world.outsider.cookie);
    const foreign = await server.api(`/api/cooperations/${otherCoop.id}/meetings`, {
      cookie: world.outsider.cookie,
      body: { kind: 'internal', date: '2026-12-15', timeFrom: '10:00', timeTo: '11:00' },
    });
    expect(foreign.status).toBe(201);

    const anonymousCreate = await server.api('/api/calendar/feed', { method: 'POST' });
    expect(anonymousCreate.status).toBe(401);
    const feed = await makeFeed(member.cookie);
    expect(feed.url).toMatch(/^http:\/\/.+\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const status = await server.api<{ feed: CalendarFeedDTO }>('/api/calendar/feed', {
      cookie: member.cookie,
    });
    expect(status.body.feed).toEqual({ active: true, createdAt: feed.createdAt });

    const got = await fetchFeed(server, feed.url);
    expect(got.status).toBe(200);
    expect(got.type).toBe('text/calendar; charset=utf-8');
    const { calendar, events } = parse(got.text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(got.text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-PUBLISHED-TTL:PT1H\r\n');
    const uids = events.map((e) => e.uid);
    expect(uids).toContain(`meeting-${meeting.id}@sepakat`);
    expect(uids).not.toContain(`meeting-${foreign.body.meeting.id}@sepakat`);
    const due = events.find((e) => e.uid === `action-${action.body.action.id}-due@sepakat`);
    expect(due?.start.isDate).toBe(true);
    expect(due?.start.toString()).toBe('2026-12-18');
    expect(due?.end.toString()).toBe('2026-12-19');
    expect(due?.summary).toBe('Tenggat tindak lanjut: Menyusun rencana kerja');
    const timed = events.find((e) => e.uid === `meeting-${meeting.id}@sepakat`);
    expect(timed?.start.zone?.tzid).toBe('Asia/Jakarta');
    expect(timed?.start.toJSDate().toISOString()).toBe('2026-12-14T06:00:00.000Z');

    // The token is stored only as its hash.
    const db = openDatabase(server.dbFile);
    try {
      const rows = db.prepare('SELECT * FROM calendar_feeds WHERE user_id = ?').all(member.user.id);
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(feed.token);
    } finally {
      db.close();
    }

    // Rotating gives a new address; the old one is dead.
    const rotated = await makeFeed(member.cookie);
    expect(rotated.token).not.toBe(feed.token);
    const old = await fetchFeed(server, feed.url);
    expect(old.status).toBe(404);
    expect(bilingual(JSON.parse(old.text)).id).toBe('calendar_feed.not_found');
    expect((await fetchFeed(server, rotated.url)).status).toBe(200);

    // Removed from the cooperation: its events leave the feed at the next refresh.
    const removed = await server.api(`/api/cooperations/${world.coop.id}/members/${member.user.id}`, {
      method: 'DELETE',
      cookie: world.owner.cookie,
    });
    expect(removed.status).toBe(200);
    const after = await fetchFeed(server, rotated.url);
    expect(after.status).toBe(200);
    expect(parse(after.text).events).toEqual([]);

    // Revoked: 404 with the standard error body, and the status says so.
    const revoke = await server.api('/api/calendar/feed', { method: 'DELETE', cookie: member.cookie });
    expect(revoke.status).toBe(200);
    expect(revoke.body.feed).toEqual({ active: false, createdAt: null });
    const gone = await fetchFeed(server, rotated.url);
    expect(gone.status).toBe(404);
    expect(bilingual(JSON.parse(gone.text)).id).toBe('calendar_feed.not_found');
  });

  it('answers 404 to unknown and malformed tokens alike', async () => {
    for (const file of ['x'.repeat(43) + '.ics', 'pendek.ics', 'a'.repeat(43)]) {
      const res = await fetch(`${ctx.server.url}/api/calendar/feed/${file}`);
      expect(res.status).toBe(404);
      expect(bilingual(await res.json()).id).toBe('calendar_feed.not_found');
    }
  });
});
