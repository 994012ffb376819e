import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

/** A viewer (tamu) reads the live document but cannot type into it, and the banner says so and whom to ask. */
describe('viewer in Chromium', () => {
  const e2e = e2eSession();
  let tamu: BrowserUser;

  beforeAll(async () => {
    tamu = await e2e.browser('tamu');
  });

  it('shows the document read-only with a banner saying so', async () => {
    const path = editorPath(await demoMou(e2e.server, await e2e.server.login('tamu')));
    await openEditor(tamu.page, path);
    // The banner says what a viewer can do and whom to ask for more, in either language.
    const banner = tamu.page.getByTestId('read-only-banner');
    await expect
      .poll(() => banner.textContent())
      .toBe(
        'Anda pembaca: dapat membaca, tetapi tidak dapat mengubah teks. Untuk mengubah teks, minta peran Editor kepada Kepala Perwakilan (pemilik).',
      );
    await tamu.page.locator('.language-switch button[lang="en"]').click();
    await expect
      .poll(() => banner.textContent())
      .toBe(
        'You are a viewer: you can read, but not change the text. To change the text, ask Kepala Perwakilan (owner) for the Editor role.',
      );
    await tamu.page.locator('.language-switch button[lang="id"]').click();
    // The top bar's short word agrees with the banner.
    await expect.poll(() => tamu.page.locator('.connection').textContent()).toBe('Hanya baca');
    expect(await tamu.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    expect(await tamu.page.getByRole('button', { name: 'Pasal baru' }).isDisabled()).toBe(true);
    expect(await tamu.page.locator('.info-form input').first().isDisabled()).toBe(true);

    // Typing does nothing.
    const before = await tamu.page.locator('.ProseMirror').textContent();
    await tamu.page.locator('.ProseMirror p').first().click();
    await tamu.page.keyboard.type('tidak boleh');
    expect(await tamu.page.locator('.ProseMirror').textContent()).toBe(before);
    await screenshot(tamu.page, 'e2e-readonly');
  });
});

/**
 * A commenter (walikota) cannot type into the text, yet a point raised on selected words is
 * highlighted there: the server marks the range, for the commenter and everyone else.
 */
describe('commenter in Chromium', () => {
  const e2e = e2eSession();
  let walikota: BrowserUser;

  beforeAll(async () => {
    walikota = await e2e.browser('walikota');
  });

  it('raises a point on selected words and sees them highlighted', async () => {
    const cookie = await e2e.server.login('walikota');
    const ids = await demoMou(e2e.server, cookie);
    const { page } = walikota;
    await openEditor(page, `${editorPath(ids)}?panel=poin`);
    await page.getByRole('tab', { name: 'Poin' }).click();
    expect(await page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    // Not "read only": the banner names what this commenter, a signatory, may do.
    expect(await page.getByTestId('read-only-banner').textContent()).toBe(
      'Anda pemberi komentar dan penanda tangan: dapat membaca, menambah poin pembahasan, dan menyetujui teks untuk pihak Anda, tetapi tidak dapat mengubah teks. Untuk mengubah teks, minta peran Editor kepada Kepala Perwakilan (pemilik).',
    );

    // The top bar's short word agrees with the banner, on a laptop and on a phone.
    await expect.poll(() => page.locator('.connection').textContent()).toBe('Komentar');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('.connection').isVisible()).toBe(true);
    expect(await page.locator('.connection').textContent()).toBe('Komentar');
    // The title and the user menu still fit beside it.
    expect((await page.locator('.breadcrumb [aria-current="page"]').boundingBox())!.width).toBeGreaterThan(
      90,
    );
    const menu = (await page.locator('.user-menu-button').boundingBox())!;
    expect(menu.x + menu.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'e2e-commenter-phone');
    await page.setViewportSize({ width: 1366, height: 768 });

    // The second to fourth words of Pasal 3's first paragraph.
    const paragraph = page.locator('.ProseMirror > [data-type="clause"]').nth(2).locator('p').first();
    const selected = await paragraph.evaluate((p) => {
      const text = p.firstChild as Text;
      const words = (text.textContent ?? '').split(' ');
      const start = words[0]!.length + 1;
      const end = start + words.slice(1, 4).join(' ').length;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return (text.textContent ?? '').slice(start, end);
    });
    await page.waitForTimeout(200); // ProseMirror reads the new selection on selectionchange
    await page.keyboard.press('Control+Alt+m');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Isi poin');
    await page.keyboard.type('Mohon rumusan ini diperjelas.');
    await page.getByRole('button', { name: 'Tambahkan poin' }).click();

    const anchor = page.locator('.ProseMirror .point-anchor[data-point-id]');
    await anchor.first().waitFor({ timeout: 15_000 });
    expect((await anchor.allTextContents()).join('')).toBe(selected);
    const points = await e2e.server.api(
      `/api/cooperations/${ids.cooperationId}/points?documentId=${ids.documentId}`,
      {
        cookie,
      },
    );
    const raised = points.body.points.find(
      (p: { text: string }) => p.text === 'Mohon rumusan ini diperjelas.',
    );
    expect(raised.anchor).toBe(raised.id);
    expect(await anchor.first().getAttribute('data-point-id')).toBe(raised.id);
    await screenshot(page, 'e2e-commenter-point');
  });
});
