import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { NotificationDTO, ReminderDTO } from '../../shared/api/notifications.ts';
import { type BuiltUser, buildCooperation, buildMember, buildUser } from '../support/factories.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { distinctIds, Mailbox, waitFor } from './remindersMailbox.ts';

/**
 * Reminders of follow-ups' due dates, delivered in the app and by e-mail through a real SMTP
 * server on loopback, against the real server process. The worker's clock starts on Wednesday
 * 9 December 2026 at 10:00 WIB (SEPAKAT_REMINDER_CLOCK) and ticks every 150 ms, so that
 * reminders of 08:00 that day are due at once and those of the next day are not.
 */
const CLOCK = '2026-12-09T03:00:00Z';
const BACKOFF_MS = 300;
const BACKOFF_MAX_MS = 4000;

let server: TestServer;
let mailbox: Mailbox;
let owner: BuiltUser;
let coop: CooperationDTO;
let made = 0;

beforeAll(async () => {
  mailbox = await Mailbox.create();
  await mailbox.up();
  server = await startServer({
    env: {
      SEPAKAT_SEED_DEMO: '0',
      SEPAKAT_SMTP_URL: mailbox.url,
      SEPAKAT_MAIL_FROM: 'Sepakat Uji <pengingat@sepakat.test>',
      SEPAKAT_PUBLIC_URL: 'https://sepakat.kota.test/',
      SEPAKAT_REMINDER_TICK_MS: '150',
      SEPAKAT_REMINDER_BACKOFF_MS: String(BACKOFF_MS),
      SEPAKAT_REMINDER_BACKOFF_MAX_MS: String(BACKOFF_MAX_MS),
      SEPAKAT_REMINDER_CLOCK: CLOCK,
    },
  });
  owner = await buildUser(server, { displayName: 'Pemilik Uji' });
  coop = await buildCooperation(server, owner.cookie, { title: 'Kerja Sama Pengingat' });
}, 120_000);

afterAll(async () => {
  await server?.dispose();
  await mailbox?.down();
});

/** A member of party 2 who set where and in which language reminders reach them (no address: app only). */
async function person(name: string, language: 'id' | 'en', email: string, cooperation = coop) {
  const built = await buildMember(server, owner.cookie, cooperation, 'editor');
  const res = await server.api('/api/me/notification-settings', {
    method: 'PUT',
    cookie: built.cookie,
    body: { email, language, emailMode: 'each' },
  });
  expect(res.status).toBe(200);
  return { ...built, email, name };
}

