import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor, outlineEntries } from './editorPage.ts';
import { overflowsHorizontally, textBelow13px } from './layoutChecks.ts';

/** "2 bagian wajib belum ada" → 2; "Semua bagian wajib sudah ada" → 0. */
async function missingRequired(page: Page): Promise<number> {
  const text = (await page.getByTestId('completeness-summary').textContent()) ?? '';
  const m = /(\d+) bagian wajib belum ada/.exec(text);
  return m ? Number(m[1]) : 0;
}

/** Status the completeness panel shows for a section, by its Indonesian label. */
const itemStatus = (page: Page, label: string) =>
  page
    .locator('.completeness-item', { has: page.locator('.completeness-label', { hasText: label }) })
    .first()
    .getAttribute('data-status');

/**
 * Deletes Pasal `n` the way a person does: select from the start of its heading to the start
 * of the next Pasal's heading, press Delete. The next Pasal's heading and text take its place.
 */
async function deletePasal(page: Page, n: number): Promise<void> {
  await page.evaluate((index) => {
    const clauses = document.querySelectorAll('.ProseMirror > [data-type="clause"]');
    const start = clauses[index]!.querySelector('[data-type="clause-heading"]')!;
    const end = clauses[index + 1]!.querySelector('[data-type="clause-heading"]')!;
    const range = document.createRange();
    range.setStart(start, 0);
    range.setEnd(end, 0);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, n - 1);
  await page.waitForTimeout(50); // ProseMirror reads the selection on selectionchange
  await page.keyboard.press('Delete');
}

/**
 * The completeness check under the outline, computed live in the browser, and the clause
 * library picker: deleting a required Pasal shows it missing; the missing line opens the
 * library on that section; the library inserts "Keadaan Kahar" after the current Pasal.
 */
describe('completeness check and clause library in Chromium', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let ids: { cooperationId: string; documentId: string };
  let cookie: string;

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    user = await e2e.browser({ cookie });
    await openEditor(user.page, editorPath(ids));
  });

  it('shows a required Pasal as missing as soon as it is deleted, with the term warning', async () => {
    const { page } = user;
    await page.getByTestId('completeness').waitFor();
    expect(await itemStatus(page, 'Jangka waktu')).toBe('present');
    const before = await missingRequired(page);
    // The server's check (GET /api/documents/:id) and the live one agree on the demo MoU.
    const api = await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie });
    expect(api.body.document.completeness.missingRequired).toBe(before);

    const entries = await outlineEntries(page);
    const term = entries.findIndex((e) => e.includes('JANGKA WAKTU')) + 1;
    expect(term).toBeGreaterThan(0);
    await deletePasal(page, term);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.outline-clause').length === n,
      entries.length - 1,
    );
    expect((await outlineEntries(page)).some((e) => e.includes('JANGKA WAKTU'))).toBe(false);

    // Debounced (500 ms): the panel follows without a reload.
    await page.waitForSelector('.completeness-item[data-status="missing"] >> text=Jangka waktu');
    expect(await missingRequired(page)).toBe(before + 1);
    const missing = page.locator('.completeness-item[data-status="missing"]', { hasText: 'Jangka waktu' });
    expect(await missing.textContent()).toContain('Wajib, belum ada');
    expect(await missing.locator('.completeness-icon').textContent()).toBe('✕');
    expect(await page.locator('[data-warning="term.missing"]').textContent()).toContain(
      'Jangka waktu tidak diatur',
    );
    await screenshot(page, 'e2e-completeness-missing');
    expect(await textBelow13px(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
  });

  it('a section filled in the metadata takes the user to its field on the Info tab', async () => {
    const { page } = user;
    await page.getByRole('tab', { name: 'Persetujuan' }).click();
    await page.locator('.completeness-item', { hasText: 'Tempat dan tanggal penandatanganan' }).click();
    await page.waitForURL(/panel=info/);
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'place');
  });

  it('the missing line opens the library on that section; Enter inserts the Pasal and the check clears', async () => {
    const { page } = user;
    const before = await missingRequired(page);
    await page.locator('.completeness-item[data-status="missing"]', { hasText: 'Jangka waktu' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await dialog.locator('.library-section', { hasText: 'Jangka waktu' }).waitFor();
    await dialog.locator('.library-option.active', { hasText: 'Jangka Waktu' }).waitFor();
    // Opened from the panel, the keyboard goes on in the dialog's search box.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
    await screenshot(page, 'e2e-clause-library-section');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await page.waitForSelector('.completeness-item[data-status="present"] >> text=Jangka waktu', {
      state: 'attached',
    });
    expect(await missingRequired(page)).toBe(before - 1);
    expect((await outlineEntries(page)).some((e) => /JANGKA WAKTU/.test(e))).toBe(true);
  });

  it('the library (Ctrl+Shift+L) finds "kahar", previews both languages, and Enter inserts it after the current Pasal', async () => {
    const { page } = user;
    await cursorInPasal(page, 2);
    const entries = await outlineEntries(page);
    await page.keyboard.press('Control+Shift+L');
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('combobox', { name: 'Cari pasal baku' }).fill('kahar');
    const option = dialog.getByRole('option', { name: /Keadaan Kahar/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('Force Majeure');
    const preview = dialog.locator('.library-preview');
    await preview.locator('h3', { hasText: 'Keadaan Kahar' }).waitFor();
    expect(await preview.locator('.library-text[lang="id"]').textContent()).toMatch(/kahar/i);
    expect(await preview.locator('.library-text[lang="en"]').textContent()).toMatch(/force majeure/i);
    // Arrow keys move through the list and back; the search box keeps the focus.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await dialog.getByRole('combobox').evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'e2e-clause-library');

    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.outline-clause').length === n,
      entries.length + 1,
    );
    const after = await outlineEntries(page);
    expect(after[2]).toBe('Pasal 3 KEADAAN KAHAR');
    expect(after[3]).toBe(entries[2]!.replace('Pasal 3', 'Pasal 4'));
    const toast = page.locator('.toast', { hasText: 'Keadaan Kahar' });
    expect(await toast.textContent()).toContain('disisipkan sebagai Pasal 3');
    // The cursor is in the new Pasal: the outline marks it as the current one.
    await page.waitForSelector('.outline-clause.current >> text=KEADAAN KAHAR');
    await screenshot(page, 'e2e-clause-library-inserted');
  });

  it('in English: panel, placeholder of an empty Pasal heading, and the day-first date with its words', async () => {
    const { page } = user;
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('#completeness-heading', { hasText: 'Completeness' }).waitFor();

    await page.getByRole('button', { name: 'New article (Pasal)' }).click();
    const placeholder = await page.evaluate(() => {
      const empty = [...document.querySelectorAll('.ProseMirror [data-type="clause-heading"]')].find(
        (h) => !h.textContent,
      );
      return empty ? getComputedStyle(empty, '::after').content : null;
    });
    expect(placeholder).toBe('"ARTICLE HEADING"');

    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await page.getByRole('tab', { name: 'Info' }).click();
    const date = page.getByLabel('Tanggal penandatanganan');
    await date.fill('17/08/2025');
    await page.locator('.date-field', { hasText: 'Minggu, 17 Agustus 2025' }).waitFor();
    await screenshot(page, 'e2e-meta-date');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.locator('.date-field', { hasText: /Sunday,? 17 August 2025/ }).waitFor();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    // A date that does not exist is named as such; text that is no date gets the format.
    await date.fill('31/02/2025');
    await date.blur();
    await page.locator('.date-field [role="alert"]', { hasText: 'Tanggal tidak ada: 31/02/2025' }).waitFor();
    await date.fill('Agustus');
    await date.blur();
    await page.locator('.date-field [role="alert"]', { hasText: 'hari/bulan/tahun' }).waitFor();
    await screenshot(page, 'e2e-meta-date-invalid');
    // What was shared is the last real date, as ISO.
    await expect
      .poll(
        async () =>
          (await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie })).body.document.meta.date,
      )
      .toBe('2025-08-17');
  });
});
