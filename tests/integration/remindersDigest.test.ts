import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type {
  NotificationDTO,
  NotificationSettingsDTO,
  ReminderDTO,
} from '../../shared/api/notifications.ts';
import type { ObligationDTO, StoredProposalsResponse } from '../../shared/api/obligations.ts';
import { finaliseAgreed } from '../support/agreement.ts';
import { openEventStream } from '../support/eventStream.ts';
import {
  addMember,
  type BuiltUser,
  buildCooperation,
  buildDocument,
  buildMember,
  buildUser,
} from '../support/factories.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { distinctIds, Mailbox, waitFor } from './remindersMailbox.ts';

/**
 * The daily digest (the default way reminders are e-mailed), obligation reminders and the live
 * bell, against the real server process and a real SMTP server on loopback. The worker's clock
 * starts on Tuesday 8 December 2026 at 10:00 WIB; the server is then restarted at 07:00:05 WIB
 * on Wednesday 9 (killed once while the digest is in flight) and on Thursday 10.
 */
const mailbox = await Mailbox.create();
const env: Record<string, string> = {
  SEPAKAT_SEED_DEMO: '0',
  SEPAKAT_SMTP_URL: mailbox.url,
  SEPAKAT_MAIL_FROM: 'Sepakat Uji <pengingat@sepakat.test>',
  SEPAKAT_PUBLIC_URL: 'https://sepakat.kota.test',
  SEPAKAT_REMINDER_TICK_MS: '150',
  SEPAKAT_REMINDER_CLOCK: '2026-12-08T03:00:00Z',
};

let server: TestServer;
let owner: BuiltUser;
let coop: CooperationDTO;
/** Party 2: Ani (editor, Indonesian) and Ben (commenter, English) answer for its obligations. */
let ani: BuiltUser;
let ben: BuiltUser;
let obligations: ObligationDTO[];

beforeAll(async () => {
  await mailbox.up();
  server = await startServer({ env });
  owner = await buildUser(server, { displayName: 'Pemilik Uji' });
  coop = await buildCooperation(server, owner.cookie, { title: 'Kerja Sama Ringkasan' });
  ani = await buildMember(server, owner.cookie, coop, 'editor');
  // Each party needs a signatory to finalise: Ben signs for party 2, a commenter for party 1.
  ben = await buildUser(server, { displayName: 'Ben Signer' });
  await addMember(server, owner.cookie, coop, ben.cookie, 'commenter', 2, true);
  const signer1 = await buildUser(server);
  await addMember(server, owner.cookie, coop, signer1.cookie, 'commenter', 1, true);
  const pks = await buildDocument(server, owner.cookie, coop.id, { kind: 'pks' });
  await finaliseAgreed(server, [owner.cookie, ani.cookie], pks.id);
  const stored = await server.api<StoredProposalsResponse>(`/api/documents/${pks.id}/obligations/proposals`, {
    cookie: owner.cookie,
    method: 'POST',
    body: {},
  });
  expect(stored.status).toBe(200);
  const party2 = coop.parties.find((p) => p.ordinal === 2)!.id;
  obligations = stored.body.added.filter((o) => o.partyScope === 'party' && o.partyId === party2);
  expect(obligations.length).toBeGreaterThanOrEqual(3);
}, 120_000);

afterAll(async () => {
  await server?.dispose();
  await mailbox.down();
});

/** Takes the settings as the server gives someone who set none, with an address and a language. */
async function mailTo(who: BuiltUser, email: string, language: 'id' | 'en') {
  const fresh = await server.api<{ settings: NotificationSettingsDTO }>('/api/me/notification-settings', {
    cookie: who.cookie,
  });
  expect(fresh.body.settings.emailMode).toBe('digest');
  const res = await server.api('/api/me/notification-settings', {
    method: 'PUT',
    cookie: who.cookie,
    body: { ...fresh.body.settings, email, language },
  });
  expect(res.status).toBe(200);
}

