import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { ReminderDTO } from '../../shared/api/notifications.ts';
import { obligationPath } from '../../shared/pages.ts';
import { LAPTOP, PHONE, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { type BuiltUser, buildCooperation, buildMember, buildUser } from '../support/factories.ts';

/**
 * The Pelaksanaan tab's e-mail reminders while the mail server is down (nothing listens on
 * port 1): a follow-up due today (the worker's clock starts on 9 December 2026 at 10:00 WIB)
 * fails to go out, stays pending, and its owner reads it as retried, with the attempt and error.
 */
describe('e-mail reminders on the Pelaksanaan tab, in Chromium', () => {
  const e2e = e2eSession({
    env: {
      SEPAKAT_SEED_DEMO: '0',
      SEPAKAT_SMTP_URL: 'smtp://127.0.0.1:1',
      SEPAKAT_MAIL_FROM: 'Sepakat Uji <pengingat@sepakat.test>',
      SEPAKAT_REMINDER_TICK_MS: '150',
      SEPAKAT_REMINDER_CLOCK: '2026-12-09T03:00:00Z',
    },
  });
  let coop: CooperationDTO;
  let owner: BuiltUser;
  let pic: BuiltUser;

  beforeAll(async () => {
    owner = await buildUser(e2e.server, { displayName: 'Pemilik Uji' });
    coop = await buildCooperation(e2e.server, owner.cookie, { title: 'Kerja Sama Pengingat' });
    pic = await buildMember(e2e.server, owner.cookie, coop, 'editor');
    const settings = await e2e.server.api('/api/me/notification-settings', {
      method: 'PUT',
      cookie: pic.cookie,
      body: { email: 'penghubung@pemkot.test', language: 'id', emailMode: 'each' },
    });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const made = await e2e.server.api(`/api/cooperations/${coop.id}/actions`, {
      cookie: owner.cookie,
      body: {
        text: 'Kirim daftar penghubung OPD',
        personInCharge: { userId: pic.user.id },
        dueDate: '2026-12-09',
      },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    // The worker tries the e-mail on its next tick and keeps it pending for a later attempt.
    const tried = async () =>
      (
        await e2e.server.api<{ reminders: ReminderDTO[] }>(`/api/cooperations/${coop.id}/reminders`, {
          cookie: owner.cookie,
        })
      ).body.reminders.some((r) => r.channel === 'email' && r.state === 'pending' && r.attempts > 0);
    const deadline = Date.now() + 30_000;
    while (!(await tried())) {
      if (Date.now() > deadline) throw new Error(`no failed attempt\n${e2e.server.output().slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 90_000);

  it('shows the owner the pending e-mail as retried, at laptop and phone width', async () => {
    const { page } = await e2e.browser({ cookie: owner.cookie });
    for (const [size, name] of [
      [LAPTOP, 'laptop'],
      [PHONE, 'phone'],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(obligationPath(coop.id));
      const section = page.getByRole('region', { name: 'Pengingat e-mail' });
      const row = section.getByRole('listitem');
      await expect.poll(() => row.count()).toBe(1);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(`Tindak lanjut · ${pic.user.displayName}`);
      expect(text).toMatch(/dicoba lagi .+ \(percobaan ke-\d+: .*ECONNREFUSED.*\)/);
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, `reminder-status-${name}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });
});
