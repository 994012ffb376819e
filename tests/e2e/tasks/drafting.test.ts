import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserUser } from '../../support/browser.ts';
import { e2eSession } from '../../support/e2e.ts';
import {
  caretLabels,
  demoMou,
  editorPath,
  openEditor,
  outlineEntries,
  outlinePasal,
  waitForEditorText,
} from '../editorPage.ts';
import { expectClicks, Hands, printClicksAfterAll, SIZES, taskShot } from './clicks.ts';

/** The Pasal whose heading is `heading`, in the editor. */
const pasalHeaded = (page: Page, heading: string) =>
  page.locator('.ProseMirror > [data-type="clause"]', {
    has: page.locator('[data-type="clause-heading"]', { hasText: heading }),
  });

/** The text of an element of the editor, without the other people's caret labels. */
const textWithoutCarets = (element: Locator) =>
  element.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  });

/**
 * Task 1, both parties co-draft a Pasal live: the Ombudsman adds a Pasal before the closing
 * one and writes it; the city finds it in its outline as it appears, and adds a sentence to it;
 * each sees the other's words and named caret. Writing a Pasal is a laptop task: at phone size
 * the Ombudsman still drafts on a laptop while the city follows on the phone and adds a
 * short sentence.
 */
describe('task: both parties co-draft a Pasal live', () => {
  const e2e = e2eSession();
  printClicksAfterAll();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let path: string;

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    path = editorPath(await demoMou(e2e.server, cookie));
    ombudsman = await e2e.browser({ cookie });
    pemkot = await e2e.browser('pemkot');
  });

  for (const size of SIZES) {
    it(`at ${size.name} size (the city on ${size.width}×${size.height})`, async () => {
      const heading = size.name === 'laptop' ? 'KERAHASIAAN DATA' : 'PERLINDUNGAN DATA PRIBADI';
      const body = `PARA PIHAK menjaga kerahasiaan data pengadu dan terlapor (${size.name}).`;
      const added = ' Kewajiban ini tetap berlaku setelah kerja sama berakhir.';
      await pemkot.page.setViewportSize(size);
      await Promise.all([openEditor(ombudsman.page, path), openEditor(pemkot.page, path)]);

      // The Ombudsman: a new Pasal before the closing one (PENUTUP), its heading and first sentence.
      const drafter = new Hands();
      const { page } = ombudsman;
      const pasalCount = (await outlineEntries(page)).length;
      await drafter.click(outlinePasal(page).nth(pasalCount - 2));
      await drafter.click(page.getByRole('button', { name: /^Pasal baru/ }));
      await drafter.type(page, heading);
      await page.keyboard.press('Enter');
      await drafter.type(page, body);
      // Enter after the heading went into the new Pasal's empty paragraph: no second one.
      expect(await pasalHeaded(page, heading).locator('p').count()).toBe(1);
      const outline = await outlineEntries(page);
      expect(outline).toHaveLength(pasalCount + 1);
      expect(outline.slice(-2)).toEqual([
        `Pasal ${pasalCount} ${heading}`,
        `Pasal ${pasalCount + 1} PENUTUP`,
      ]);
      expectClicks('write a new Pasal', size, 'ombudsman', drafter, 2);

      // The city: the new Pasal in its outline as it is written, then a sentence at its end.
      const city = new Hands();
      const other = pemkot.page;
      await waitForEditorText(other, body);
      if (size.name === 'phone') await city.click(other.getByRole('button', { name: 'Kerangka' }));
      await city.click(outlinePasal(other, heading));
      await city.clickAtEnd(pasalHeaded(other, heading).locator('p').first());
      await city.type(other, added);
      await waitForEditorText(page, added.trim());
      // The whole editor's text runs paragraphs together: the Pasal's one paragraph is what counts.
      await expect
        .poll(() => textWithoutCarets(pasalHeaded(page, heading).locator('p').first()))
        .toBe(`${body}${added}`);
      expect(await pasalHeaded(page, heading).locator('p').count()).toBe(1);
      expectClicks('add to the Pasal (other party)', size, 'pemkot', city, size.name === 'laptop' ? 2 : 3);

      // Each sees the other's named caret.
      await expect.poll(() => caretLabels(page)).toContainEqual(expect.stringContaining('Kabag Kerja Sama'));
      await expect
        .poll(() => caretLabels(other))
        .toContainEqual(expect.stringContaining('Kepala Perwakilan'));
      await taskShot(size.name === 'laptop' ? page : other, 'drafting', size);
    });
  }
});
