import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserUser } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';

/** Small things a newcomer noticed: the skip link's words and overdue follow-ups in red. */
describe('skip link and overdue badges in Chromium', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let cooperationId = '';

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    cooperationId = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0].id;
    user = await e2e.browser({ cookie });
  });

  it('the skip link says where it goes, and the demo follow-ups past their date are marked in red', async () => {
    const { page } = user;
    await page.goto(`/k/${cooperationId}/tindak-lanjut`);
    expect(await page.locator('.skip-link').textContent()).toBe('Lewati ke konten');
    const overdue = page.locator('.badge.overdue').first();
    await overdue.waitFor();
    expect(await overdue.textContent()).toBe('Lewat tenggat');
    // --warn (#b42318), not the grey of other badges.
    expect(await overdue.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(180, 35, 24)');
  });
});
