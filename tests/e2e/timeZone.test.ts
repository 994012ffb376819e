import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { pointInDemoMeeting } from './demoMeeting.ts';

/** "15.20" for an instant, `offset` hours after UTC, as Indonesian times are written. */
const clockAt = (iso: string, offset: number) => {
  const d = new Date(Date.parse(iso) + offset * 3_600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}.${String(d.getUTCMinutes()).padStart(2, '0')}`;
};

/**
 * Times follow the cooperation's zone, not the browser's: the browser runs outside it, the point's
 * time shows in WIB (UTC+7) and, once the owner sets the cooperation to WITA, one hour later
 * with "WITA" after it, on the points tab and in the meeting room.
 */
describe("times in the cooperation's zone", () => {
  const e2e = e2eSession();
  let owner: BrowserUser;
  let cooperationId: string;
  let roomPath: string;
  let createdAt: string;

  beforeAll(async () => {
    const demo = await pointInDemoMeeting(e2e.server, 'Jam poin menurut zona kerja sama');
    ({ cooperationId, roomPath } = demo);
    createdAt = demo.point.createdAt;
    owner = await e2e.browser({ cookie: demo.cookie });
  });

  it('shows WIB by default and WITA, one hour later, once the owner chooses it', async () => {
    const page = owner.page;
    // The browser's own zone is neither: what is shown comes from the cooperation.
    expect([-420, -480]).not.toContain(await page.evaluate(() => new Date().getTimezoneOffset()));
    await page.goto(`/k/${cooperationId}/poin`);
    const card = page.locator('.point-card', { hasText: 'Jam poin menurut zona kerja sama' });
    await card.getByText(`${clockAt(createdAt, 7)} WIB`).waitFor({ timeout: 15_000 });

    await page.goto(`/k/${cooperationId}/anggota`);
    const zone = page.getByRole('combobox', { name: 'Zona waktu' });
    expect(await zone.inputValue()).toBe('WIB');
    await zone.selectOption('WITA');
    expect(await zone.inputValue()).toBe('WITA');
    await page.getByText('Zona waktu disimpan.').waitFor();
    await expect.poll(() => zone.inputValue()).toBe('WITA');
    await screenshot(page, 'time-zone-setting');

    await page.goto(`/k/${cooperationId}/poin`);
    await card.getByText(`${clockAt(createdAt, 8)} WITA`).waitFor({ timeout: 15_000 });
    expect(await card.textContent()).not.toContain('WIB');

    await page.goto(roomPath);
    const inRoom = page.locator('.meeting-points .point-card', {
      hasText: 'Jam poin menurut zona kerja sama',
    });
    await inRoom.getByText(`${clockAt(createdAt, 8)} WITA`).waitFor({ timeout: 30_000 });
    await screenshot(page, 'time-zone-room');
  });
});
