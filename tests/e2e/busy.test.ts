import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { demoMouEditor } from './editorPage.ts';

/** From now on, notes in the page whether the top progress bar was ever shown. */
async function watchBusyBar(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { busySeen: boolean; busyWatch?: MutationObserver };
    w.busySeen = !!document.querySelector('.busy-bar');
    w.busyWatch?.disconnect();
    w.busyWatch = new MutationObserver(() => {
      if (document.querySelector('.busy-bar')) w.busySeen = true;
    });
    w.busyWatch.observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { busySeen: boolean }).busySeen);
}

/** The longest stretch of time during which at least one of `spans` was running, in ms. */
function longestBusy(spans: [number, number][]): number {
  let longest = 0;
  let current: [number, number] | null = null;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (current && start <= current[1]) current[1] = Math.max(current[1], end);
    else current = [start, end];
    longest = Math.max(longest, current[1] - current[0]);
  }
  return longest;
}

const bar = (page: Page) => page.getByRole('progressbar', { name: 'Memproses…' });

/**
 * Work that takes longer than 300 ms shows: the thin bar at the top of the window and the
 * clicked item saying "Memproses…"; quick work shows nothing. The Word export is slowed by a
 * second in the browser (the server answers as usual), as a large document or a busy server would.
 */
describe('signs of work under way, in Chromium', () => {
  const editor = demoMouEditor();

  it('shows the top bar and a busy menu item while a slow export runs, and neither after', async () => {
    const { page } = editor.user;
    await page.route('**/export.docx', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Unduh Word' }).click();
    const item = page.getByRole('menuitem', { name: 'Salinan kerja' });
    const download = page.waitForEvent('download', { timeout: 30_000 });
    const started = Date.now();
    await item.click();
    await bar(page).waitFor({ timeout: 900 });
    const busyItem = page.locator('.export-menu [role="menuitem"][aria-busy="true"]');
    expect(await busyItem.textContent()).toBe('Memproses…');
    expect(await busyItem.getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'e2e-busy-export');

    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    await bar(page).waitFor({ state: 'detached', timeout: 5_000 });
    // The menu closes once the file has arrived.
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.unroute('**/export.docx');
  });

  it('shows nothing for a quick action', async () => {
    const { page } = editor.user;
    // When each API request of the action ran (the event stream never ends: not counted).
    const spans: [number, number][] = [];
    const timed = (request: Request) => {
      const { startTime, responseEnd } = request.timing();
      if (request.url().includes('/api/') && !request.url().endsWith('/events'))
        spans.push([startTime, startTime + responseEnd]);
    };
    page.on('requestfinished', timed);
    const seen = await watchBusyBar(page);
    await page.getByRole('checkbox', { name: /^Setujui Pasal 1 untuk/ }).click();
    // The approval and the document read after it.
    await page.waitForSelector('.outline-clause:first-child .state-dot.approved');
    await page.waitForTimeout(500);
    page.off('requestfinished', timed);
    expect(spans.length).toBeGreaterThanOrEqual(2);
    const slowest = longestBusy(spans);
    console.info(`the quick action's requests ran for ${Math.round(slowest)} ms in one stretch`);
    // On a loaded machine they may run longer: then the bar must have shown.
    if (slowest < 250) expect(await seen()).toBe(false);
    else if (slowest > 400) expect(await seen()).toBe(true);
  });
});
