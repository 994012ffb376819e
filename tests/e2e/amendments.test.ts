import { describe, expect, it } from 'vitest';
import type { DocumentSummaryDTO } from '../../shared/api/cooperations.ts';
import { LAPTOP, PHONE, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { axeViolations } from './axe.ts';
import { editorPath, openEditor } from './editorPage.ts';
import { overflowsHorizontally } from './layoutChecks.ts';

/**
 * Starting a renewal of the demo's signed PKS in Chromium: the Info tab's "Susun perpanjangan"
 * asks first what it makes, then opens the new draft, whose Info tab names the agreement it
 * renews with its numbers; the agreement's card on the Dokumen tab names its renewal.
 */
describe('a renewal started from a signed agreement', () => {
  const e2e = e2eSession();

  it('asks, creates and opens the renewal, linked both ways, at laptop and phone size', async () => {
    const cookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const signed = (coop.documents as DocumentSummaryDTO[]).find((d) => d.status === 'signed')!;
    const { page } = await e2e.browser({ cookie });
    await page.setViewportSize(LAPTOP);
    await openEditor(page, `${editorPath({ cooperationId: coop.id, documentId: signed.id })}?panel=info`);

    const section = page.locator('.amendment-section');
    await section.getByRole('button', { name: 'Susun perpanjangan' }).waitFor();
    expect(await section.getByRole('button', { name: 'Susun adendum' }).isVisible()).toBe(true);
    await section.getByRole('button', { name: 'Susun perpanjangan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Susun perpanjangan?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`"Perpanjangan ${signed.title}"`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'e2e-amendment-confirm');
    await dialog.getByRole('button', { name: 'Buat draf' }).click();

    // The new draft opens, its Info tab naming what it renews and that one's numbers.
    await page.waitForURL((url) => !url.pathname.endsWith(signed.id));
    await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    const link = page.locator('.amendment-links li').first();
    await expect
      .poll(() => link.textContent())
      .toMatch(new RegExp(`^Memperpanjang: ${signed.title} Nomor .+`));
    expect(await link.getByRole('link').getAttribute('href')).toBe(`/k/${coop.id}/dokumen/${signed.id}`);
    // A draft is not amended: no buttons on it.
    expect(await page.getByRole('button', { name: 'Susun adendum' }).count()).toBe(0);
    await screenshot(page, 'e2e-amendment-renewal-info');

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => link.textContent()).toMatch(new RegExp(`^Renews: ${signed.title} Number .+`));
    await page.getByRole('button', { name: 'ID', exact: true }).click();

    // The Dokumen tab: the signed agreement's card names its renewal.
    await page.goto(`/k/${coop.id}`);
    const card = page
      .locator('.document-row')
      .filter({ has: page.locator('.doc-link', { hasText: new RegExp(`^${signed.title}$`) }) });
    await expect
      .poll(() => card.locator('.amendment-card-line').textContent())
      .toBe(`Diperpanjang dengan: Perpanjangan ${signed.title}`);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'e2e-amendment-cards');

    await page.setViewportSize(PHONE);
    await openEditor(page, `${editorPath({ cooperationId: coop.id, documentId: signed.id })}?panel=info`);
    // Below 900 px the side panel is a drawer opened from the compact bar.
    await page.getByRole('button', { name: 'Panel' }).click();
    await page.locator('.amendment-section').waitFor();
    await expect.poll(() => page.locator('.amendment-links').textContent()).toContain('Diperpanjang dengan:');
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.locator('.amendment-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-amendment-phone');
  }, 180_000);
});
