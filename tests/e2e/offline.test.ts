import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor, waitForEditorText } from './editorPage.ts';

const TYPED = 'Kalimat ini diketik ketika server mati.';

/** The app shell (with the editor's chunk) and the editor's API answers are kept on the device. */
function keptForOffline(page: Page) {
  return page.waitForFunction(
    async () => {
      if (!navigator.serviceWorker.controller) return false;
      const shell = await (await caches.open('sepakat-shell-v1')).keys();
      const api = await (await caches.open('sepakat-api-v1')).keys();
      return shell.some((r) => /\/assets\/EditorPage-.*\.js$/.test(r.url)) && api.length >= 3;
    },
    undefined,
    { timeout: 30_000, polling: 200 },
  );
}

/** Names of the documents kept in IndexedDB. */
const localDocuments = (page: Page) =>
  page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('sepakat-doc-')),
  );

/**
 * What is typed offline survives a reload of the tab while the server is
 * still down (the service worker serves the app, y-indexeddb the document, the last API
 * answers the rest), and reaches the server when it is back.
 */
describe('offline durability in Chromium', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let other: BrowserUser | undefined;
  let path: string;

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    path = editorPath(await demoMou(e2e.server, cookie));
    user = await e2e.browser({ cookie });
  });

  it('keeps offline text through a reload with the server down, then syncs it', async () => {
    const { page } = user;
    await openEditor(page, path);
    await keptForOffline(page);
    expect(await localDocuments(page)).toHaveLength(1);

    await e2e.server.stop();
    await page.waitForSelector('.connection[data-state="connecting"]', { timeout: 15_000 });
    await cursorInPasal(page, 1);
    await page.keyboard.type(` ${TYPED}`);
    await waitForEditorText(page, TYPED);
    // y-indexeddb writes each update in its own IndexedDB transaction as it happens.
    await page.waitForTimeout(500);

    // The tab reloads (or crashed and is reopened) while the server is still down.
    await page.reload();
    await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    await waitForEditorText(page, TYPED);
    expect(await page.locator('.connection').getAttribute('data-state')).toBe('connecting');
    await page.getByTestId('local-copy-note').waitFor();
    await screenshot(page, 'e2e-offline-reloaded');

    // The server returns: the provider reconnects and sends what it kept.
    await e2e.server.restart();
    await page.waitForSelector('.connection[data-state="connected"]', { timeout: 30_000 });
    await page.getByTestId('local-copy-note').waitFor({ state: 'detached' });
    other = await e2e.browser('pemkot');
    await openEditor(other.page, path);
    await waitForEditorText(other.page, TYPED);
  });

  it('signing out while edits wait on this device asks first, and not once they are sent', async () => {
    const { page } = user;
    const unsent = () => page.evaluate(() => localStorage.getItem('sepakat.unsent'));
    await expect.poll(unsent, { timeout: 10_000 }).toBeNull();
    await e2e.server.stop();
    await page.waitForSelector('.connection[data-state="connecting"]', { timeout: 15_000 });
    await cursorInPasal(page, 2);
    await page.keyboard.type(' Belum terkirim.');
    await expect.poll(unsent).not.toBeNull();

    await page.getByRole('button', { name: /Menu pengguna/ }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Perubahan belum terkirim' });
    await dialog.getByText('1 dokumen di perangkat ini berisi perubahan').waitFor();
    await screenshot(page, 'e2e-offline-signout-guard');
    await dialog.getByRole('button', { name: 'Jangan keluar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await localDocuments(page)).toHaveLength(1);

    await e2e.server.restart();
    await page.waitForSelector('.connection[data-state="connected"]', { timeout: 30_000 });
    await expect.poll(unsent, { timeout: 10_000 }).toBeNull();
    await openEditor(other!.page, path);
    await waitForEditorText(other!.page, 'Belum terkirim.');
  });

  it('signing out forgets the documents and answers kept on this device', async () => {
    const { page } = user;
    await page.getByRole('button', { name: /Menu pengguna/ }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.waitForURL(/\/login/);
    await expect.poll(() => localDocuments(page), { timeout: 10_000 }).toEqual([]);
    expect(await page.evaluate(() => caches.has('sepakat-api-v1'))).toBe(false);
  });
});
