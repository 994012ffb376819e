import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';

/**
 * Kalender from the user menu: a secret feed address is made and shown once, the calendar
 * client's request (no cookie) gets the .ics, and after "Cabut alamat" the address answers 404.
 */
describe('the calendar feed, in Chromium', () => {
  const e2e = e2eSession();
  let user: BrowserUser;

  beforeAll(async () => {
    user = await e2e.browser('pemkot');
  });

  it('makes, shows once and revokes the address', async () => {
    const { page } = user;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    await page.getByRole('button', { name: /^Menu pengguna/ }).click();
    await page.getByRole('menuitem', { name: 'Kalender' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kalender langganan' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('belum memiliki');

    await dialog.getByRole('button', { name: 'Buat alamat kalender' }).click();
    const field = dialog.getByTestId('calendar-feed-url');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    await screenshot(page, 'e2e-calendar-feed');

    const subscribed = await fetch(url);
    expect(subscribed.status).toBe(200);
    expect(await subscribed.text()).toContain('BEGIN:VCALENDAR');

    // Shown once: opened again, the dialog says only since when the address is live.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Menu pengguna/ }).click();
    await page.getByRole('menuitem', { name: 'Kalender' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('aktif sejak');
    expect(await dialog.getByTestId('calendar-feed-url').count()).toBe(0);

    await dialog.getByRole('button', { name: 'Cabut alamat' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('belum memiliki');
    expect((await fetch(url)).status).toBe(404);
  });
});
