import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, dragOverWords, editorPath, openEditor, pasalParagraph } from './editorPage.ts';

/** The "Tambah poin" bubble files a point anchored to the selected words, the quote shown in the form. */
async function raiseFromBubble(
  e2e: ReturnType<typeof e2eSession>,
  username: string,
  pasal: number,
  text: string,
  shot?: string,
): Promise<void> {
  const cookie = await e2e.server.login(username);
  const ids = await demoMou(e2e.server, cookie);
  const { page } = await e2e.browser({ cookie });
  // The Info tab is open: the bubble opens the Poin tab itself.
  await openEditor(page, `${editorPath(ids)}?panel=info`);
  const selected = await dragOverWords(pasalParagraph(page, pasal));
  expect(selected.split(' ')).toHaveLength(3);

  const bubble = page.getByTestId('point-bubble');
  await bubble.waitFor({ state: 'visible', timeout: 10_000 });
  expect(await bubble.textContent()).toBe('Tambah poin');
  if (shot) await screenshot(page, shot);
  await bubble.click();

  await expect.poll(() => page.getByRole('tab', { name: 'Poin' }).getAttribute('aria-selected')).toBe('true');
  const quote = page.getByTestId('point-quote');
  await quote.waitFor({ timeout: 10_000 });
  expect(await quote.textContent()).toBe(`Teks: “${selected}”`);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Isi poin');
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'Tambahkan poin' }).click();

  const res = await e2e.server.api(
    `/api/cooperations/${ids.cooperationId}/points?documentId=${ids.documentId}`,
    { cookie },
  );
  const raised = res.body.points.find((p: { text: string }) => p.text === text);
  expect(raised.quote).toBe(selected);
  expect(raised.anchor).toBe(raised.id);
  const anchor = page.locator(`.ProseMirror .point-anchor[data-point-id="${raised.id}"]`);
  await anchor.first().waitFor({ timeout: 15_000 });
  expect((await anchor.allTextContents()).join('')).toBe(selected);
}

describe('point bubble on selected words, in Chromium', () => {
  const e2e = e2eSession();

  it('an editor selects words, clicks "Tambah poin" and files a point anchored to them', async () => {
    await raiseFromBubble(e2e, 'ombudsman', 3, 'Istilah ini perlu dijelaskan.', 'e2e-point-bubble');
  });

  it('a commenter, who cannot type in the text, does the same', async () => {
    await raiseFromBubble(e2e, 'walikota', 4, 'Mohon rumusan ini ditinjau.');
  });
});
