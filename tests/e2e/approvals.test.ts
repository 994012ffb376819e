import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/**
 * Issue 3's end-to-end case: in two browsers, the Ombudsman and the city approve every Pasal
 * of the demo MoU for their own party from the Persetujuan tab, and the document is finalised, then marked signed.
 */
describe('approving every Pasal and finalising in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let path: string;
  let parties: { id: string; ordinal: number; shortName: string }[];

  beforeAll(async () => {
    const cookies = {
      ombudsman: await e2e.server.login('ombudsman'),
      pemkot: await e2e.server.login('pemkot'),
    };
    const ids = await demoMou(e2e.server, cookies.ombudsman);
    path = `${editorPath(ids)}?panel=persetujuan`;
    parties = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie: cookies.ombudsman }))
      .body.cooperation.parties;
    ombudsman = await e2e.browser({ cookie: cookies.ombudsman });
    pemkot = await e2e.browser({ cookie: cookies.pemkot });
    await Promise.all([openEditor(ombudsman.page, path), openEditor(pemkot.page, path)]);
  });

  /** Approves Pasal `n` for the user's party through the panel and waits for the result. */
  async function approvePasal(user: BrowserUser, n: number, party: { id: string; shortName: string }) {
    const { page } = user;
    await cursorInPasal(page, n);
    await page.waitForSelector(`.clause-approvals-title:has-text("Pasal ${n}")`);
    await page.getByRole('button', { name: `Setujui untuk ${party.shortName}` }).click();
    await page.waitForSelector(`.approval-row.approved[data-party="${party.id}"]`);
  }

  it('each party approves each Pasal; the outline shows the states; finalising locks the document', async () => {
    const [first, second] = [...parties].sort((a, b) => a.ordinal - b.ordinal);
    const count = await ombudsman.page.locator('.outline-clause').count();
    expect(count).toBeGreaterThan(5);

    // The Ombudsman approves everything first, then the city.
    for (let n = 1; n <= count; n++) await approvePasal(ombudsman, n, first);
    await pemkot.page.reload();
    await openEditor(pemkot.page, path);
    for (let n = 1; n <= Math.ceil(count / 2); n++) await approvePasal(pemkot, n, second);
    await pemkot.page.waitForFunction(
      (n) => document.querySelectorAll('.outline-clause .state-dot.approved').length === n,
      count + Math.ceil(count / 2),
    );
    await screenshot(pemkot.page, 'e2e-approvals-partial');
    for (let n = Math.ceil(count / 2) + 1; n <= count; n++) await approvePasal(pemkot, n, second);
    await pemkot.page.waitForSelector(`.approvals-progress:has-text("${count} dari ${count} Pasal")`);

    // The Ombudsman sees it after a reload of the document data, then finalises.
    await ombudsman.page.reload();
    await openEditor(ombudsman.page, path);
    await ombudsman.page.waitForFunction(
      (n) => document.querySelectorAll('.outline-clause .state-dot.approved').length === n,
      count * 2,
    );
    await screenshot(ombudsman.page, 'e2e-approvals-agreed');
    await ombudsman.page.getByRole('button', { name: 'Finalkan dokumen' }).click();
    await ombudsman.page.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await ombudsman.page.waitForSelector('.lifecycle .badge.status-final');
    await ombudsman.page.waitForSelector('[data-testid="read-only-banner"]');
    expect(await ombudsman.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    await screenshot(ombudsman.page, 'e2e-approvals-final');

    // The owner marks it signed: date (today by default) and place in a dialog.
    await ombudsman.page.getByRole('button', { name: 'Tandai sudah ditandatangani' }).click();
    await ombudsman.page.getByLabel('Tempat penandatanganan').fill('Kota Jambi');
    await ombudsman.page.locator('dialog[open] button[type="submit"]').click();
    await ombudsman.page.waitForSelector('.lifecycle .badge.status-signed');

    const res = await e2e.server.api(`/api/documents/${path.split('/dokumen/')[1].split('?')[0]}`, {
      cookie: await e2e.server.login('tamu'),
    });
    expect(res.body.document.status).toBe('signed');
    expect(res.body.document.meta.place).toBe('Kota Jambi');
    expect(res.body.document.clauses.every((c: { state: string }) => c.state === 'agreed')).toBe(true);
  });
});
