import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, openBrowser, screenshot } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

/** A viewer (tamu) reads the live document but cannot type into it. */
describe('viewer in Chromium', () => {
  let server: TestServer;
  let tamu: BrowserUser;

  beforeAll(async () => {
    server = await startServer();
    tamu = await openBrowser({ baseUrl: server.url, cookie: await server.login('tamu') });
  });

  afterAll(async () => {
    await tamu?.close();
    await server?.dispose();
  });

  it('shows the document read-only with a banner saying so', async () => {
    const path = editorPath(await demoMou(server, await server.login('tamu')));
    await openEditor(tamu.page, path);
    await tamu.page.waitForSelector('[data-testid="read-only-banner"]');
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
