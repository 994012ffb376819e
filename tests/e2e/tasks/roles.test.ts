import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserUser } from '../../support/browser.ts';
import { e2eSession } from '../../support/e2e.ts';
import { demoMou, editorPath, openEditor, pasalParagraph } from '../editorPage.ts';
import {
  expectClicks,
  Hands,
  printClicksAfterAll,
  raisePoint,
  SIZES,
  type Size,
  showSideTab,
  taskShot,
} from './clicks.ts';

/** Typing into the text as someone who may not: the text stays as it was. */
async function typingChangesNothing(page: Page): Promise<void> {
  const text = page.locator('.ProseMirror');
  expect(await text.getAttribute('contenteditable')).toBe('false');
  const before = await text.textContent();
  await pasalParagraph(page, 2).click();
  await page.keyboard.type('tidak boleh');
  expect(await text.textContent()).toBe(before);
}

/** Waits until the page holds a selection of some words (a drag has been read). */
const selectionMade = (page: Page) =>
  page.waitForFunction(() => (window.getSelection()?.toString().length ?? 0) > 0);

/**
 * Task 7, the same as a viewer and as a commenter. The viewer (demo `tamu`) reads the
 * document and its points, and can do nothing else: no typing, no "Tambah poin" on selected
 * words, no point form, no approving. The commenter (demo `walikota`, also the city's
 * signatory) cannot type either, but raises a point on selected words from the bubble, and may
 * approve for the city. The role banner says what each can do. Both sizes do the same: none of
 * it is typing long text.
 */
describe('task: the same as a viewer and as a commenter', () => {
  const e2e = e2eSession();
  printClicksAfterAll();
  let viewer: BrowserUser;
  let commenter: BrowserUser;
  let path: string;

  beforeAll(async () => {
    path = editorPath(await demoMou(e2e.server, await e2e.server.login('tamu')));
    viewer = await e2e.browser('tamu');
    commenter = await e2e.browser('walikota');
  });

  const open = async (page: Page, size: Size) => {
    await page.setViewportSize(size);
    await openEditor(page, path);
  };

  for (const size of SIZES) {
    it(`a viewer reads the document and its points, and can do nothing else, at ${size.name} size`, async () => {
      const { page } = viewer;
      await open(page, size);
      const banner = page.getByTestId('read-only-banner');
      await banner.waitFor();
      expect(await banner.textContent()).not.toContain('poin');
      await typingChangesNothing(page);
      await page.keyboard.press('Escape');

      // Selected words offer no "Tambah poin" (Pasal 6: no point is anchored there).
      await new Hands().selectWords(pasalParagraph(page, 6));
      await selectionMade(page);
      expect(await page.getByTestId('point-bubble').isVisible()).toBe(false);

      const hands = new Hands();
      await showSideTab(hands, page, size, 'Poin');
      await hands.check(page.getByRole('radio', { name: 'Semua poin dokumen ini' }));
      await page.locator('.point-card').first().waitFor();
      expect(await page.getByRole('textbox', { name: 'Isi poin' }).count()).toBe(0);
      expectClicks('read the points (viewer)', size, 'tamu', hands, size.name === 'laptop' ? 2 : 3);
      await taskShot(page, 'roles-viewer', size);

      await page.getByRole('tab', { name: 'Persetujuan' }).click();
      await page.locator('.lifecycle').waitFor();
      expect(await page.getByRole('button', { name: /^Setujui/ }).count()).toBe(0);
    });

    it(`a commenter raises a point on selected words and may approve, but cannot type, at ${size.name} size`, async () => {
      const { page } = commenter;
      await open(page, size);
      const banner = page.getByTestId('read-only-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('poin');
      await typingChangesNothing(page);
      await page.keyboard.press('Escape');

      const hands = new Hands();
      const pasal = size.name === 'laptop' ? 3 : 4;
      const text = `Mohon rumusan ini diperjelas (${size.name}).`;
      const { words } = await raisePoint(hands, page, pasal, text);
      const anchor = page.locator('.ProseMirror .point-anchor[data-point-id]', { hasText: words });
      await anchor.first().waitFor({ state: 'attached', timeout: 15_000 });
      expectClicks('raise a point on words (commenter)', size, 'walikota', hands, 3);
      await taskShot(page, 'roles-commenter', size);

      // As the city's signatory the commenter approves for the city.
      await page.getByRole('tab', { name: 'Persetujuan' }).click();
      await page.getByRole('button', { name: /^Setujui semua yang belum disetujui/ }).waitFor();
    });
  }
});
