import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pemkotDraft } from '../fixtures/docx/pemkotDraft.ts';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { buildCooperation, buildUser } from '../support/factories.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Where the preview's screenshot is kept for the people who review the screens. */
const NOTES_SHOT = process.env.SEPAKAT_IMPORT_SHOT;

/** Copies a screenshot to the notes' address (with `suffix` before .png) when one is given. */
function keepShot(shot: string, suffix: string) {
  if (!NOTES_SHOT) return;
  mkdirSync(dirname(NOTES_SHOT), { recursive: true });
  copyFileSync(shot, NOTES_SHOT.replace(/\.png$/, `${suffix}.png`));
}

const importForm = (page: Page) =>
  page.locator('form', { has: page.getByRole('heading', { name: 'Impor dari Word' }) });

async function readDraft(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const form = importForm(page);
  await form.locator('input[type=file]').setInputFiles(file);
  await form.getByRole('button', { name: 'Baca draf' }).click();
}

/**
 * An editor brings a city's Word draft in from the Dokumen tab: the preview says what was
 * recognised and asks what it cannot tell, then the document is created and opened.
 */
describe('import from Word on the Dokumen tab', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let semarangId: string;
  let otherId: string;
  let draft: Buffer;

  beforeAll(async () => {
    const owner = await buildUser(e2e.server);
    semarangId = (
      await buildCooperation(e2e.server, owner.cookie, {
        parties: [
          { name: 'Ombudsman RI Perwakilan Provinsi Jawa Tengah', shortName: 'Ombudsman Jateng' },
          { name: 'Pemerintah Kota Semarang', shortName: 'Pemkot Semarang' },
        ],
      })
    ).id;
    otherId = (await buildCooperation(e2e.server, owner.cookie)).id;
    user = await e2e.browser({ cookie: owner.cookie });
    draft = await pemkotDraft();
  });

  it('previews a Pemkot draft (parties matched by name, order differs), creates it and opens it', async () => {
    const { page } = user;
    await page.goto(`/k/${semarangId}`);
    // Without a file: a plain error, nothing sent.
    await importForm(page).getByRole('button', { name: 'Baca draf' }).click();
    await importForm(page).getByText('Pilih berkas .docx terlebih dahulu.').waitFor();

    await readDraft(page, { name: 'draf-pks-semarang.docx', mimeType: DOCX, buffer: draft });
    const dialog = page.getByRole('dialog', { name: 'Pratinjau impor' });
    await dialog.waitFor();
    // The summary comes first, within a 1366×768 screen, and has the focus.
    const summary = dialog.getByRole('status', { name: 'Ringkasan impor' });
    await summary.waitFor();
    expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    const box = await summary.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toMatch(
      /^Terbaca \d+ Pasal, \d+ ayat, \d+ lampiran\.Semua 2 pihak dikenali dari namanya\./,
    );
    expect(await dialog.getByLabel('Jenis').inputValue()).toBe('pks');
    const rows = dialog.locator('.import-parties tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('PIHAK KESATU');
    expect(await rows.nth(0).locator('select').inputValue()).not.toBe('');
    expect(await dialog.getByText('cocok menurut nama').count()).toBe(2);
    expect(await dialog.getByRole('checkbox').isChecked()).toBe(true);
    await dialog.getByText('Pasal 2 PELAKSANAAN').waitFor();
    await dialog.getByText(/LAMPIRAN — .*RENCANA KERJA/).waitFor();
    keepShot(await screenshot(page, 'e2e-import-preview'), '');
    // The rest of the preview: the Pasal, the annex and what was not put in the body.
    await dialog.locator('.dialog-body').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await dialog.getByText(/Kepala\/kaki halaman/).click();
    keepShot(await screenshot(page, 'e2e-import-preview-contents'), '-contents');

    await dialog.getByRole('button', { name: 'Buat dokumen' }).click();
    await page.waitForURL(/\/dokumen\//);
    await page.getByText('PIHAK KEDUA menyediakan data pelayanan publik.').first().waitFor();
    expect(await page.getByText('Pasal 2', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('asks which party is which when the names do not say, and creates only once answered', async () => {
    const { page } = user;
    await page.goto(`/k/${otherId}`);
    await readDraft(page, { name: 'draf.docx', mimeType: DOCX, buffer: draft });
    const dialog = page.getByRole('dialog', { name: 'Pratinjau impor' });
    await dialog.waitFor();
    expect(await dialog.locator('.import-parties .import-ask').count()).toBe(2);
    expect(await dialog.getByRole('status', { name: 'Ringkasan impor' }).textContent()).toContain(
      '2 pihak draf perlu Anda pilih',
    );
    await dialog.getByRole('button', { name: 'Buat dokumen' }).click();
    await dialog.getByText('Pilih pihak kerja sama untuk setiap pihak draf.').waitFor();
    const selects = dialog.locator('.import-parties select');
    await selects.nth(0).selectOption({ label: 'PIHAK KEDUA — Pemkot Kedua' });
    await selects.nth(1).selectOption({ label: 'PIHAK PERTAMA — LP' });
    await dialog.getByRole('button', { name: 'Buat dokumen' }).click();
    await page.waitForURL(/\/dokumen\//);
  });

  it('shows the bilingual 413 for a file over the import limit, not a network error', async () => {
    const { page } = user;
    await page.goto(`/k/${otherId}`);
    // 12 MiB: refused on its Content-Length while the browser is still sending it.
    const big = Buffer.alloc(12 * 1024 * 1024);
    big.write('PK\u0003\u0004');
    await readDraft(page, { name: 'besar.docx', mimeType: DOCX, buffer: big });
    await importForm(page).getByText('Berkas terlalu besar: paling besar 10 MiB.').waitFor();
    expect(await page.getByRole('dialog', { name: 'Pratinjau impor' }).count()).toBe(0);
  });

  it("refuses a file that is not a Word document with the server's own words", async () => {
    const { page } = user;
    await page.goto(`/k/${otherId}`);
    await readDraft(page, {
      name: 'bukan.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('ini bukan dokumen Word'),
    });
    await importForm(page).locator('[role=alert], .error-note').first().waitFor();
    expect(await page.getByRole('dialog', { name: 'Pratinjau impor' }).count()).toBe(0);
  });
});
