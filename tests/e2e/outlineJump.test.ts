import { describe, expect, it } from 'vitest';
import { cursorAtStart, demoMouEditor } from './editorPage.ts';

/**
 * The outline takes the reader to a Pasal: its heading at the top of the document column, the
 * caret at the start of its body; Enter at the start of a heading opens a line and keeps it.
 */
describe('outline jump and the heading Enter, in Chromium', () => {
  const editor = demoMouEditor();

  const clause = (n: number) => editor.user.page.locator('.ProseMirror > [data-type="clause"]').nth(n - 1);

  it('a click on Pasal 9 scrolls it under the toolbar and puts the caret in its body', async () => {
    const { page } = editor.user;
    expect(await page.locator('.outline-clause').count()).toBeGreaterThanOrEqual(9);
    await page.locator('.outline-clause button').nth(8).click();
    // The heading's top, in px under the toolbar's bottom (the column scrolls smoothly).
    const gap = () =>
      clause(9).evaluate((section) => {
        const toolbar = document.querySelector('.toolbar')!.getBoundingClientRect();
        return Math.round(section.querySelector('h3')!.getBoundingClientRect().top - toolbar.bottom);
      });
    await expect.poll(gap, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
    await expect.poll(gap, { timeout: 5_000 }).toBeLessThanOrEqual(200);

    const caret = await clause(9).evaluate((section) => {
      const selection = window.getSelection()!;
      const node = selection.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      return {
        inClause: !!node && section.contains(node),
        inHeading: !!element?.closest('h3'),
        collapsed: selection.isCollapsed,
        offset: selection.anchorOffset,
        focused: document.activeElement?.classList.contains('ProseMirror') ?? false,
      };
    });
    expect(caret).toEqual({ inClause: true, inHeading: false, collapsed: true, offset: 0, focused: true });
  });

  it('Enter at the start of a Pasal heading opens an empty paragraph and keeps the heading', async () => {
    const { page } = editor.user;
    const count = await page.locator('.ProseMirror > [data-type="clause"]').count();
    const heading = clause(5).locator('h3');
    const text = await heading.textContent();
    await cursorAtStart(heading);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Baris baru');

    expect(await page.locator('.ProseMirror > [data-type="clause"]').count()).toBe(count);
    expect(await heading.textContent()).toBe(text);
    expect(await clause(5).locator(':scope > *').nth(1).textContent()).toBe('Baris baru');
  });
});
