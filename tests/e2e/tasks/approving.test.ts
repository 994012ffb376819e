import { beforeAll, describe, expect, it } from 'vitest';
import { fillSigning } from '../../support/agreement.ts';
import type { BrowserUser } from '../../support/browser.ts';
import { e2eSession } from '../../support/e2e.ts';
import { buildDocument } from '../../support/factories.ts';
import { demoMou, editorPath, openEditor } from '../editorPage.ts';
import { expectClicks, Hands, printClicksAfterAll, SIZES, showSideTab, taskShot } from './clicks.ts';

/**
 * Task 3, approve everything, finalise and sign: each party approves every Pasal and part left
 * from "Setujui semua yang belum disetujui" and its review list (44 clicks for the demo MoU
 * before it), then the owner finalises and marks the document signed. The drafting is done
 * beforehand through the API (signing date and place, blanks typed over). On the laptop the
 * demo MoU; on the phone a second MoU of the same cooperation, the whole task done there.
 */
describe('task: approve everything, finalise and sign', () => {
  const e2e = e2eSession();
  printClicksAfterAll();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let cookies: { ombudsman: string; pemkot: string };
  let demo: { cooperationId: string; documentId: string };

  beforeAll(async () => {
    cookies = { ombudsman: await e2e.server.login('ombudsman'), pemkot: await e2e.server.login('pemkot') };
    demo = await demoMou(e2e.server, cookies.ombudsman);
    ombudsman = await e2e.browser({ cookie: cookies.ombudsman });
    pemkot = await e2e.browser({ cookie: cookies.pemkot });
  });

  for (const size of SIZES) {
    it(`at ${size.name} size (${size.width}×${size.height})`, async () => {
      const ids =
        size.name === 'laptop'
          ? demo
          : {
              cooperationId: demo.cooperationId,
              documentId: (
                await buildDocument(e2e.server, cookies.ombudsman, demo.cooperationId, {
                  kind: 'mou',
                  title: 'Nota Kesepakatan Uji Ponsel',
                })
              ).id,
            };
      await fillSigning(e2e.server, cookies.ombudsman, ids.documentId);
      for (const { page } of [ombudsman, pemkot]) {
        await page.setViewportSize(size);
        await openEditor(page, editorPath(ids));
      }

      for (const [who, { page }] of [
        ['ombudsman', ombudsman],
        ['pemkot', pemkot],
      ] as const) {
        const hands = new Hands();
        await showSideTab(hands, page, size, 'Persetujuan');
        await hands.click(page.getByRole('button', { name: /^Setujui semua yang belum disetujui/ }));
        const review = page.getByTestId('approve-all-review');
        await hands.click(review.getByRole('button', { name: /^Setujui \d+ bagian$/ }));
        await review.waitFor({ state: 'detached', timeout: 30_000 });
        expectClicks('approve all (one party)', size, who, hands, size.name === 'laptop' ? 3 : 4);
      }

      const { page } = ombudsman;
      const hands = new Hands();
      const finalise = page.getByRole('button', { name: 'Finalkan dokumen' });
      await expect.poll(() => finalise.isEnabled(), { timeout: 10_000 }).toBe(true);
      await hands.click(finalise);
      await hands.click(page.getByRole('button', { name: 'Ya, lanjutkan' }));
      await page.waitForSelector('.lifecycle .badge.status-final');
      await hands.click(page.getByRole('button', { name: 'Tandai sudah ditandatangani' }));
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByTestId('sign-place').textContent()).toBe('Kota Jambi');
      await hands.click(dialog.getByRole('button', { name: 'Tandai sudah ditandatangani' }));
      await page.waitForSelector('.lifecycle .badge.status-signed');
      expectClicks('finalise and sign', size, 'ombudsman', hands, 4);
      const res = await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie: cookies.ombudsman });
      expect(res.body.document.status).toBe('signed');
      // The other party sees it signed without a reload.
      await pemkot.page.waitForSelector('.lifecycle .badge.status-signed', { timeout: 10_000 });
      await taskShot(page, 'approving', size);
    });
  }
});
