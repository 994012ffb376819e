import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillSigning } from '../support/agreement.ts';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

/** Within a few seconds: what "live" means for the other party's browser. */
const LIVE = { timeout: 5_000 };

/** Counts the user's own clicks (trusted events only) from now on. */
async function countClicks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { clicks: number };
    w.clicks = 0;
    document.addEventListener('click', (e) => e.isTrusted && w.clicks++, true);
  });
  return () => page.evaluate(() => (window as unknown as { clicks: number }).clicks);
}

const finalise = (page: Page) => page.getByRole('button', { name: 'Finalkan dokumen' });
const blockers = (page: Page) => page.getByTestId('finalise-blockers');

/**
 * In two browsers on the demo MoU: "Finalkan" is disabled with its reasons; each party approves
 * every Pasal and part from one button and a review list, in at most three clicks; the other
 * party sees it live; once both parties agree and the checklist is complete, "Finalkan" opens.
 */
describe('approving everything at once in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let ids: { cooperationId: string; documentId: string };
  let cookie: string;
  let pasal: number;

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    const pemkotCookie = await e2e.server.login('pemkot');
    ids = await demoMou(e2e.server, cookie);
    const doc = (await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie })).body.document;
    pasal = doc.clauses.length;
    ombudsman = await e2e.browser({ cookie });
    pemkot = await e2e.browser({ cookie: pemkotCookie });
    const path = `${editorPath(ids)}?panel=persetujuan`;
    await Promise.all([openEditor(ombudsman.page, path), openEditor(pemkot.page, path)]);
  });

  it('shows why the document cannot be finalised yet, on a disabled button', async () => {
    for (const { page } of [ombudsman, pemkot]) {
      await blockers(page).waitFor();
      expect(await finalise(page).isDisabled()).toBe(true);
      const reasons = await blockers(page).textContent();
      expect(reasons).toContain(`0 dari ${pasal} Pasal disepakati`);
      expect(reasons).toContain('Tempat dan tanggal belum diisi');
    }
    await blockers(ombudsman.page).scrollIntoViewIfNeeded();
    await screenshot(ombudsman.page, 'e2e-finalise-blockers');
  });

  it('approves every Pasal and part for one party in at most three clicks, seen live by the other party', async () => {
    // The checklist wants the date and place of signing; each browser sees them arrive.
    await fillSigning(e2e.server, cookie, ids.documentId);
    for (const { page } of [ombudsman, pemkot]) {
      await page.waitForFunction(
        () => !document.querySelector('[data-testid="finalise-blockers"]')?.textContent?.includes('Tempat'),
        undefined,
        LIVE,
      );
    }

    const clicks = await countClicks(ombudsman.page);
    await ombudsman.page.getByRole('button', { name: /^Setujui semua yang belum disetujui/ }).click();
    const review = ombudsman.page.getByTestId('approve-all-review');
    await review.waitFor();
    // Every Pasal and every part, each with its text where the browser holds it.
    const items = review.locator('li[data-item]');
    expect(await items.count()).toBe(pasal + 5);
    expect(await items.first().textContent()).toMatch(/^Pasal 1/);
    expect((await items.first().locator('.approve-all-text').textContent())?.length).toBeGreaterThan(20);
    mkdirSync('/work/notes/pages', { recursive: true });
    copyFileSync(
      await screenshot(ombudsman.page, 'e2e-approve-all-review'),
      '/work/notes/pages/approve-all.png',
    );

    await review.getByRole('button', { name: `Setujui ${pasal + 5} bagian` }).click();
    await ombudsman.page.getByTestId('approve-all-review').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await clicks()).toBeLessThanOrEqual(3);

    // The other party's browser: every outline dot of the Ombudsman, without a reload.
    await pemkot.page.waitForFunction(
      (n) => document.querySelectorAll('.outline-clause .state-dot.approved').length === n,
      pasal,
      LIVE,
    );
    // Nothing is left for the Ombudsman once its own page has read the document again; the city
    // still has to agree.
    await ombudsman.page
      .getByRole('button', { name: /^Setujui semua/ })
      .waitFor({ state: 'detached', ...LIVE });
    expect(await blockers(ombudsman.page).textContent()).toContain(`0 dari ${pasal} Pasal disepakati`);
    expect(await finalise(ombudsman.page).isDisabled()).toBe(true);
  });

  it('opens Finalkan once both parties agree on everything and the checklist is complete', async () => {
    await pemkot.page.getByRole('button', { name: /^Setujui semua yang belum disetujui/ }).click();
    const review = pemkot.page.getByTestId('approve-all-review');
    await review.getByRole('button', { name: `Setujui ${pasal + 5} bagian` }).click();
    await review.waitFor({ state: 'detached', timeout: 30_000 });

    for (const { page } of [ombudsman, pemkot]) {
      await page.waitForSelector(
        `[data-testid="pasal-progress"]:has-text("${pasal} dari ${pasal} Pasal")`,
        LIVE,
      );
      await blockers(page).waitFor({ state: 'detached', ...LIVE });
      expect(await finalise(page).isEnabled()).toBe(true);
    }
    await finalise(ombudsman.page).click();
    await ombudsman.page.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await ombudsman.page.waitForSelector('.lifecycle .badge.status-final');
    const res = await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie });
    expect(res.body.document.status).toBe('final');
  });
});
