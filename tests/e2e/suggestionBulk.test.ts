import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { axeViolations } from './axe.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/** Within a few seconds: what "live" means for another party's change. */
const LIVE = { timeout: 10_000 };

/**
 * Deciding several suggestions at once asks first, in the one confirmation the suggestion
 * screens share: how many and what the decision does; Batal has the focus, Escape cancels and
 * focus returns to the button that asked; going ahead decides them all for both parties.
 */
describe('accepting or rejecting all suggestions asks first, in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    const ids = await demoMou(e2e.server, cookie);
    const path = `${editorPath(ids)}?panel=usulan`;
    ombudsman = await e2e.browser({ cookie });
    pemkot = await e2e.browser('pemkot');
    await Promise.all([openEditor(ombudsman.page, path), openEditor(pemkot.page, path)]);
  });

  it('asks with the count, cancels on Escape with focus back, then rejects all for everyone', async () => {
    const o = ombudsman.page;
    await o.getByRole('button', { name: 'Mode: Menyunting' }).click();
    await o.getByRole('button', { name: 'Mode: Menyarankan' }).waitFor();
    await cursorInPasal(o, 1);
    await o.keyboard.type(' serta pertukaran data');
    await cursorInPasal(o, 3);
    await o.keyboard.type(' lewat rapat triwulanan');

    const { page } = pemkot;
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("2 usulan")', LIVE);
    const acceptAll = page.getByRole('button', { name: 'Terima semua: Semua usulan' });
    await acceptAll.click();
    const asking = page.getByRole('dialog', { name: 'Terima usulan?' });
    await asking.waitFor();
    expect(await asking.textContent()).toContain('Semua usulan (2) akan diterima');
    // The safe answer has the focus: Enter does not go ahead by accident.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Batal');
    await screenshot(page, 'e2e-suggestion-bulk-confirm');
    expect(await axeViolations(page), 'the bulk confirmation').toEqual([]);

    await page.keyboard.press('Escape');
    await asking.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Terima semua: Semua usulan');
    expect(await page.getByTestId('suggestion-count').textContent()).toContain('2 usulan');

    await page.getByRole('button', { name: 'Tolak semua: Semua usulan' }).click();
    const rejecting = page.getByRole('dialog', { name: 'Tolak usulan?' });
    await rejecting.getByRole('button', { name: 'Ya, tolak 2 usulan' }).click();
    await rejecting.waitFor({ state: 'hidden' });
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("Belum ada usulan")', LIVE);
    for (const p of [page, o]) {
      await p.waitForFunction(
        () => {
          const text = document.querySelector('.sheet')?.textContent ?? '';
          return !text.includes('serta pertukaran data') && !text.includes('lewat rapat triwulanan');
        },
        undefined,
        LIVE,
      );
    }
  });
});