async function confirm(o: ObligationDTO, date: string) {
  const res = await server.api(`/api/obligations/${o.id}`, {
    method: 'PATCH',
    cookie: owner.cookie,
    body: { status: 'confirmed', due: { kind: 'date', date } },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function followUp(picUserId: string, dueDate: string, text: string) {
  const res = await server.api(`/api/cooperations/${coop.id}/actions`, {
    cookie: owner.cookie,
    body: { text, personInCharge: { userId: picUserId }, dueDate, state: 'open' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

const bell = async (who: BuiltUser) =>
  (
    await server.api<{ unread: number; notifications: NotificationDTO[] }>('/api/me/notifications', {
      cookie: who.cookie,
    })
  ).body;

const reminders = async () =>
  (
    await server.api<{ reminders: ReminderDTO[] }>(`/api/cooperations/${coop.id}/reminders`, {
      cookie: owner.cookie,
    })
  ).body.reminders;

const until = (what: string, check: () => boolean | Promise<boolean>, ms?: number) =>
  waitFor(server, what, check, ms);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('obligation reminders, the daily digest and the live bell', () => {
  it('remind of an occurrence three working days ahead, live in the bell, once; the stream ends on logout', async () => {
    await mailTo(ani, 'ani@kota.test', 'id');
    await mailTo(ben, 'ben@kota.test', 'en');
    // A second session of Ani's listens, and later signs out.
    const session = await server.login(ani.user.username, 'kata-sandi-uji');
    const stream = await openEventStream(server.url, '', session, { path: '/api/me/events' });
    expect(stream.res.status).toBe(200);

    // Due Friday 11 December: three working days before is today, Tuesday 8.
    await confirm(obligations[0]!, '2026-12-11');
    const event = await stream.next('notification.created', 15_000);
    expect(event.data).toMatchObject({ kind: 'obligation.due', unread: 1 });
    expect(await bell(ani)).toMatchObject({ unread: 1 });
    // Today's digest is due at once (07:00 has passed) and holds this one reminder.
    await until(
      'the digests of 8 December',
      () => mailbox.to('ani@kota.test').length + mailbox.to('ben@kota.test').length >= 2,
    );
    await pause(1500);
    const [toAni] = mailbox.to('ani@kota.test');
    expect(mailbox.to('ani@kota.test')).toHaveLength(1);
    expect(toAni!.subject).toBe('Ringkasan pengingat Sepakat, Selasa, 8 Desember 2026: 1 pengingat');
    expect(toAni!.text).toContain('jatuh tempo Jumat, 11 Desember 2026 (WIB)');
    expect(toAni!.text).toContain(obligations[0]!.clausePath);
    // Each line has the obligation's page under it, at the public address.
    expect(toAni!.text).toMatch(
      new RegExp(`\\n {3}https://sepakat\\.kota\\.test/k/[^/\\s]+/pelaksanaan/${obligations[0]!.id}\\n`),
    );
    expect(mailbox.to('ben@kota.test')[0]!.subject).toBe('Sepakat reminders for Tuesday, 8 December 2026: 1');
    expect(mailbox.to('ben@kota.test')).toHaveLength(1);
    const items = (await bell(ani)).notifications.filter((n) => n.kind === 'obligation.due');
    expect(items.map((n) => n.payload.obligationId)).toEqual([obligations[0]!.id]);
    // The owner, of the other party, is not reminded.
    expect((await bell(owner)).unread).toBe(0);

    const out = await server.api('/api/auth/logout', { method: 'POST', cookie: session, body: {} });
    expect(out.status).toBeLessThan(300);
    expect((await stream.next('stream.ended')).data).toMatchObject({ reason: 'signed-out' });
    expect(await stream.untilEnded()).toBe(true);
    const again = await openEventStream(server.url, '', session, { path: '/api/me/events' });
    expect(again.res.status).toBe(401);
    await again.close();
    await stream.close();
  }, 120_000);

  it('sends one digest a day listing the day’s reminders, in each person’s language, exactly once across a kill', async () => {
    // Reminded on Wednesday 9: two follow-ups due Thursday 10 (one working day before) and an
    // obligation due Monday 14 (three working days before); another due then is reported done.
    await followUp(ani.user.id, '2026-12-10', 'Kirim data kependudukan bulan November');
    await followUp(ani.user.id, '2026-12-10', 'Siapkan ruang rapat koordinasi');
    await followUp(ben.user.id, '2026-12-10', 'Share the agenda of the coordination meeting');
    await confirm(obligations[1]!, '2026-12-14');
    await confirm(obligations[2]!, '2026-12-14');
    // The other party hears of the report at once in their bell.
    const ownerStream = await openEventStream(server.url, '', owner.cookie, { path: '/api/me/events' });
    const form = new FormData();
    form.append('text', 'Sudah dilaksanakan.');
    form.append('status', 'done');
    form.append('occurrence', '2026-12-14');
    const report = await fetch(`${server.url}/api/obligations/${obligations[2]!.id}/reports`, {
      method: 'POST',
      headers: { cookie: ani.cookie, origin: server.url },
      body: form,
    });
    expect(report.status, await report.text()).toBeLessThan(300);
    expect((await ownerStream.next('notification.created')).data).toMatchObject({
      kind: 'obligation.reported',
      unread: 1,
    });
    await ownerStream.close();
    const before = mailbox.received.length;

    // 07:00:05 WIB on Wednesday: the digests are due. Ani's is held as the process dies.
    env.SEPAKAT_REMINDER_CLOCK = '2026-12-09T00:00:05Z';
    let release!: () => void;
    const held = mailbox.holdNext(new Promise<void>((r) => (release = r)));
    await server.restart();
    await held;
    await server.kill('SIGKILL');
    release();
    await server.restart();
    await until('both digests', () => distinctIds(mailbox.received.slice(before)).size >= 2);
    await pause(2000);
    const mails = mailbox.received.slice(before);
    const aniMails = mails.filter((m) => m.to.includes('ani@kota.test'));
    const benMails = mails.filter((m) => m.to.includes('ben@kota.test'));
    // One digest each as the recipient sees it (one Message-ID); the one in flight went twice.
    expect(distinctIds(aniMails).size).toBe(1);
    expect(distinctIds(benMails).size).toBe(1);
    expect(mails.length).toBeLessThanOrEqual(3);
    const digest = aniMails[0]!;
    expect(digest.subject).toBe('Ringkasan pengingat Sepakat, Rabu, 9 Desember 2026: 3 pengingat');
    expect(digest.text.indexOf('Yth. ')).toBeLessThan(digest.text.indexOf('Dear '));
    expect(digest.text).toContain('Kirim data kependudukan bulan November');
    expect(digest.text).toContain('Siapkan ruang rapat koordinasi');
    expect(digest.text).toContain(obligations[1]!.clausePath);
    expect(digest.text).toContain('Senin, 14 Desember 2026 (WIB)');
    expect(digest.text).not.toContain(`${obligations[2]!.clausePath} "`);
    expect(benMails[0]!.subject).toBe('Sepakat reminders for Wednesday, 9 December 2026: 2');
    expect(benMails[0]!.text.indexOf('Dear ')).toBeLessThan(benMails[0]!.text.indexOf('Yth. '));
    expect(benMails[0]!.text).toContain('Share the agenda of the coordination meeting');

    // Every e-mail reminder of the day went in its digest; the done occurrence none at all.
    const all = await reminders();
    const ofDay = all.filter(
      (r) =>
        r.channel === 'email' && r.dueAt === '2026-12-09T01:00:00.000Z' && r.subjectId !== obligations[2]!.id,
    );
    expect(ofDay.map((r) => r.state)).toEqual(Array(5).fill('sent'));
    // Made before the report came (or not at all), the done occurrence's are never sent: its
    // Wednesday e-mail left the digest cancelled; the others wait to be cancelled when due.
    const done = all.filter((r) => r.subjectId === obligations[2]!.id);
    expect(done.filter((r) => r.state === 'sent')).toEqual([]);
    expect(
      done
        .filter((r) => r.occurrence.endsWith('/before') && r.channel === 'email')
        .every((r) => r.state === 'cancelled'),
    ).toBe(true);

    // Thursday: one more digest each, with the follow-ups due that day.
    const thursday = mailbox.received.length;
    env.SEPAKAT_REMINDER_CLOCK = '2026-12-10T00:00:05Z';
    await server.restart();
    await until('Thursday’s digests', () => distinctIds(mailbox.received.slice(thursday)).size >= 2);
    await pause(1500);
    const next = mailbox.received.slice(thursday);
    expect(next).toHaveLength(2);
    expect(next.find((m) => m.to.includes('ani@kota.test'))!.subject).toBe(
      'Ringkasan pengingat Sepakat, Kamis, 10 Desember 2026: 2 pengingat',
    );
  }, 180_000);
});
