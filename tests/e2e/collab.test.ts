import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot, signIn } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import {
  caretLabels,
  cursorInPasal,
  demoMou,
  editorPath,
  openEditor,
  waitForEditorText,
} from './editorPage.ts';

/**
 * Two people in two browser profiles co-edit the demo MoU through the real server: each sees
 * the other's text and labelled caret, and what they typed is still there after a reload.
 */
describe('co-editing in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let path: string;

  beforeAll(async () => {
    ombudsman = await e2e.browser();
    pemkot = await e2e.browser('pemkot');
    path = editorPath(await demoMou(e2e.server, await e2e.server.login('ombudsman')));
  });

  it('two parties type into a Pasal and see each other’s text and caret', async () => {
    // One signs in through the login screen and follows the shared link back to the document.
    await ombudsman.page.goto(path);
    await ombudsman.page.waitForURL(/\/login/);
    await signIn(ombudsman.page, 'ombudsman', e2e.server.password);
    await ombudsman.page.goto(path);
    await openEditor(ombudsman.page, path);
    await openEditor(pemkot.page, path);

    await cursorInPasal(ombudsman.page, 1);
    await ombudsman.page.keyboard.type(' Tambahan dari Ombudsman.');
    await cursorInPasal(pemkot.page, 2);
    await pemkot.page.keyboard.type(' Tambahan dari Pemkot.');

    await waitForEditorText(pemkot.page, 'Tambahan dari Ombudsman.');
    await waitForEditorText(ombudsman.page, 'Tambahan dari Pemkot.');

    await pemkot.page.waitForSelector('.collaboration-carets__label');
    await ombudsman.page.waitForSelector('.collaboration-carets__label');
    expect((await caretLabels(pemkot.page)).join()).toContain('Kepala Perwakilan');
    expect((await caretLabels(ombudsman.page)).join()).toContain('Kabag Kerja Sama');

    // Both show up as online, in the top bar.
    await ombudsman.page.waitForFunction(() => document.querySelectorAll('.presence li').length === 2);
    expect(await ombudsman.page.locator('.connection').getAttribute('data-state')).toBe('connected');
    await screenshot(ombudsman.page, 'e2e-coediting');
  });

  it('a reload keeps the text', async () => {
    await ombudsman.page.reload();
    await openEditor(ombudsman.page, path);
    await waitForEditorText(ombudsman.page, 'Tambahan dari Ombudsman.');
    await waitForEditorText(ombudsman.page, 'Tambahan dari Pemkot.');
  });

  it('undo takes back only my own typing', async () => {
    await cursorInPasal(pemkot.page, 2);
    await pemkot.page.keyboard.type(' Sementara.');
    await waitForEditorText(ombudsman.page, 'Sementara.');
    await pemkot.page.keyboard.press('Control+z');
    await ombudsman.page.waitForFunction(
      () => !document.querySelector('.ProseMirror')?.textContent?.includes('Sementara.'),
    );
    const text = (await pemkot.page.locator('.ProseMirror').textContent()) ?? '';
    expect(text).toContain('Tambahan dari Ombudsman.');
    expect(text).toContain('Tambahan dari Pemkot.');
  });

  it('typing while the server is away stays on the page and reaches the other party on reconnect', async () => {
    await e2e.server.stop();
    await ombudsman.page.waitForSelector('.connection[data-state="connecting"]');
    await cursorInPasal(ombudsman.page, 3);
    await ombudsman.page.keyboard.type(' Diketik saat terputus.');
    await screenshot(ombudsman.page, 'e2e-reconnecting');

    await e2e.server.restart();
    await ombudsman.page.waitForSelector('.connection[data-state="connected"]', { timeout: 30_000 });
    await waitForEditorText(pemkot.page, 'Diketik saat terputus.', 30_000);
  });

  it('a Pasal moved while the other party types in it and in a Pasal it passes keeps every word where it was typed', async () => {
    // Both work apart (the server is away), so the move and the typing are truly concurrent.
    // Each clause's heading and text, without the other party's caret (drawn inside the text).
    const clauses = (page: Page) =>
      page.locator('.ProseMirror > [data-type="clause"]').evaluateAll((els) =>
        els.map((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
          return {
            heading: copy.querySelector('[data-type="clause-heading"]')?.textContent ?? '',
            text: copy.textContent ?? '',
          };
        }),
      );
    const before = await clauses(ombudsman.page);
    await e2e.server.stop();
    await ombudsman.page.waitForSelector('.connection[data-state="connecting"]');
    await pemkot.page.waitForSelector('.connection[data-state="connecting"]');
    await cursorInPasal(pemkot.page, 2);
    await pemkot.page.keyboard.type(' Disisipkan Pemkot.');
    await cursorInPasal(pemkot.page, 4);
    await pemkot.page.keyboard.type(' Pemkot mengetik di pasal yang dipindah.');
    await cursorInPasal(ombudsman.page, 4);
    await ombudsman.page.keyboard.press('Alt+ArrowUp');
    await ombudsman.page.keyboard.press('Alt+ArrowUp');
    await ombudsman.page.waitForFunction(
      (h) =>
        document.querySelectorAll('.ProseMirror > [data-type="clause"] [data-type="clause-heading"]')[1]
          ?.textContent === h,
      before[3]!.heading,
    );

    await e2e.server.restart();
    await waitForEditorText(ombudsman.page, 'Disisipkan Pemkot.', 30_000);
    // Typed in the Pasal being moved: put back into the moved Pasal by Pemkot's browser.
    await waitForEditorText(ombudsman.page, 'Pemkot mengetik di pasal yang dipindah.', 30_000);
    await pemkot.page.waitForFunction(
      (h) =>
        document.querySelectorAll('.ProseMirror > [data-type="clause"] [data-type="clause-heading"]')[1]
          ?.textContent === h,
      before[3]!.heading,
      { timeout: 30_000 },
    );
    const expected = [before[0]!.heading, before[3]!.heading, before[1]!.heading, before[2]!.heading];
    for (const page of [ombudsman.page, pemkot.page]) {
      const now = await clauses(page);
      expect(now.slice(0, 4).map((c) => c.heading)).toEqual(expected);
      // The typing stayed in the Pasal it was typed in, and only there.
      expect(now[2]!.text).toContain('Disisipkan Pemkot.');
      expect(now.filter((c) => c.text.includes('Disisipkan Pemkot.'))).toHaveLength(1);
      expect(now[1]!.text).toContain('Pemkot mengetik di pasal yang dipindah.');
      expect(now.filter((c) => c.text.includes('yang dipindah.'))).toHaveLength(1);
      expect(now.length).toBe(before.length);
    }
    expect(await clauses(ombudsman.page)).toEqual(await clauses(pemkot.page));
  });

  it('two parties moving the same Pasal apart end with one Pasal, its id, and what both typed in it', async () => {
    const clauseIds = (page: Page) =>
      page
        .locator('.ProseMirror > [data-type="clause"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-clause-id')));
    const before = await clauseIds(ombudsman.page);
    const moved = before[3];
    await e2e.server.stop();
    await ombudsman.page.waitForSelector('.connection[data-state="connecting"]');
    await pemkot.page.waitForSelector('.connection[data-state="connecting"]');
    await cursorInPasal(ombudsman.page, 4);
    await ombudsman.page.keyboard.press('Alt+ArrowUp');
    await ombudsman.page.keyboard.type(' Dipindah Ombudsman.');
    await cursorInPasal(pemkot.page, 4);
    await pemkot.page.keyboard.press('Alt+ArrowDown');
    await pemkot.page.keyboard.type(' Dipindah Pemkot.');

    await e2e.server.restart();
    // Both pages reconnect with their backoff and merge two moves: slow on a loaded CI machine.
    for (const page of [ombudsman.page, pemkot.page]) {
      await waitForEditorText(page, 'Dipindah Ombudsman.', 60_000);
      await waitForEditorText(page, 'Dipindah Pemkot.', 60_000);
      await page.waitForFunction(
        (n) => document.querySelectorAll('.ProseMirror > [data-type="clause"]').length === n,
        before.length,
        { timeout: 30_000 },
      );
    }
    const now = await clauseIds(ombudsman.page);
    expect(now.filter((id) => id === moved)).toHaveLength(1);
    expect(now.slice().sort()).toEqual(before.slice().sort());
    expect(await clauseIds(pemkot.page)).toEqual(now);
    const text = await ombudsman.page.locator(`.ProseMirror > [data-clause-id="${moved}"]`).textContent();
    expect(text).toContain('Dipindah Ombudsman.');
    expect(text).toContain('Dipindah Pemkot.');
  });

  it('the browser going offline shows "Luring"', async () => {
    await ombudsman.context.setOffline(true);
    await ombudsman.page.waitForSelector('.connection[data-state="offline"]');
    expect(await ombudsman.page.locator('.connection').textContent()).toContain('Luring');
    await ombudsman.context.setOffline(false);
    await ombudsman.page.waitForSelector('.connection[data-state="connected"]', { timeout: 30_000 });
  });
});
