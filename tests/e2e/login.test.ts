import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserUser } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';

/** Too many wrong passwords: the login screen shows the server's 429 message, in both languages. */
describe('login rate limit in Chromium', () => {
  const e2e = e2eSession({ env: { SEPAKAT_LOGIN_RATE: '3' } });
  let user: BrowserUser;

  beforeAll(async () => {
    user = await e2e.browser();
  });

  const attempt = async () => {
    const { page } = user;
    await page.getByLabel(/Nama pengguna|Username/).fill('pemkot');
    await page.getByLabel(/Kata sandi|Password/).fill('salah-lagi');
    await page.locator('button[type="submit"]').click();
    await page.locator('#login-error').waitFor();
    await page.waitForFunction(
      () => !document.querySelector('button[type="submit"]')?.hasAttribute('disabled'),
    );
    return (await page.locator('#login-error').textContent()) ?? '';
  };

  it('says "wrong password" first, then how long to wait', async () => {
    await user.page.goto('/login');
    for (let i = 0; i < 3; i++) expect(await attempt()).toMatch(/salah/);
    expect(await attempt()).toMatch(/Terlalu banyak percobaan\. Coba lagi dalam \d+ detik/);

    await user.page.getByRole('button', { name: 'EN', exact: true }).click();
    expect(await attempt()).toMatch(/Too many attempts\. Try again in \d+ seconds/);
  });
});
