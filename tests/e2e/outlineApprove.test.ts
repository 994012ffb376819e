import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/** Within a few seconds: what "live" means for the other party's browser. */
const LIVE = { timeout: 5_000 };
const OMBUDSMAN = 'Ombudsman RI Perwakilan Jambi';

/** The marks of Pasal `n` in the outline, in party order ("approved", "stale" or "none"). */
const outlineStates = (page: Page, n: number) =>
  page
    .locator('.outline-clause')
    .nth(n - 1)
    .locator('.state-dot')
    .evaluateAll((dots) => dots.map((d) => [...d.classList].find((c) => c !== 'state-dot')));

/** Waits until the Ombudsman's mark on Pasal `n` reads `state` in `page`. */
const ombudsmanMark = (page: Page, n: number, state: string) =>
  page.waitForFunction(
    ([i, s]) =>
      document.querySelectorAll('.outline-clause')[i]?.querySelector('.state-dot')?.classList.contains(s),
    [n - 1, state] as const,
    LIVE,
  );

/**
 * In two browsers on the demo MoU: the Ombudsman approves Pasal 3 from its outline row in one
 * click, and approves its new text again after the city edits it; the city sees each live.
 */
describe('approving from the outline in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let ids: { cooperationId: string; documentId: string };
  let cookie: string;

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    ombudsman = await e2e.browser({ cookie });
    pemkot = await e2e.browser({ cookie: await e2e.server.login('pemkot') });
    await Promise.all([
      openEditor(ombudsman.page, editorPath(ids)),
      openEditor(pemkot.page, editorPath(ids)),
    ]);
  });

  it('approves a Pasal for my party from its outline row, live in the other browser', async () => {
    const box = ombudsman.page.getByRole('checkbox', {
      name: `Setujui Pasal 3 untuk ${OMBUDSMAN}`,
      exact: true,
    });
    await screenshot(ombudsman.page, 'e2e-outline-approve');
    await box.click();
    await box.waitFor({ state: 'detached', ...LIVE });
    await ombudsmanMark(pemkot.page, 3, 'approved');
    expect(await outlineStates(ombudsman.page, 3)).toEqual(['approved', 'none']);
    // Only Pasal 3, and only for the Ombudsman: the server holds the same.
    const doc = (await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie })).body.document;
    const approved = doc.clauses.filter((c: { approvals: unknown[] }) => c.approvals.length > 0);
    expect(approved.map((c: { number: number }) => c.number)).toEqual([3]);
    // The city approves for its own party only: its row offers the city, not the Ombudsman.
    expect(
      await pemkot.page.getByRole('checkbox', { name: `Setujui Pasal 3 untuk ${OMBUDSMAN}` }).count(),
    ).toBe(0);
    expect(
      await pemkot.page.getByRole('checkbox', { name: 'Setujui Pasal 3 untuk Pemkot Jambi' }).count(),
    ).toBe(1);
  });

  it('approves the new text of a Pasal that changed since, from the outline', async () => {
    await cursorInPasal(pemkot.page, 3);
    await pemkot.page.keyboard.type(' Diubah oleh kota.');
    await ombudsmanMark(ombudsman.page, 3, 'stale');
    const again = ombudsman.page.getByRole('checkbox', {
      name: `Setujui Pasal 3 untuk ${OMBUDSMAN} (teks baru)`,
    });
    await again.click();
    await again.waitFor({ state: 'detached', ...LIVE });
    await ombudsmanMark(pemkot.page, 3, 'approved');
    await ombudsmanMark(ombudsman.page, 3, 'approved');
  });

  it('approves the Pasal at the caret with Ctrl+Alt+A, live in the other browser', async () => {
    await cursorInPasal(ombudsman.page, 5);
    await ombudsman.page.keyboard.press('Control+Alt+a');
    await ombudsmanMark(ombudsman.page, 5, 'approved');
    await ombudsmanMark(pemkot.page, 5, 'approved');
    // The city agrees to Pasal 3 the same way: it is then agreed by both.
    await cursorInPasal(pemkot.page, 3);
    await pemkot.page.keyboard.press('Control+Alt+a');
    await ombudsman.page.waitForFunction(
      () =>
        document.querySelectorAll('.outline-clause')[2]?.querySelectorAll('.state-dot.approved').length === 2,
      undefined,
      LIVE,
    );
  });

  it('goes to the next and previous Pasal not yet agreed with Ctrl+Alt+] and Ctrl+Alt+[', async () => {
    const { page } = ombudsman;
    const current = () =>
      page.locator('.outline-clause [aria-current="location"] .outline-number').textContent();
    await cursorInPasal(page, 2);
    expect(await current()).toBe('Pasal 2');
    await page.keyboard.press('Control+Alt+BracketRight');
    // Pasal 3 is agreed by both parties: skipped.
    await page.waitForFunction(() =>
      document.querySelector('.outline-clause [aria-current="location"]')?.textContent?.includes('Pasal 4'),
    );
    await page.keyboard.press('Control+Alt+BracketLeft');
    await page.waitForFunction(() =>
      document.querySelector('.outline-clause [aria-current="location"]')?.textContent?.includes('Pasal 2'),
    );
  });

  it('opens the approve-all review list with Ctrl+Alt+Shift+A and lists the keys in the Ctrl+/ sheet', async () => {
    const { page } = ombudsman;
    await cursorInPasal(page, 1);
    await page.keyboard.press('Control+Alt+Shift+a');
    const review = page.getByTestId('approve-all-review');
    await review.waitFor(LIVE);
    expect(page.url()).toContain('panel=persetujuan');
    // Pasal 3 and 5 are approved already: not in the list.
    const items = await review.locator('li[data-item] strong').allTextContents();
    expect(items.some((i) => i.startsWith('Pasal 1'))).toBe(true);
    expect(items.some((i) => /^Pasal [35]\b/.test(i))).toBe(false);
    await page.keyboard.press('Escape');
    await review.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+/');
    const sheet = page.getByRole('dialog', { name: 'Pintasan papan ketik' });
    await sheet.waitFor();
    const text = await sheet.textContent();
    for (const line of [
      'Setujui Pasal di kursor untuk pihak Anda',
      'Setujui semua yang belum disetujui',
      'Ke Pasal berikutnya yang belum disepakati',
      'Ke Pasal sebelumnya yang belum disepakati',
    ])
      expect(text).toContain(line);
    await page.keyboard.press('Escape');
  });

  it('fits "Setujui teks baru" inside the side panel at 1366 px', async () => {
    const { page } = ombudsman;
    await cursorInPasal(pemkot.page, 3);
    await pemkot.page.keyboard.type(' Diubah lagi.');
    await ombudsmanMark(page, 3, 'stale');
    await page.getByRole('tab', { name: 'Persetujuan' }).click();
    await cursorInPasal(page, 3);
    const button = page.locator('.clause-approvals').getByRole('button', {
      name: `Setujui teks baru untuk ${OMBUDSMAN}`,
    });
    await button.waitFor(LIVE);
    await button.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-reapprove-fits');
    const fit = await button.evaluate((b) => {
      const panel = b.closest('.side-panel')!.getBoundingClientRect();
      const box = b.getBoundingClientRect();
      // The last line's baseline box must end above the button's bottom padding.
      const range = document.createRange();
      range.selectNodeContents(b);
      const lines = [...range.getClientRects()];
      const padding = Number.parseFloat(getComputedStyle(b).paddingBottom);
      return {
        overflow: b.scrollWidth - b.clientWidth,
        overflowDown: b.scrollHeight - b.clientHeight,
        inside: box.left >= panel.left && box.right <= panel.right,
        textInside: lines.every((l) => l.bottom <= box.bottom - padding + 1 && l.right <= box.right),
        roomBelow: padding >= 4,
      };
    });
    expect(fit).toEqual({ overflow: 0, overflowDown: 0, inside: true, textInside: true, roomBelow: true });
    await button.click();
    await ombudsmanMark(pemkot.page, 3, 'approved');
  });
});
