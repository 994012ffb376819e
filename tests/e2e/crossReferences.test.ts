import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { cursorAtEnd, cursorAtStart, demoMouEditor } from './editorPage.ts';

/** The Pasal whose heading is `heading`, in the editor. */
const pasal = (page: Page, heading: string) =>
  page.locator('.ProseMirror > [data-type="clause"]').filter({
    has: page.locator('[data-type="clause-heading"]', { hasText: new RegExp(`^${heading}$`) }),
  });

/** The text of each cross-reference inside the Pasal `heading`, as shown. */
const referencesIn = (page: Page, heading: string) =>
  pasal(page, heading).locator('.clause-ref').allTextContents();

/** The text of ayat (1) of the Pasal `heading`. */
const firstAyat = (page: Page, heading: string) =>
  pasal(page, heading).locator('[data-type="ayat-item"]').first().locator('p').first();

/**
 * The demo MoU, made from the template: a reference to an ayat of its own Pasal reads
 * "ayat (1)", from another Pasal "Pasal 7 ayat (1)", and both follow an ayat inserted before them.
 */
describe('cross-references in Chromium', () => {
  const editor = demoMouEditor();

  it('shows "ayat (1)" inside the Pasal and "Pasal 7 ayat (1)" from another', async () => {
    const { page } = editor.user;
    expect(await referencesIn(page, 'JANGKA WAKTU')).toEqual(['ayat (1)']);
    expect(await referencesIn(page, 'PENGAKHIRAN')).toEqual(['Pasal 7 ayat (1)']);
    expect(await referencesIn(page, 'PENGHUBUNG')).toEqual(['ayat (1)', 'ayat (2)']);
  });

  it('renumbers the references when an ayat is inserted before their target', async () => {
    const { page } = editor.user;
    await cursorAtEnd(firstAyat(page, 'PENGHUBUNG'));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ayat sisipan tentang penghubung.');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.ProseMirror .clause-ref')].some((el) => el.textContent === 'ayat (3)'),
    );
    expect(await referencesIn(page, 'PENGHUBUNG')).toEqual(['ayat (1)', 'ayat (3)']);
    await pasal(page, 'PENGHUBUNG').scrollIntoViewIfNeeded();
    await screenshot(page, 'cross-references-same-pasal');
  });

  it('Enter at the start of ayat (1) opens a new ayat (1) and the references follow the text to ayat (2)', async () => {
    const { page } = editor.user;
    await cursorAtStart(firstAyat(page, 'JANGKA WAKTU'));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ayat baru di depan.');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.ProseMirror .clause-ref')].some(
        (el) => el.textContent === 'Pasal 7 ayat (2)',
      ),
    );
    expect(await referencesIn(page, 'JANGKA WAKTU')).toEqual(['ayat (2)']);
    expect(await referencesIn(page, 'PENGAKHIRAN')).toEqual(['Pasal 7 ayat (2)']);
    const ayat = await pasal(page, 'JANGKA WAKTU').locator('[data-type="ayat-item"] > p').allTextContents();
    expect(ayat[0]).toBe('Ayat baru di depan.');
    expect(ayat[1]).toMatch(/^Nota Kesepakatan ini berlaku untuk jangka waktu 5 \(lima\) tahun/);
  });
});
