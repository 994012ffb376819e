import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou } from './editorPage.ts';

const DRAFT = new URL('../fixtures/docx/libreoffice-draft.docx', import.meta.url);

/** An editor brings an existing Word draft in from the Dokumen tab and opens it as clauses. */
describe('import from Word on the Dokumen tab', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let cooperationId: string;

  beforeAll(async () => {
    const cookie = await e2e.server.login('pemkot');
    cooperationId = (await demoMou(e2e.server, cookie)).cooperationId;
    user = await e2e.browser({ cookie });
  });

  it('uploads a .docx, reports what it recognised, and opens it with numbered Pasal', async () => {
    const { page } = user;
    await page.goto(`/k/${cooperationId}`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Impor dari Word' }) });
    // Without a file: a plain error, nothing sent.
    await form.getByRole('button', { name: 'Impor' }).click();
    await form.getByText('Pilih berkas .docx terlebih dahulu.').waitFor();

    await form.locator('input[type=file]').setInputFiles({
      name: 'draf-pks.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: readFileSync(DRAFT),
    });
    await form.getByRole('button', { name: 'Impor' }).click();
    const report = form.getByRole('status');
    await report.waitFor();
    expect(await report.textContent()).toMatch(/Dikenali: [1-9]\d* Pasal/);
    await screenshot(page, 'e2e-import-report');

    await report.getByRole('link', { name: 'Buka dokumen hasil impor' }).click();
    await page.waitForURL(/\/dokumen\//);
    const outline = page.locator('nav, aside').filter({ hasText: 'Pasal 1' }).first();
    await outline.waitFor();
    expect(await page.getByText('Pasal 2', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('shows the bilingual 413 for a file over the import limit, not a network error', async () => {
    const { page } = user;
    await page.goto(`/k/${cooperationId}`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Impor dari Word' }) });
    // 12 MiB: refused on its Content-Length while the browser is still sending it.
    const big = Buffer.alloc(12 * 1024 * 1024);
    big.write('PK\u0003\u0004');
    await form.locator('input[type=file]').setInputFiles({
      name: 'besar.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: big,
    });
    await form.getByRole('button', { name: 'Impor' }).click();
    await form.getByText('Berkas terlalu besar: paling besar 10 MiB.').waitFor();
    expect(await form.getByRole('status').count()).toBe(0);
  });

  it("refuses a file that is not a Word document with the server's own words", async () => {
    const { page } = user;
    await page.goto(`/k/${cooperationId}`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Impor dari Word' }) });
    await form.locator('input[type=file]').setInputFiles({
      name: 'bukan.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('ini bukan dokumen Word'),
    });
    await form.getByRole('button', { name: 'Impor' }).click();
    await form.locator('[role=alert], .error-note').first().waitFor();
    expect(await form.getByRole('status').count()).toBe(0);
  });
});
