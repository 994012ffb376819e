import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor, outlineEntries } from './editorPage.ts';

/** Finds a clause in the library from the toolbar and inserts it with Enter; returns the outline after. */
async function insertFromLibrary(page: Page, query: string, name: RegExp): Promise<string[]> {
  const count = (await outlineEntries(page)).length;
  await page.getByRole('button', { name: 'Pustaka pasal' }).click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('combobox', { name: 'Cari pasal baku' }).fill(query);
  await dialog.locator('.library-option.active', { hasText: name }).waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.outline-clause').length === n, count + 1);
  return outlineEntries(page);
}

/**
 * Where the clause library puts a Pasal: with no caret in a Pasal (the document just opened),
 * before the closing Pasal PENUTUP rather than after it; with the caret in a Pasal, right after it.
 */
describe('where the clause library inserts', () => {
  const e2e = e2eSession();

  it('puts a Pasal before PENUTUP with no caret in the text, and after the Pasal holding the caret', async () => {
    const cookie = await e2e.server.login('ombudsman');
    const ids = await demoMou(e2e.server, cookie);
    const { page } = await e2e.browser({ cookie });
    await openEditor(page, editorPath(ids));
    const before = await outlineEntries(page);
    expect(before.at(-1)).toMatch(/PENUTUP$/);

    const noCaret = await insertFromLibrary(page, 'rahasia', /Kerahasiaan/);
    const n = before.length;
    expect(noCaret.at(-2)).toBe(`Pasal ${n} KERAHASIAAN`);
    expect(noCaret.at(-1)).toBe(`Pasal ${n + 1} PENUTUP`);
    await page.locator('.toast', { hasText: `disisipkan sebagai Pasal ${n}` }).waitFor();
    await screenshot(page, 'clause-library-before-penutup');

    await cursorInPasal(page, 2);
    const afterSecond = await insertFromLibrary(page, 'bahasa', /Bahasa/);
    expect(afterSecond[2]).toBe('Pasal 3 BAHASA');
    expect(afterSecond[3]).toBe(noCaret[2]!.replace('Pasal 3', 'Pasal 4'));
    expect(afterSecond.at(-1)).toBe(`Pasal ${n + 2} PENUTUP`);
  });
});
