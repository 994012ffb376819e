import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarFeedDTO } from '../../shared/api/calendar.ts';
import type { NotificationDTO, ReminderDTO } from '../../shared/api/notifications.ts';
import { finaliseAgreed } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';
import { Mailbox } from './remindersMailbox.ts';

/**
 * The end of a signed agreement's term, reminded and in the calendar feed, against the real
 * server process and a real SMTP server on loopback. The demo's agreements are signed on 23 June
 * 2025 (the date `fillSigning` prints) for the template's 5 years: in force through Saturday
 * 22 June 2030. The worker's clock starts at 08:30 WIB on Saturday 22 December 2029, just past
 * the six-month notice (08:00 that day) and long before the one-month notice (22 May 2030);
 * the second test restarts the server on that day.
 */
const CLOCK = '2029-12-22T01:30:00Z';
const mailbox = await Mailbox.create();
/** The server's environment; the clock is moved forward before a restart. */
const env: Record<string, string> = {
  SEPAKAT_SMTP_URL: mailbox.url,
  SEPAKAT_MAIL_FROM: 'Sepakat Uji <pengingat@sepakat.test>',
  SEPAKAT_REMINDER_TICK_MS: '150',
  SEPAKAT_REMINDER_CLOCK: CLOCK,
};
const demo = demoSession(['ombudsman', 'walikota', 'pemkot', 'tamu'], { env });
const { cookies } = demo;
type Who = keyof typeof cookies;
const title = 'PKS Penanganan Laporan Masyarakat';
/** The agreement the first test signs; the demo's own signed PKS has reminders of its own, left aside. */
let signedId = '';
/** The mails about this test's agreement. */
const ours = () => mailbox.received.filter((m) => m.subject.includes(title));

beforeAll(() => mailbox.up());
afterAll(() => mailbox.down());

/** Sets where and in which language reminders reach a demo user. */
async function mailTo(who: Who, language: 'id' | 'en') {
  const email = `${who}@sepakat.test`;
  const res = await demo.server.api('/api/me/notification-settings', {
    method: 'PUT',
    cookie: cookies[who],
    body: { email, language, emailMode: 'each' },
  });
  expect(res.status).toBe(200);
  return email;
}