/** A follow-up of the cooperation with a member in charge and a due date. */
async function followUp(
  picUserId: string,
  dueDate: string,
  state: 'open' | 'done' = 'open',
  cooperation = coop,
) {
  const res = await server.api(`/api/cooperations/${cooperation.id}/actions`, {
    cookie: owner.cookie,
    body: { text: `Tindak lanjut uji ${++made}`, personInCharge: { userId: picUserId }, dueDate, state },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.action as { id: string; text: string };
}

const reminders = async (cookie = owner.cookie, cooperation = coop) =>
  (
    await server.api<{ reminders: ReminderDTO[] }>(`/api/cooperations/${cooperation.id}/reminders`, {
      cookie,
    })
  ).body.reminders;

const bell = async (cookie: string) =>
  (
    await server.api<{ unread: number; notifications: NotificationDTO[] }>('/api/me/notifications', {
      cookie,
    })
  ).body;

const until = (what: string, check: () => boolean | Promise<boolean>, ms?: number) =>
  waitFor(server, what, check, ms);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reminders of follow-ups', () => {
  it('reach the person in charge once, by e-mail in their language first and in the bell', async () => {
    const ani = await person('Ani', 'id', 'ani@pemkot.test');
    const ben = await person('Ben', 'en', 'ben@pemkot.test');
    const citra = await person('Citra', 'id', '');
    // Due Thursday: reminded today (one working day before), not yet on the day.
    const tomorrow = await followUp(ani.user.id, '2026-12-10');
    // Due today: reminded today; the day before has passed and is not sent late.
    const today = await followUp(ben.user.id, '2026-12-09');
    // No address: the app only.
    await followUp(citra.user.id, '2026-12-09');
    // Due Monday: reminded on Friday, not now.
    await followUp(ani.user.id, '2026-12-14');
    // Due Monday 28 December: the working day before is Wednesday 23 (24 is cuti bersama, 25 Christmas).
    await followUp(ani.user.id, '2026-12-28');
    // Done: never reminded.
    await followUp(ani.user.id, '2026-12-09', 'done');

    await until('both e-mails', () => mailbox.received.length >= 2);
    // A dozen more ticks: nothing else goes out.
    await pause(2000);
    expect(mailbox.received.map((m) => m.to)).toEqual(expect.arrayContaining([[ani.email], [ben.email]]));
    expect(mailbox.received).toHaveLength(2);

    const [toAni] = mailbox.to(ani.email);
    expect(toAni!.user).toBe('sepakat');
    expect(toAni!.from).toContain('pengingat@sepakat.test');
    expect(toAni!.subject).toBe('Pengingat: tindak lanjut jatuh tempo Kamis, 10 Desember 2026');
    expect(toAni!.messageId).toMatch(/^<reminder\.[0-9a-f]{40}@sepakat\.test>$/);
    // Indonesian first, then English, with the text, the cooperation and the zone.
    const body = toAni!.text;
    expect(body.indexOf('Yth. ')).toBeLessThan(body.indexOf('Dear '));
    expect(body).toContain(tomorrow.text);
    expect(body).toContain('"Kerja Sama Pengingat"');
    expect(body).toContain('Kamis, 10 Desember 2026 (WIB)');
    expect(body).toContain('Thursday, 10 December 2026 (WIB)');
    // It ends with the link to the page it is about, at the public address.
    expect(body).toMatch(
      /\nBuka di Sepakat \/ Open in Sepakat: https:\/\/sepakat\.kota\.test\/k\/[^/\s]+\/tindak-lanjut\n$/,
    );

    const [toBen] = mailbox.to(ben.email);
    expect(toBen!.subject).toBe('Reminder: follow-up due today, Wednesday, 9 December 2026');
    expect(toBen!.text.indexOf('Dear ')).toBeLessThan(toBen!.text.indexOf('Yth. '));
    expect(toBen!.text).toContain(today.text);

    // The bell: one unread item each, Citra's too.
    for (const [p, subject] of [
      [ani, tomorrow.id],
      [ben, today.id],
    ] as const) {
      const b = await bell(p.cookie);
      expect(b.unread).toBe(1);
      expect(b.notifications[0]).toMatchObject({ kind: 'action.due', payload: { actionId: subject } });
    }
    expect((await bell(citra.cookie)).unread).toBe(1);
    const read = await server.api('/api/me/notifications/read', { cookie: citra.cookie, body: {} });
    expect(read.body).toEqual({ unread: 0 });

    // What is pending is listed with its time: Ani's reminder on the day and Monday's on Friday.
    const anis = await reminders(ani.cookie);
    expect(anis.every((r) => r.userId === ani.user.id)).toBe(true);
    const pendingAni = anis
      .filter((r) => r.state === 'pending')
      .map((r) => [r.occurrence, r.channel, r.dueAt]);
    expect(pendingAni).toEqual(
      expect.arrayContaining([
        ['2026-12-10/day', 'app', '2026-12-10T01:00:00.000Z'],
        ['2026-12-10/day', 'email', '2026-12-10T01:00:00.000Z'],
        ['2026-12-14/before', 'email', '2026-12-11T01:00:00.000Z'],
        ['2026-12-14/day', 'app', '2026-12-14T01:00:00.000Z'],
        ['2026-12-28/before', 'email', '2026-12-23T01:00:00.000Z'],
      ]),
    );
    expect(pendingAni).toHaveLength(10);
    // The owner sees everyone's; nothing for the done follow-up, nothing late for Ben's.
    const all = await reminders();
    expect(all.filter((r) => r.state === 'sent')).toHaveLength(5);
    expect(all.some((r) => r.occurrence === '2026-12-09/before')).toBe(false);
  }, 120_000);

  it("fall on the day and hour of the cooperation's time zone (WIT)", async () => {
    const papua = await buildCooperation(server, owner.cookie, { title: 'Kerja Sama Jayapura' });
    const zone = await server.api(`/api/cooperations/${papua.id}/settings`, {
      method: 'PATCH',
      cookie: owner.cookie,
      body: { timeZone: 'WIT' },
    });
    expect(zone.status).toBe(200);
    const gita = await person('Gita', 'id', 'gita@jayapura.test', papua);
    // 12:00 WIT on Wednesday: Thursday's reminder of the day before went at 08:00 WIT (23:00 UTC Tuesday).
    await followUp(gita.user.id, '2026-12-10', 'open', papua);
    await until('the e-mail', () => mailbox.to(gita.email).length >= 1);
    expect(mailbox.to(gita.email)[0]!.text).toContain('Kamis, 10 Desember 2026 (WIT)');
    const mine = await reminders(gita.cookie, papua);
    expect(mine.map((r) => [r.occurrence, r.channel, r.dueAt, r.state]).sort()).toEqual([
      ['2026-12-10/before', 'app', '2026-12-08T23:00:00.000Z', 'sent'],
      ['2026-12-10/before', 'email', '2026-12-08T23:00:00.000Z', 'sent'],
      ['2026-12-10/day', 'app', '2026-12-09T23:00:00.000Z', 'pending'],
      ['2026-12-10/day', 'email', '2026-12-09T23:00:00.000Z', 'pending'],
    ]);
  }, 120_000);

  it('arrive exactly once when the server is killed while they are due and started again', async () => {
    const dewi = await person('Dewi', 'id', 'dewi@pemkot.test');
    const eko = await person('Eko', 'en', 'eko@pemkot.test');
    const before = mailbox.received.length;
    // Hold the first message's answer: the SMTP server has it, Sepakat has not heard back.
    let release!: () => void;
    const held = mailbox.holdNext(new Promise<void>((r) => (release = r)));
    const items = [];
    for (let i = 0; i < 3; i++) {
      items.push(await followUp(dewi.user.id, '2026-12-09'));
      items.push(await followUp(eko.user.id, '2026-12-09'));
    }
    await held;
    const inFlight = await reminders();
    expect(inFlight.filter((r) => r.channel === 'email' && r.state === 'sending').length).toBeGreaterThan(0);
    await server.kill('SIGKILL');
    release();
    await server.restart();

    await until('six reminders', () => distinctIds(mailbox.received.slice(before)).size >= 6);
    await pause(2000);
    const mails = mailbox.received.slice(before);
    // As the recipients see them (one message per Message-ID): each follow-up exactly once.
    expect(distinctIds(mails).size).toBe(6);
    for (const item of items) {
      expect(mails.filter((m) => m.text.includes(`${item.text}\n`)).map((m) => m.messageId)).toSatisfy(
        (ids: string[]) => new Set(ids).size === 1,
      );
    }
    // On the wire: the one the SMTP server accepted as the process died went again, with the
    // same Message-ID; every other exactly once.
    const copies = [...distinctIds(mails)].map((id) => mails.filter((m) => m.messageId === id).length).sort();
    expect(copies).toEqual([1, 1, 1, 1, 1, 2]);
    expect(distinctIds(mailbox.to(dewi.email).slice())).toHaveProperty('size', 3);
    expect(distinctIds(mailbox.to(eko.email).slice())).toHaveProperty('size', 3);

    const all = await reminders();
    const ours = all.filter((r) => r.userId === dewi.user.id || r.userId === eko.user.id);
    expect(ours.map((r) => r.state)).toEqual(Array(12).fill('sent'));
    // The bell holds each reminder once though the process died during the round.
    expect((await bell(dewi.cookie)).notifications).toHaveLength(3);
    expect((await bell(eko.cookie)).notifications).toHaveLength(3);
  }, 180_000);

  it('wait while the SMTP server is down, retried with a growing backoff and shown as pending, then arrive once', async () => {
    const fajar = await person('Fajar', 'id', 'fajar@pemkot.test');
    await mailbox.down();
    const item = await followUp(fajar.user.id, '2026-12-09');
    const seen: ReminderDTO[] = [];
    const emailJob = async () => (await reminders(fajar.cookie)).find((r) => r.channel === 'email');
    // Sampled between attempts (not while one is in flight): pending, with the last error.
    const pairs = () => seen.filter((s) => seen.some((t) => t.attempts === s.attempts + 1)).length;
    await until(
      'two waits between failed attempts',
      async () => {
        const job = await emailJob();
        if (job?.state === 'pending' && job.attempts > 0 && !seen.some((s) => s.attempts === job.attempts)) {
          seen.push(job);
        }
        return pairs() >= 2;
      },
      30_000,
    );
    for (const job of seen) expect(job.lastError).toMatch(/ECONNREFUSED|connect/i);
    // Each wait doubles up to the longest: the attempt after attempt n waits base x 2^n (capped) after it.
    const byAttempt = new Map(seen.map((s) => [s.attempts, Date.parse(s.nextAttemptAt)]));
    for (const [n, at] of byAttempt) {
      const next = byAttempt.get(n + 1);
      if (next === undefined) continue;
      const wait = Math.min(BACKOFF_MAX_MS, BACKOFF_MS * 2 ** n);
      expect(next - at, `wait after attempt ${n + 1}`).toBeGreaterThanOrEqual(wait);
    }
    expect(mailbox.to(fajar.email)).toHaveLength(0);
    // The app did not wait for the mail.
    expect((await bell(fajar.cookie)).unread).toBe(1);

    await mailbox.up();
    await until('the e-mail', () => mailbox.to(fajar.email).length >= 1, 20_000);
    await pause(1500);
    const got = mailbox.to(fajar.email);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toContain(item.text);
    const job = await emailJob();
    expect(job).toMatchObject({ state: 'sent', lastError: '' });
    expect(job!.attempts).toBeGreaterThanOrEqual(4);
  }, 120_000);
  it('are cancelled, not sent, when the follow-up is done or moved before they go out', async () => {
    const hadi = await person('Hadi', 'id', 'hadi@pemkot.test');
    await mailbox.down();
    const done = await followUp(hadi.user.id, '2026-12-09');
    const moved = await followUp(hadi.user.id, '2026-12-09');
    await until('both e-mails to wait for the SMTP server', async () => {
      const mine = await reminders(hadi.cookie);
      return (
        mine.filter((r) => r.channel === 'email' && r.state === 'pending' && r.attempts > 0).length === 2
      );
    });
    const patch = async (id: string, body: object) =>
      expect(
        (await server.api(`/api/actions/${id}`, { method: 'PATCH', cookie: owner.cookie, body })).status,
      ).toBe(200);
    await patch(done.id, { state: 'done' });
    await patch(moved.id, { dueDate: '2026-12-10' });
    await mailbox.up();
    // The moved one is reminded today for tomorrow, under its new occurrence; nothing else goes.
    await until('the moved reminder', () => mailbox.to(hadi.email).length >= 1, 20_000);
    await pause(1500);
    const got = mailbox.to(hadi.email);
    expect(got).toHaveLength(1);
    expect(got[0]!.subject).toBe('Pengingat: tindak lanjut jatuh tempo Kamis, 10 Desember 2026');
    const mine = await reminders(hadi.cookie);
    const state = (subject: string, occurrence: string) =>
      mine
        .filter((r) => r.subjectId === subject && r.occurrence === occurrence && r.channel === 'email')
        .map((r) => [r.state, r.lastError]);
    expect(state(done.id, '2026-12-09/day')).toEqual([
      ['cancelled', 'the follow-up is done, cancelled or deleted'],
    ]);
    expect(state(moved.id, '2026-12-09/day')).toEqual([['cancelled', 'the due date moved to 2026-12-10']]);
    expect(state(moved.id, '2026-12-10/before')).toEqual([['sent', '']]);
  }, 120_000);
});
