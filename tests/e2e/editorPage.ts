import type { Locator, Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { type E2eSession, e2eSession } from '../support/e2e.ts';
import type { StartOptions, TestServer } from '../support/server.ts';

/** The demo cooperation and its MoU, read through the API as `username`. */
export async function demoMou(
  server: TestServer,
  cookie: string,
): Promise<{ cooperationId: string; documentId: string }> {
  const res = await server.api('/api/cooperations', { cookie });
  const coop = res.body.cooperations[0];
  const mou = coop.documents.find((d: { kind: string }) => d.kind === 'mou');
  return { cooperationId: coop.id, documentId: mou.id };
}

/**
 * The demo MoU open in the editor of a new browser signed in as the Kepala Perwakilan
 * (`ombudsman`), with its ids and the session cookie (for API calls beside the browser).
 */
export async function demoMouInEditor(e2e: E2eSession) {
  const cookie = await e2e.server.login('ombudsman');
  const ids = await demoMou(e2e.server, cookie);
  const user = await e2e.browser({ cookie });
  await openEditor(user.page, editorPath(ids));
  return { user, ids, cookie };
}

/**
 * For a `describe` block: a server, and before the block's tests the demo MoU open in the
 * editor as {@link demoMouInEditor} opens it (`editor.user`, `editor.ids`, `editor.cookie`;
 * `editor.e2e` for more browsers).
 */
export function demoMouEditor(options?: StartOptions) {
  const e2e = e2eSession(options);
  let opened: Awaited<ReturnType<typeof demoMouInEditor>> | undefined;
  beforeAll(async () => {
    opened = await demoMouInEditor(e2e);
  });
  const get = () => {
    if (!opened) throw new Error('demoMouEditor: the editor is not open yet (use it inside hooks and tests)');
    return opened;
  };
  return {
    e2e,
    get user() {
      return get().user;
    },
    get ids() {
      return get().ids;
    },
    get cookie() {
      return get().cookie;
    },
  };
}

/** Path of the editor screen. */
export const editorPath = (ids: { cooperationId: string; documentId: string }) =>
  `/k/${ids.cooperationId}/dokumen/${ids.documentId}`;

/** Open a document and wait until its content has arrived from the server. */
export async function openEditor(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
}

/** Put the cursor at the end of the first paragraph of Pasal `n` (1-based). */
export async function cursorInPasal(page: Page, n: number): Promise<void> {
  await cursorAtEnd(
    page
      .locator('.ProseMirror > [data-type="clause"]')
      .nth(n - 1)
      .locator('p')
      .first(),
  );
}

/** Put the cursor at the end of a paragraph of the editor. */
export const cursorAtEnd = (paragraph: Locator) => cursorAtEdge(paragraph, false);

/** Put the cursor at the start of a paragraph or a heading of the editor. */
export const cursorAtStart = (block: Locator) => cursorAtEdge(block, true);

async function cursorAtEdge(block: Locator, atStart: boolean): Promise<void> {
  await block.click();
  // Home and End would stop at a wrapped line's edge; place the DOM selection at the block's.
  await block.evaluate((p, start) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    range.collapse(start);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, atStart);
  await block.page().waitForTimeout(50); // ProseMirror reads the new selection on selectionchange
}

/** Wait until the editor's text contains `text`. */
export async function waitForEditorText(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (t) => document.querySelector('.ProseMirror')?.textContent?.includes(t) ?? false,
    text,
    { timeout },
  );
}

/** Text of another user's caret labels shown in the editor. */
export async function caretLabels(page: Page): Promise<string[]> {
  return page.locator('.collaboration-carets__label').allTextContents();
}

/** The outline's Pasal entries (the buttons that jump to a Pasal), or those holding `text`. */
export const outlinePasal = (page: Page, text?: string): Locator =>
  page.locator('.outline-clause button:has(.outline-number)', text ? { hasText: text } : undefined);

/** The numbers and headings the outline shows, e.g. ["Pasal 1 MAKSUD DAN TUJUAN", ...]. */
export async function outlineEntries(page: Page): Promise<string[]> {
  return outlinePasal(page).evaluateAll((buttons) =>
    buttons.map((b) => [...b.children].map((c) => c.textContent).join(' ')),
  );
}

/** The first paragraph of Pasal `n` (1-based) in the editor. */
export const pasalParagraph = (page: Page, n: number): Locator =>
  page
    .locator('.ProseMirror > [data-type="clause"]')
    .nth(n - 1)
    .locator('p')
    .first();

/**
 * Drags the mouse over the second to fourth words of a paragraph, as a reader selects words,
 * and returns the selected text.
 */
export async function dragOverWords(paragraph: Locator, attempt = 1): Promise<string> {
  await paragraph.scrollIntoViewIfNeeded();
  const spot = await paragraph.evaluate((p) => {
    const text = p.firstChild as Text;
    const words = (text.textContent ?? '').split(' ');
    const start = words[0]!.length + 1;
    const end = start + words.slice(1, 4).join(' ').length;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset);
      const rect = range.getBoundingClientRect();
      return { x: rect.left, y: rect.top + rect.height / 2 };
    };
    return { from: at(start), to: at(end), words: (text.textContent ?? '').slice(start, end) };
  });
  const page = paragraph.page();
  await page.mouse.move(spot.from.x + 1, spot.from.y);
  await page.mouse.down();
  await page.mouse.move(spot.to.x - 1, spot.to.y, { steps: 8 });
  await page.mouse.up();
  // On a loaded machine the sheet may still be laying out a Pasal that just scrolled into
  // view (content-visibility), so the words measured are elsewhere by the drag: measure and
  // drag again, as a person would, until the browser holds a selection.
  const selected = await page
    .waitForFunction(() => (window.getSelection()?.toString().length ?? 0) > 0, undefined, { timeout: 3_000 })
    .then(() => true)
    .catch(() => false);
  if (!selected && attempt < 3) return dragOverWords(paragraph, attempt + 1);
  return spot.words;
}