const bell = async (who: Who) =>
  (
    await demo.server.api<{ notifications: NotificationDTO[] }>('/api/me/notifications', {
      cookie: cookies[who],
    })
  ).body.notifications;

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${demo.server.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The all-day events of a person's calendar feed, read with ical.js as a calendar client would. */
async function feedEvents(who: Who) {
  const made = await demo.server.api<{ feed: CalendarFeedDTO }>('/api/calendar/feed', {
    method: 'POST',
    cookie: cookies[who],
  });
  expect(made.status).toBe(201);
  const res = await fetch(new URL(new URL(made.body.feed.url!).pathname, demo.server.url));
  expect(res.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('the end of an agreement’s term', () => {
  it('reminds the owners and signatories of both parties once, six months before, and is in the feed', async () => {
    const toOmbudsman = await mailTo('ombudsman', 'id');
    const toWalikota = await mailTo('walikota', 'en');
    // An editor with an address: not an owner or signatory, so not reminded.
    const toPemkot = await mailTo('pemkot', 'id');

    const both = [cookies.ombudsman, cookies.pemkot];
    const signed = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks', title });
    const finalOnly = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, {
      kind: 'pks',
      title: 'PKS yang belum ditandatangani',
    });
    await finaliseAgreed(demo.server, both, signed.id);
    await finaliseAgreed(demo.server, both, finalOnly.id);
    const signing = await demo.server.api(`/api/documents/${signed.id}/sign`, {
      cookie: cookies.ombudsman,
      method: 'POST',
      body: { date: '2025-06-23', place: 'Kota Jambi' },
    });
    expect(signing.status, JSON.stringify(signing.body)).toBe(200);
    signedId = signed.id;

    await until('both e-mails', () => ours().length >= 2);
    // Many more ticks: nothing else goes out (no second copy, nothing for the final document).
    await new Promise((r) => setTimeout(r, 2500));
    expect(ours().map((m) => m.to)).toEqual(expect.arrayContaining([[toOmbudsman], [toWalikota]]));
    expect(ours()).toHaveLength(2);
    expect(mailbox.to(toPemkot)).toEqual([]);

    const [id] = mailbox.to(toOmbudsman);
    expect(id!.subject).toBe(`Pengingat: jangka waktu "${title}" berakhir Sabtu, 22 Juni 2030`);
    expect(id!.text.indexOf('Yth. ')).toBeLessThan(id!.text.indexOf('Dear '));
    expect(id!.text).toContain(
      'ditandatangani Senin, 23 Juni 2025, berakhir pada Sabtu, 22 Juni 2030 (enam bulan lagi)',
    );
    expect(id!.text).toContain('adendum atau perjanjian perpanjangan');
    const [en] = mailbox.to(toWalikota);
    expect(en!.subject).toBe(`Reminder: the term of "${title}" ends on Saturday, 22 June 2030`);
    expect(en!.text.indexOf('Dear ')).toBeLessThan(en!.text.indexOf('Yth. '));
    expect(en!.text).toContain('ends on Saturday, 22 June 2030 (in six months)');
    expect(en!.text).toContain('an addendum or a renewal');

    // The bell: the owner and the signatory have it once; the editor and the viewer have none.
    for (const who of ['ombudsman', 'walikota'] as const) {
      const items = (await bell(who)).filter(
        (n) => n.kind === 'agreement.term_end' && n.payload.documentId === signed.id,
      );
      expect(items).toHaveLength(1);
      expect(items[0]!.payload).toMatchObject({ documentId: signed.id, endDate: '2030-06-22', notice: '6m' });
    }
    for (const who of ['pemkot', 'tamu'] as const) {
      expect(
        (await bell(who)).filter(
          (n) => n.kind === 'agreement.term_end' && n.payload.documentId === signed.id,
        ),
      ).toEqual([]);
    }

    // The feed: the signed agreement's last day as an all-day event, for any member; none for the final one.
    for (const who of ['pemkot', 'tamu'] as const) {
      const ends = (await feedEvents(who)).filter(
        (e) => e.uid.includes(signed.id) || e.uid.includes(finalOnly.id),
      );
      expect(ends.map((e) => e.uid)).toEqual([`document-${signed.id}-term-end@sepakat`]);
      expect(ends[0]!.startDate.isDate).toBe(true);
      expect(ends[0]!.startDate.toString()).toBe('2030-06-22');
      expect(ends[0]!.summary).toBe(`Berakhirnya jangka waktu: ${title}`);
      expect(ends[0]!.description).toContain(`/dokumen/${signed.id}`);
    }
  }, 180_000);

  it('reminds again one month before, after a restart, and never whom it no longer concerns', async () => {
    const before = ours().length;
    const walikota = demo.coop.members.find((m) => m.username === 'walikota')!;
    const unsigned = await demo.server.api(`/api/cooperations/${demo.coop.id}/members/${walikota.userId}`, {
      method: 'PATCH',
      cookie: cookies.ombudsman,
      body: { signatory: false },
    });
    expect(unsigned.status, JSON.stringify(unsigned.body)).toBe(200);

    // 08:30 WIB on Wednesday 22 May 2030: the one-month notice is due, the six-month one long gone.
    env.SEPAKAT_REMINDER_CLOCK = '2030-05-22T01:30:00Z';
    await demo.server.restart();
    await demo.login();

    await until('the one-month e-mail', () => ours().length > before);
    await new Promise((r) => setTimeout(r, 2500));
    const mails = ours().slice(before);
    expect(mails.map((m) => m.to)).toEqual([['ombudsman@sepakat.test']]);
    expect(mails[0]!.text).toContain('berakhir pada Sabtu, 22 Juni 2030 (satu bulan lagi)');
    expect(mails[0]!.messageId).not.toBe(mailbox.to('ombudsman@sepakat.test')[0]!.messageId);

    // The Wali Kota no longer signs: the reminders scheduled for them end cancelled, with the reason.
    const res = await demo.server.api<{ reminders: ReminderDTO[] }>(
      `/api/cooperations/${demo.coop.id}/reminders`,
      { cookie: cookies.ombudsman },
    );
    const theirs = res.body.reminders.filter(
      (r) => r.kind === 'agreement.term_end' && r.userId === walikota.userId && r.subjectId === signedId,
    );
    expect(theirs.map((r) => [r.occurrence, r.channel, r.state]).sort()).toEqual([
      ['2030-06-22/1m', 'app', 'cancelled'],
      ['2030-06-22/1m', 'email', 'cancelled'],
      ['2030-06-22/6m', 'app', 'sent'],
      ['2030-06-22/6m', 'email', 'sent'],
    ]);
    expect(theirs.find((r) => r.state === 'cancelled')!.lastError).toBe(
      'the recipient is no longer an owner or signatory',
    );
  }, 180_000);
});
