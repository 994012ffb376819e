import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pemkotDraft } from '../../fixtures/docx/pemkotDraft.ts';
import type { BrowserUser } from '../../support/browser.ts';
import { e2eSession } from '../../support/e2e.ts';
import { buildCooperation, buildUser } from '../../support/factories.ts';
import { expectClicks, Hands, printClicksAfterAll, SIZES, taskShot } from './clicks.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const importForm = (page: Page) =>
  page.locator('form', { has: page.getByRole('heading', { name: 'Impor dari Word' }) });

/**
 * Task 6, import a Word draft: from the cooperation's Dokumen tab, choose the city's .docx,
 * read it, check the preview (parties matched by name) and create the document, which opens
 * in the editor. Nothing is typed, so the phone does it all too.
 */
describe('task: import a Word draft', () => {
  const e2e = e2eSession();
  printClicksAfterAll();
  let user: BrowserUser;
  let cookie: string;
  let draft: Buffer;

  beforeAll(async () => {
    cookie = (await buildUser(e2e.server)).cookie;
    user = await e2e.browser({ cookie });
    draft = await pemkotDraft();
  });

  for (const size of SIZES) {
    it(`at ${size.name} size (${size.width}×${size.height})`, async () => {
      const coop = await buildCooperation(e2e.server, cookie, {
        title: `Kerja Sama Semarang (${size.name})`,
        parties: [
          { name: 'Ombudsman RI Perwakilan Provinsi Jawa Tengah', shortName: 'Ombudsman Jateng' },
          { name: 'Pemerintah Kota Semarang', shortName: 'Pemkot Semarang' },
        ],
      });
      const { page } = user;
      await page.setViewportSize(size);
      await page.goto(`/k/${coop.id}`);

      const hands = new Hands();
      const form = importForm(page);
      await hands.upload(form.locator('input[type=file]'), {
        name: 'draf-pks-semarang.docx',
        mimeType: DOCX,
        buffer: draft,
      });
      await hands.click(form.getByRole('button', { name: 'Baca draf' }));
      const dialog = page.getByRole('dialog', { name: 'Pratinjau impor' });
      await dialog.waitFor();
      expect(await dialog.getByText('cocok menurut nama').count()).toBe(2);
      await hands.click(dialog.getByRole('button', { name: 'Buat dokumen' }));
      await page.waitForURL(/\/dokumen\//);
      await page.getByText('PIHAK KEDUA menyediakan data pelayanan publik.').first().waitFor();
      expectClicks('import a Word draft', size, 'owner', hands, 4);
      await taskShot(page, 'import', size);
    });
  }
});
