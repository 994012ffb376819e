import { expect, it } from 'vitest';
import type { CreatedAmendmentResponse } from '../../shared/api/amendments.ts';
import type { NotificationDTO, ReminderDTO } from '../../shared/api/notifications.ts';
import { approveAll, finaliseAgreed, setMeta, typeOverBlanks } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';

/**
 * A signed renewal ends the term-end reminders of the agreement it renews. The agreement is
 * signed on 23 June 2025 for 5 years (last day 22 June 2030); the worker's clock starts at
 * 08:30 WIB on 22 December 2029, just past the six-month notice, and the server restarts at
 * 08:30 WIB on 22 May 2030, when the one-month notice is due. No SMTP server: the bell only.
 */
const env: Record<string, string> = {
  SEPAKAT_REMINDER_TICK_MS: '150',
  SEPAKAT_REMINDER_CLOCK: '2029-12-22T01:30:00Z',
};
const demo = demoSession(['ombudsman', 'pemkot'], { env });
const { cookies } = demo;
const both = () => [cookies.ombudsman, cookies.pemkot];

async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${demo.server.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function sign(documentId: string, date: string) {
  const res = await demo.server.api(`/api/documents/${documentId}/sign`, {
    cookie: cookies.ombudsman,
    body: { date, place: 'Kota Jambi' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const termEndsOf = async (documentId: string) =>
  (
    await demo.server.api<{ notifications: NotificationDTO[] }>('/api/me/notifications', {
      cookie: cookies.ombudsman,
    })
  ).body.notifications.filter((n) => n.kind === 'agreement.term_end' && n.payload.documentId === documentId);

const remindersOf = async (documentId: string) =>
  (
    await demo.server.api<{ reminders: ReminderDTO[] }>(`/api/cooperations/${demo.coop.id}/reminders`, {
      cookie: cookies.ombudsman,
    })
  ).body.reminders.filter((r) => r.kind === 'agreement.term_end' && r.subjectId === documentId);

it('stops reminding of an agreement’s term once a renewal of it is signed', async () => {
  const old = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, {
    kind: 'pks',
    title: 'PKS yang diperpanjang',
  });
  await finaliseAgreed(demo.server, both(), old.id);
  await sign(old.id, '2025-06-23');
  await until('the six-month notice in the bell', async () => (await termEndsOf(old.id)).length === 1);

  // The renewal, signed a year later: its own term ends in 2031, nothing of it is due in 2030.
  const made = await demo.server.api<CreatedAmendmentResponse>(`/api/documents/${old.id}/amendments`, {
    cookie: cookies.pemkot,
    body: { kind: 'renewal' },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const renewal = made.body.document.id;
  await setMeta(demo.server, cookies.ombudsman, renewal, { date: '2026-06-23', place: 'Kota Jambi' });
  await typeOverBlanks(demo.server, cookies.ombudsman, renewal);
  await approveAll(demo.server, both(), renewal);
  const finalised = await demo.server.api(`/api/documents/${renewal}/finalize`, {
    cookie: cookies.ombudsman,
    method: 'POST',
  });
  expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
  await sign(renewal, '2026-06-23');
  const pending = (await remindersOf(old.id)).filter((r) => r.occurrence === '2030-06-22/1m');
  expect(pending.length).toBeGreaterThan(0);
  expect(pending.every((r) => r.state === 'pending')).toBe(true);

  env.SEPAKAT_REMINDER_CLOCK = '2030-05-22T01:30:00Z';
  await demo.server.restart();
  await demo.login();

  await until('the one-month notices ended', async () =>
    (await remindersOf(old.id))
      .filter((r) => r.occurrence === '2030-06-22/1m')
      .every((r) => r.state !== 'pending' && r.state !== 'sending'),
  );
  const ended = (await remindersOf(old.id)).filter((r) => r.occurrence === '2030-06-22/1m');
  expect(ended.map((r) => [r.state, r.lastError])).toEqual(
    ended.map(() => ['cancelled', 'the agreement is no longer signed, is renewed or has no term']),
  );
  expect((await termEndsOf(old.id)).map((n) => n.payload.notice)).toEqual(['6m']);
  // The renewal's own term is reminded in its time, not now.
  expect(await termEndsOf(renewal)).toEqual([]);
  expect((await remindersOf(renewal)).map((r) => r.occurrence)).toContain('2031-06-22/6m');
}, 240_000);
