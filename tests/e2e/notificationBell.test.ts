import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { NotificationDTO, NotificationSettingsDTO } from '../../shared/api/notifications.ts';
import { type BrowserUser, LAPTOP, PHONE, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { type BuiltUser, buildCooperation, buildMember, buildUser } from '../support/factories.ts';
import { axeViolations } from './axe.ts';

/**
 * The top bar's bell over the real reminders worker: a follow-up due today reaches its person
 * in charge as a bell item (the worker's clock starts on Wednesday 9 December 2026 at 10:00 WIB,
 * past that day's 08:00 reminder, and ticks every 150 ms). The bell counts it, the panel lists
 * it without marking it read, "Tandai semua dibaca" does; a new item counts at once through the
 * person's live stream; the settings dialog saves and reads back.
 */
describe('the notification bell, in Chromium', () => {
  const e2e = e2eSession({
    env: {
      SEPAKAT_SEED_DEMO: '0',
      SEPAKAT_REMINDER_TICK_MS: '150',
      SEPAKAT_REMINDER_CLOCK: '2026-12-09T03:00:00Z',
    },
  });
  let coop: CooperationDTO;
  let owner: BuiltUser;
  let pic: BuiltUser;
  let user: BrowserUser;
  const followUpText = 'Kirim daftar penghubung OPD';

  const bell = async () =>
    (
      await e2e.server.api<{ unread: number; notifications: NotificationDTO[] }>('/api/me/notifications', {
        cookie: pic.cookie,
      })
    ).body;

  beforeAll(async () => {
    owner = await buildUser(e2e.server, { displayName: 'Pemilik Uji' });
    coop = await buildCooperation(e2e.server, owner.cookie, { title: 'Kerja Sama Lonceng' });
    pic = await buildMember(e2e.server, owner.cookie, coop, 'editor');
    const made = await e2e.server.api(`/api/cooperations/${coop.id}/actions`, {
      cookie: owner.cookie,
      body: { text: followUpText, personInCharge: { userId: pic.user.id }, dueDate: '2026-12-09' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    // The worker makes the bell item on its next tick.
    const deadline = Date.now() + 30_000;
    while ((await bell()).unread < 1) {
      if (Date.now() > deadline) throw new Error(`no bell item\n${e2e.server.output().slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    user = await e2e.browser({ cookie: pic.cookie });
  }, 90_000);

  it('counts, lists and marks read', async () => {
    const { page } = user;
    await page.setViewportSize(LAPTOP);
    await page.goto('/');
    const button = page.getByRole('button', { name: /^Notifikasi:/ });
    await expect.poll(() => button.getAttribute('aria-label')).toBe('Notifikasi: 1 belum dibaca');
    expect(await page.getByTestId('bell-count').textContent()).toBe('1');

    await button.click();
    const panel = page.getByRole('region', { name: 'Notifikasi' });
    await panel.waitFor();
    const items = panel.getByTestId('bell-item');
    await expect.poll(() => items.count()).toBe(1);
    const link = items.first().getByRole('link');
    // Chromium's Indonesian full date may write the day with two digits.
    expect(await link.textContent()).toMatch(
      new RegExp(
        `^belum dibaca: Tindak lanjut jatuh tempo hari ini, Rabu, 0?9 Desember 2026: ${followUpText}$`,
      ),
    );
    expect(await link.getAttribute('href')).toBe(`/k/${coop.id}/tindak-lanjut`);
    expect(await items.first().textContent()).toContain('Kerja Sama Lonceng');
    expect(await link.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    await screenshot(page, 'bell-panel');
    expect(await axeViolations(page)).toEqual([]);
    // Opening the panel marks nothing read.
    expect((await bell()).unread).toBe(1);

    await panel.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    await expect
      .poll(() => button.getAttribute('aria-label'))
      .toBe('Notifikasi: tidak ada yang belum dibaca');
    expect(await page.getByTestId('bell-count').count()).toBe(0);
    await expect.poll(() => link.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400');
    const after = await bell();
    expect(after.unread).toBe(0);
    expect(after.notifications[0]?.readAt).not.toBeNull();
  });

  it('saves the settings and reads them back, and shows a refusal in its words', async () => {
    const { page } = user;
    await page.setViewportSize(LAPTOP);
    await page.goto('/');
    const openSettings = async () => {
      await page.getByRole('button', { name: /^Notifikasi:/ }).click();
      await page
        .getByRole('region', { name: 'Notifikasi' })
        .getByRole('button', { name: 'Pengaturan notifikasi' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Pengaturan notifikasi' });
      await dialog.waitFor();
      return dialog;
    };
    let dialog = await openSettings();
    const email = dialog.getByLabel('Alamat e-mail');
    await expect.poll(() => email.isEnabled()).toBe(true);

    await email.fill('bukan alamat');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect((await refusal.textContent())?.trim()).not.toBe('');

    await email.fill('penghubung@pemkot.test');
    await dialog.getByLabel('Bahasa e-mail').selectOption('en');
    // A daily digest unless the person chooses otherwise; every kind by e-mail until unticked.
    const mode = dialog.getByLabel('Pengingat lewat e-mail');
    expect(await mode.inputValue()).toBe('digest');
    await dialog.getByLabel('Putaran pembahasan naskah').uncheck();
    await screenshot(page, 'bell-settings-digest');
    await mode.selectOption('off');
    await screenshot(page, 'bell-settings');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const stored = await e2e.server.api<{ settings: NotificationSettingsDTO }>(
      '/api/me/notification-settings',
      {
        cookie: pic.cookie,
      },
    );
    expect(stored.body.settings).toEqual({
      email: 'penghubung@pemkot.test',
      language: 'en',
      emailMode: 'off',
      emailKinds: ['followUps', 'obligations', 'termEnds', 'reports', 'publicReports'],
    });

    await page.reload();
    dialog = await openSettings();
    await expect.poll(() => dialog.getByLabel('Alamat e-mail').inputValue()).toBe('penghubung@pemkot.test');
    expect(await dialog.getByLabel('Bahasa e-mail').inputValue()).toBe('en');
    expect(await dialog.getByLabel('Pengingat lewat e-mail').inputValue()).toBe('off');
    expect(await dialog.getByLabel('Putaran pembahasan naskah').isChecked()).toBe(false);
    expect(await dialog.getByLabel('Tindak lanjut rapat').isChecked()).toBe(true);
  });

  it('counts a new item at once from the live stream, and on focus when the stream is down', async () => {
    const { page } = user;
    await page.setViewportSize(LAPTOP);
    await page.goto('/');
    const button = page.getByRole('button', { name: /^Notifikasi:/ });
    await expect
      .poll(() => button.getAttribute('aria-label'))
      .toBe('Notifikasi: tidak ada yang belum dibaca');
    const followUp = async (text: string) => {
      const made = await e2e.server.api(`/api/cooperations/${coop.id}/actions`, {
        cookie: owner.cookie,
        body: { text, personInCharge: { userId: pic.user.id }, dueDate: '2026-12-09' },
      });
      expect(made.status).toBe(201);
    };
    // Live: no reload, no focus, long before the minute's poll.
    await followUp('Tindak lanjut kedua');
    await expect
      .poll(() => button.getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('Notifikasi: 1 belum dibaca');
    await button.click();
    await page
      .getByRole('region', { name: 'Notifikasi' })
      .getByRole('button', { name: 'Tandai semua dibaca' })
      .click();
    await expect
      .poll(() => button.getAttribute('aria-label'))
      .toBe('Notifikasi: tidak ada yang belum dibaca');

    // The stream refused (a proxy that drops it): the bell still asks when the window regains focus.
    await page.route('**/api/me/events', (route) => route.abort());
    await page.reload();
    await expect
      .poll(() => button.getAttribute('aria-label'))
      .toBe('Notifikasi: tidak ada yang belum dibaca');
    await followUp('Tindak lanjut ketiga');
    await expect.poll(async () => (await bell()).unread, { timeout: 30_000 }).toBe(1);
    expect(await button.getAttribute('aria-label')).toBe('Notifikasi: tidak ada yang belum dibaca');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => button.getAttribute('aria-label')).toBe('Notifikasi: 1 belum dibaca');
    await page.unroute('**/api/me/events');
  });

  it('spans a phone-wide window', async () => {
    const { page } = user;
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await page.getByRole('button', { name: /^Notifikasi:/ }).click();
    const panel = page.getByRole('region', { name: 'Notifikasi' });
    await panel.waitFor();
    const box = await panel.boundingBox();
    expect(box?.x).toBe(0);
    expect(box?.width).toBe(PHONE.width);
    // The top bar still fits: nothing runs past the window's right edge.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'bell-phone');
    // The settings dialog's choices fit the phone too.
    await panel.getByRole('button', { name: 'Pengaturan notifikasi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pengaturan notifikasi' });
    await dialog.getByLabel('Putaran pembahasan naskah').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const select = await dialog.getByLabel('Pengingat lewat e-mail').boundingBox();
    expect((select?.x ?? 0) + (select?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'bell-settings-phone');
  });
});
