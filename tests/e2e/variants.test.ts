import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { VariantBoard } from '../../shared/api/variants.ts';
import { LAPTOP, PHONE, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { axeViolations } from './axe.ts';
import { cursorAtEnd, editorPath, openEditor, pasalParagraph, waitForEditorText } from './editorPage.ts';

/** The three OPD of the demo's liaison register a master gets variants for. */
const OPD = [
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Kesehatan',
  'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
];

/** Types `text` at the end of Pasal `n`'s first paragraph. */
async function typeInPasal(page: Page, n: number, text: string): Promise<void> {
  const paragraph = pasalParagraph(page, n);
  await paragraph.scrollIntoViewIfNeeded();
  await cursorAtEnd(paragraph);
  await page.keyboard.type(text, { delay: 5 });
}

/** The text of Pasal `n` in the editor. */
const pasalText = (page: Page, n: number) =>
  page
    .locator('.ProseMirror > [data-type="clause"]')
    .nth(n - 1)
    .textContent();

describe('one master PKS, many variants, in Chromium', () => {
  const e2e = e2eSession();

  it('makes variants for 3 OPD, carries a master change to them, flags an override, shows the board and exports it', async () => {
    const { server } = e2e;
    const cookie = await server.login('ombudsman');
    const coop = (await server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const mou = coop.documents.find((d: { kind: string }) => d.kind === 'mou');
    const city = coop.parties.find((p: { ordinal: number }) => p.ordinal === 2);
    // A PKS of its own, whatever masters the demo holds; it becomes a master in the dialog.
    const made = await server.api(`/api/cooperations/${coop.id}/documents`, {
      cookie,
      origin: server.url,
      body: { kind: 'pks', mouId: mou.id, title: 'PKS Uji Varian' },
    });
    expect(made.status).toBe(201);
    const pks = made.body.document;
    // The city's units, with those its liaison register names (the units screen is tested on its own).
    const pemkot = await server.login('pemkot');
    await server.api(`/api/cooperations/${coop.id}/units/adopt`, {
      cookie: pemkot,
      origin: server.url,
      body: { partyId: city.id },
    });
    const listed = await server.api(`/api/cooperations/${coop.id}/units`, { cookie });
    const unitNames = listed.body.units.map((u: { name: string }) => u.name);
    for (const name of OPD) expect(unitNames).toContain(name);
    const master = { cooperationId: coop.id, documentId: pks.id };

    // The master's editor: "Buat PKS untuk OPD…", three OPD, one action.
    const { page } = await e2e.browser({ cookie });
    await openEditor(page, editorPath(master));
    await page.getByRole('button', { name: 'Buat PKS untuk OPD…' }).click();
    const dialog = page.getByTestId('create-variants');
    for (const name of OPD) await dialog.getByRole('checkbox', { name, exact: false }).check();
    await screenshot(page, 'e2e-variants-create');
    expect(await axeViolations(page), 'the dialog making variants').toEqual([]);
    await dialog.getByRole('button', { name: 'Buat 3 PKS' }).click();
    const created = dialog.getByTestId('variants-created');
    await created.waitFor({ timeout: 20_000 });
    expect(await created.textContent()).toContain('3 PKS dibuat.');
    expect(await created.getByRole('link').count()).toBe(4); // each PKS and the board
    // Made ones cannot be chosen again.
    await expect
      .poll(() => dialog.getByRole('checkbox', { name: OPD[0] }).isDisabled(), { timeout: 10_000 })
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('master-banner').textContent(), { timeout: 10_000 })
      .toContain('Naskah induk untuk 3 PKS per OPD.');

    const board = async () =>
      (await server.api<VariantBoard>(`/api/documents/${pks.id}/variants`, { cookie })).body;
    const rows = (await board()).variants;
    const byUnit = (name: string) => {
      const row = rows.find((r) => r.unit?.name === name);
      if (!row) throw new Error(`no variant for ${name}`);
      return { cooperationId: coop.id, documentId: row.documentId };
    };
    const [disdukcapil, dinkes, dpmptsp] = OPD.map(byUnit) as [
      ReturnType<typeof byUnit>,
      ReturnType<typeof byUnit>,
      ReturnType<typeof byUnit>,
    ];

    // A change typed in the master reaches every variant.
    await typeInPasal(page, 2, ' PERUBAHAN INDUK SATU');
    const variantUser = await e2e.browser({ cookie });
    const variant = variantUser.page;
    await openEditor(variant, editorPath(disdukcapil));
    await waitForEditorText(variant, 'PERUBAHAN INDUK SATU', 20_000);
    const banner = variant.getByTestId('variant-banner');
    await expect.poll(() => banner.textContent()).toContain('untuk Dinas Kependudukan dan Pencatatan Sipil.');
    const other = await e2e.browser({ cookie });
    await openEditor(other.page, editorPath(dinkes));
    await waitForEditorText(other.page, 'PERUBAHAN INDUK SATU', 20_000);

    // The variant overrides Pasal 3: marked in the margin and the outline.
    await typeInPasal(variant, 3, ' KHUSUS DISDUKCAPIL');
    const mark = variant.locator('[data-override-mark]');
    await mark.first().waitFor({ timeout: 20_000 });
    expect(await mark.first().textContent()).toBe('Berbeda dari induk');
    expect(await variant.getByTestId('outline-override').count()).toBe(1);

    // The next master change to Pasal 3 is flagged there, applied in the others.
    await typeInPasal(page, 3, ' PERUBAHAN INDUK DUA');
    await waitForEditorText(other.page, 'PERUBAHAN INDUK DUA', 20_000);
    await expect
      .poll(() => variant.locator('[data-override-mark]').first().textContent(), { timeout: 20_000 })
      .toBe('Induk berubah: tinjau');
    expect(await pasalText(variant, 3)).not.toContain('PERUBAHAN INDUK DUA');
    expect(await variant.getByTestId('variant-flagged').textContent()).toBe(
      '1 perubahan induk menunggu tinjauan',
    );
    await variant.locator('[data-override-mark]').first().click();
    const redline = variant.getByTestId('compare-redline');
    await redline.waitFor();
    expect((await redline.locator('ins').allTextContents()).join('')).toContain('KHUSUS DISDUKCAPIL');
    expect((await redline.locator('del').allTextContents()).join('')).toContain('PERUBAHAN INDUK DUA');
    await screenshot(variant, 'e2e-variants-compare');
    expect(await axeViolations(variant), 'a variant with a flagged clause compared').toEqual([]);

    // The Dokumen tab folds the variants under their master, whose row leads to the board.
    await page.goto(`/k/${coop.id}`);
    const masterRow = page.locator('.document-row', { hasText: 'PKS Uji Varian' });
    const boardLink = masterRow.getByRole('link', { name: 'Papan PKS per OPD (3)' });
    await boardLink.waitFor({ timeout: 15_000 });
    expect(await masterRow.count()).toBe(1); // its variants are not rows of their own
    await screenshot(page, 'e2e-variants-documents');
    // The board: one row per OPD, the overriding one with its flag; filters narrow it.
    await boardLink.click();
    const table = page.getByTestId('variant-board');
    await table.waitFor({ timeout: 15_000 });
    expect(await table.locator('tbody tr').count()).toBe(3);
    const flaggedRow = table.locator(`tr[data-variant="${disdukcapil.documentId}"]`);
    await expect.poll(() => flaggedRow.getByTestId('board-overrides').textContent()).toBe('1');
    expect(await flaggedRow.getByTestId('board-pending').textContent()).toContain('1 perlu ditinjau');
    await page.getByLabel('Ada perubahan induk tertunda').check();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Ada perubahan induk tertunda').uncheck();
    await page.getByLabel('Cari OPD, kepala, atau penghubung').fill('kesehatan');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(page.url()).toContain('q=kesehatan');
    await page.getByLabel('Cari OPD, kepala, atau penghubung').fill('');
    await page.getByRole('button', { name: 'Aktivitas terakhir' }).click();
    await page.getByRole('button', { name: 'Aktivitas terakhir' }).click();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Aktivitas terakhir');
    await screenshot(page, 'e2e-variants-board');
    expect(await axeViolations(page), 'the board').toEqual([]);

    // Live: the variant takes the master's text back, and the board follows by itself.
    await variant.getByRole('button', { name: 'Ambil teks induk' }).click();
    await waitForEditorText(variant, 'PERUBAHAN INDUK DUA', 20_000);
    expect(await pasalText(variant, 3)).not.toContain('KHUSUS DISDUKCAPIL');
    await expect
      .poll(() => flaggedRow.getByTestId('board-overrides').textContent(), { timeout: 20_000 })
      .toBe('0');

    // The report for the Sekda, as .csv and .xlsx.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh .csv' }).click();
    const csv = readFileSync((await (await csvDownload).path()) as string, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('OPD');
    for (const name of OPD) expect(csv).toContain(name);
    const xlsxDownload = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Unduh .xlsx' }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/^PKS per OPD - .*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path()) as string);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(4);
    const units = [2, 3, 4].map((r) => String(sheet?.getRow(r).getCell(2).value));
    expect(units.sort()).toEqual([...OPD].sort());

    // Every variant's Word file in one .zip, its progress shown while the files are built.
    const zipDownload = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Unduh semua PKS (.zip, draf)' }).click();
    await page.getByTestId('batch-export').getByRole('status').waitFor();
    const zipFile = await zipDownload;
    expect(zipFile.suggestedFilename()).toMatch(/\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync((await zipFile.path()) as string));
    const docx = Object.keys(zip.files).filter((name) => name.endsWith('.docx'));
    expect(docx).toHaveLength(3);

    // The same board and a variant's editor on a phone, and at 1366×768 for the record.
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await screenshot(page, 'e2e-variants-board-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await variant.setViewportSize(PHONE);
    await openEditor(variant, editorPath(dpmptsp));
    await variant.getByTestId('variant-banner').waitFor();
    await screenshot(variant, 'e2e-variants-editor-phone');
    await variant.setViewportSize(LAPTOP);
    await openEditor(variant, editorPath(disdukcapil));
    await variant.getByTestId('variant-banner').waitFor();
    await screenshot(variant, 'e2e-variants-editor');
  }, 240_000);
});
