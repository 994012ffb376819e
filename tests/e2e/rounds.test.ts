import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

/**
 * End to end: Ombudsman sends a round from the Riwayat tab ("Kirim ke pihak lain"), limiting
 * the other party to suggestions; Pemkot, with the same document open, sees the notice at once.
 */
describe('negotiation rounds in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let ids: { cooperationId: string; documentId: string };

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    ombudsman = await e2e.browser({ cookie });
    pemkot = await e2e.browser('pemkot');
  });

  it('sends a round from the history panel and the other party sees the notice', async () => {
    await openEditor(pemkot.page, editorPath(ids));
    const { page } = ombudsman;
    await openEditor(page, `${editorPath(ids)}?panel=riwayat`);
    await page.getByText('Belum ada putaran yang dikirim.').waitFor();

    await page.getByRole('button', { name: 'Kirim ke pihak lain' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kirim ke pihak lain' });
    await dialog.getByLabel('Batasi pihak lain hanya pada usulan', { exact: false }).check();
    await screenshot(page, 'e2e-rounds-dialog');
    await dialog.getByRole('button', { name: 'Kirim putaran' }).click();

    const row = page.locator('.round-row[data-round="1"]');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain('Putaran 1 — dikirim oleh Ombudsman RI Perwakilan Jambi');
    expect(await row.locator('.round-counts').textContent()).toContain('0 usulan');
    expect(await row.textContent()).toContain('Pihak lain dibatasi pada usulan');
    await screenshot(page, 'e2e-rounds-panel');

    const notice = pemkot.page.locator('.round-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('Ombudsman RI Perwakilan Jambi mengirim Putaran 1');
    expect(await notice.textContent()).toContain('Pihak Anda kini hanya dapat mengusulkan perubahan.');
    await screenshot(pemkot.page, 'e2e-rounds-notice');
    // The sender's own screen shows no notice: the round went to the other party.
    expect(await page.locator('.round-notice').count()).toBe(0);
  }, 90_000);
});
