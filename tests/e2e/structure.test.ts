import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { cursorInPasal, demoMouEditor, outlineEntries, waitForEditorText } from './editorPage.ts';

/**
 * The editor understands an agreement: typed and pasted "Pasal N" lines become clauses,
 * numbers follow position, clauses move by keyboard, references renumber themselves.
 */
describe('structure-aware editing in Chromium', () => {
  const editor = demoMouEditor();

  it('typing "Pasal 3" and Enter on its own line starts a new Pasal, numbered by position', async () => {
    const { page } = editor.user;
    const before = await outlineEntries(page);
    await cursorInPasal(page, 2);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Pasal 99');
    await page.keyboard.press('Enter');
    await page.keyboard.type('KETENTUAN BARU');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.outline-clause').length === n,
      before.length + 1,
    );
    const after = await outlineEntries(page);
    expect(after[2]).toBe('Pasal 3 KETENTUAN BARU');
    expect(after[3]).toBe(before[2]!.replace('Pasal 3', 'Pasal 4'));
  });

  it('Alt+ArrowUp moves the Pasal up and everything renumbers', async () => {
    const { page } = editor.user;
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForFunction(() =>
      document.querySelectorAll('.outline-clause button')[1]?.textContent?.includes('KETENTUAN BARU'),
    );
    const entries = await outlineEntries(page);
    expect(entries[1]).toBe('Pasal 2 KETENTUAN BARU');
    expect(entries[2]).toMatch(/^Pasal 3 RUANG LINGKUP/);
  });

  it('Ctrl+Z takes the move back and Ctrl+Shift+Z makes it again', async () => {
    const { page } = editor.user;
    const second = () => page.locator('.outline-clause button').nth(1).textContent();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      () => !document.querySelectorAll('.outline-clause button')[1]?.textContent?.includes('KETENTUAN BARU'),
    );
    expect(await second()).toMatch(/RUANG LINGKUP/);
    expect((await outlineEntries(page))[2]).toBe('Pasal 3 KETENTUAN BARU');
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() =>
      document.querySelectorAll('.outline-clause button')[1]?.textContent?.includes('KETENTUAN BARU'),
    );
    expect((await outlineEntries(page))[1]).toBe('Pasal 2 KETENTUAN BARU');
  });

  it('a cross-reference follows its Pasal when it moves', async () => {
    const { page } = editor.user;
    await cursorInPasal(page, 1);
    await page.keyboard.type(' Lihat ');
    await page.keyboard.press('Control+Shift+K');
    await page.getByLabel('Cari pasal').fill('KETENTUAN BARU');
    await page.locator('.xref-list').getByRole('button', { name: 'Seluruh pasal' }).click();
    await page.waitForSelector('.ProseMirror .clause-ref');
    expect(await page.locator('.ProseMirror .clause-ref').first().textContent()).toBe('Pasal 2');

    // Move the referenced Pasal down by keyboard from the outline.
    await page.locator('.outline-clause button', { hasText: 'KETENTUAN BARU' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction(
      () => document.querySelector('.ProseMirror .clause-ref')?.textContent === 'Pasal 3',
    );
  });

  it('pasting Word-like HTML with "Pasal N" lines lands as clauses with ayat', async () => {
    const { page } = editor.user;
    const before = (await outlineEntries(page)).length;
    await cursorInPasal(page, 4);
    await page.evaluate(() => {
      const html =
        '<p class="MsoNormal" align="center"><b>Pasal 7</b></p><p class="MsoNormal" align="center"><b>KERAHASIAAN</b></p>' +
        '<p class="MsoListParagraph">(1)&nbsp;PARA PIHAK menjaga kerahasiaan data.</p>' +
        '<p class="MsoListParagraph">(2)&nbsp;Kewajiban ini tetap berlaku setelah berakhirnya kerja sama.</p>';
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Pasal 7\nKERAHASIAAN');
      const target = document.querySelector('.ProseMirror')!;
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await page.waitForFunction((n) => document.querySelectorAll('.outline-clause').length === n, before + 1);
    const entries = await outlineEntries(page);
    expect(entries[4]).toBe('Pasal 5 KERAHASIAAN');
    const clause = page.locator('.ProseMirror > [data-type="clause"]').nth(4);
    expect(await clause.locator('li[data-type="ayat-item"]').count()).toBe(2);
    expect(await clause.locator('li[data-type="ayat-item"]').first().getAttribute('data-label')).toBe('(1)');
    await waitForEditorText(page, 'PARA PIHAK menjaga kerahasiaan data.');
  });

  it('"Pasal baru" inserts an empty Pasal after the current one; the outline jumps to it', async () => {
    const { page } = editor.user;
    const before = (await outlineEntries(page)).length;
    await cursorInPasal(page, 1);
    await page.getByRole('button', { name: 'Pasal baru' }).click();
    await page.keyboard.type('PASAL KOSONG');
    await page.waitForFunction((n) => document.querySelectorAll('.outline-clause').length === n, before + 1);
    expect((await outlineEntries(page))[1]).toBe('Pasal 2 PASAL KOSONG');
    await page.locator('.outline-clause button').last().click();
    await page.waitForFunction(() => document.querySelector('.outline-clause.current') !== null);
    expect(await page.locator('.outline-clause.current button').textContent()).toBe(
      await page.locator('.outline-clause button').last().textContent(),
    );
    await screenshot(page, 'e2e-structure');
  });

  it('dragging a Pasal in the outline moves it in the document', async () => {
    const { page } = editor.user;
    const before = await outlineEntries(page);
    // Both ends in view: the outline is taller than the window by now.
    const moved = before[3]!.replace(/^Pasal \d+ /, '');
    await page.locator('.outline-clause').first().scrollIntoViewIfNeeded();
    await page.locator('.outline-clause').nth(3).dragTo(page.locator('.outline-clause').first());
    await page.waitForFunction(
      (heading) => document.querySelector('.outline-clause .outline-heading')?.textContent === heading,
      moved,
    );
    const after = await outlineEntries(page);
    expect(after[0]).toBe(`Pasal 1 ${moved}`);
    expect(after[1]).toBe(before[0]!.replace('Pasal 1', 'Pasal 2'));
    const firstInDocument = page.locator('.ProseMirror > [data-type="clause"]').first();
    expect(await firstInDocument.locator('[data-type="clause-heading"]').textContent()).toBe(moved);
  });
});
