import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

/**
 * The printed originals and the party settings as a user meets them: the export menu offers
 * one original per party, and the owner's choice of PIHAK KESATU and the column order shows in
 * the signature preview at once.
 */
describe('originals and party settings in the browser', () => {
  const e2e = e2eSession();

  it('offers the working copy and an original for each party, in Indonesian', async () => {
    const cookie = await e2e.server.login('ombudsman');
    const ids = await demoMou(e2e.server, cookie);
    const { page } = await e2e.browser({ cookie });
    await openEditor(page, editorPath(ids));
    await page.getByRole('button', { name: /^Unduh Word/ }).click();
    const items = page.getByRole('menu').getByRole('menuitem');
    expect(await items.count()).toBe(3);
    expect(await items.nth(0).getAttribute('href')).toMatch(/export\.docx$/);
    expect(await items.nth(1).textContent()).toContain('Asli untuk PIHAK PERTAMA');
    expect(await items.nth(1).textContent()).toContain('meterai di bawah tanda tangan PIHAK KEDUA');
    expect(await items.nth(1).getAttribute('href')).toMatch(/export\.docx\?original=1$/);
    expect(await items.nth(2).getAttribute('href')).toMatch(/export\.docx\?original=2$/);
    await screenshot(page, 'signing-export-menu');
    // The link the menu offers downloads the original with the meterai under PIHAK PERTAMA.
    const href = (await items.nth(2).getAttribute('href')) ?? '';
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toContain('asli-PIHAK-KEDUA');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
  });

  it('lets the owner write PIHAK KESATU and sign on the right; the preview follows the order', async () => {
    const cookie = await e2e.server.login('ombudsman');
    const ids = await demoMou(e2e.server, cookie);
    const { page } = await e2e.browser({ cookie });
    await page.goto(`/k/${ids.cooperationId}/anggota`);
    const wording = page.locator('select[name="wording"]');
    await wording.selectOption('kesatu');
    await page.getByText('Pengaturan para pihak disimpan.').waitFor();
    await page.locator('select[name="signatureOrder"]').selectOption('firstRight');
    await page.waitForFunction(
      () =>
        (document.querySelector('select[name="signatureOrder"]') as HTMLSelectElement | null)?.value ===
        'firstRight',
    );
    await page.locator('.party-settings').scrollIntoViewIfNeeded();
    await screenshot(page, 'signing-party-settings');
    await openEditor(page, editorPath(ids));
    // The demo MoU was written with PIHAK PERTAMA: its signatures keep the words of its text.
    const roles = await page.locator('.signature-block .signature-role').allTextContents();
    expect(roles).toEqual(['PIHAK KEDUA', 'PIHAK PERTAMA']);
  });
});
