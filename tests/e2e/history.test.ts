import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor, waitForEditorText } from './editorPage.ts';

/**
 * End to end: a clause's history in the Riwayat tab, then the Bandingkan
 * screen comparing a named version with the text now, and a restore from it.
 */
describe('history and comparison in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let ids: { cooperationId: string; documentId: string };

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    const res = await e2e.server.api(`/api/documents/${ids.documentId}/versions`, {
      cookie,
      body: { label: 'Sebelum uji' },
    });
    expect(res.status).toBe(201);
    ombudsman = await e2e.browser({ cookie });
  });

  it('shows who changed a Pasal in the Riwayat tab, then compares and restores on the Bandingkan screen', async () => {
    const { page } = ombudsman;
    await openEditor(page, `${editorPath(ids)}?panel=riwayat`);
    await cursorInPasal(page, 1);
    await page.keyboard.type(' Kalimat uji riwayat.');
    await waitForEditorText(page, 'Kalimat uji riwayat.');

    // The tab re-reads the history once the burst of typing is attributed.
    const entry = page.locator('.history-entry.changed').first();
    await entry.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => entry.locator('ins').allTextContents(), { timeout: 20_000 })
      .toContainEqual(expect.stringContaining('Kalimat uji riwayat.'));
    expect(await entry.locator('.history-author').first().textContent()).toContain('Kepala Perwakilan');
    expect(await page.locator('.version-row').first().textContent()).toContain('Sebelum uji');
    await screenshot(page, 'e2e-history-panel');

    // The version reads back, read-only, on the same sheet, without the new sentence.
    await page.locator('.version-row').first().getByRole('link', { name: 'Lihat' }).click();
    await page.waitForSelector('.version-page .sheet .ProseMirror [data-type="clause"]');
    expect(await page.locator('.version-page .ProseMirror').getAttribute('contenteditable')).toBe('false');
    expect(await page.locator('.version-page .ProseMirror').textContent()).not.toContain(
      'Kalimat uji riwayat.',
    );
    expect(await page.locator('.version-page h1').textContent()).toBe('Sebelum uji');
    await screenshot(page, 'e2e-history-version');

    // Compare the named version with the text now.
    await page.getByRole('link', { name: 'Bandingkan dengan sekarang' }).first().click();
    await page.waitForSelector('.compare-clause.changed');
    const changed = page.locator('.compare-clause.changed').first();
    expect(await changed.locator('ins').allTextContents()).toContainEqual(
      expect.stringContaining('Kalimat uji riwayat.'),
    );
    expect(await changed.locator('.history-author').first().textContent()).toContain('Kepala Perwakilan');
    expect(await page.locator('.compare-counts').textContent()).toContain('1 diubah');
    expect(await page.locator('a[download]').getAttribute('href')).toContain('compare.docx');
    // Once the comparison is shown no loading line is left under it (a settled load clears it).
    await page.waitForTimeout(1500);
    expect(await page.locator('body').textContent()).not.toContain('Memuat');
    await screenshot(page, 'e2e-history-compare');

    // Restore the Pasal from the version: a new change, and then nothing differs.
    await changed.getByRole('button', { name: /Pulihkan Pasal ini/ }).click();
    await page.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await page.waitForSelector('.compare-counts:has-text("0 diubah")', { timeout: 20_000 });
    await page.waitForTimeout(1500);
    expect(await page.locator('.compare-page').textContent()).not.toContain('Memuat');
    await screenshot(page, 'e2e-history-restored');

    // Opened straight from its address (a shared link), the screen leaves no loading line either.
    await page.goto(page.url());
    await page.waitForSelector('.compare-counts:has-text("0 diubah")', { timeout: 20_000 });
    await page.waitForTimeout(1500);
    expect(await page.locator('body').textContent()).not.toContain('Memuat');

    // Back in the editor the sentence is gone, and the history shows the restore.
    await openEditor(page, `${editorPath(ids)}?panel=riwayat`);
    await page.waitForFunction(
      () => !document.querySelector('.ProseMirror')?.textContent?.includes('Kalimat uji riwayat.'),
    );
  });
});
