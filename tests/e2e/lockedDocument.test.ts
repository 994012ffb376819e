import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type PMJSON, textOf } from '../../shared/clauses.ts';
import { META } from '../../shared/meta.ts';
import { approveAll, setMeta, typeOverBlanks } from '../support/agreement.ts';
import { bodyOf } from '../support/bodyEdits.ts';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { openClient } from '../support/clients.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor, waitForEditorText } from './editorPage.ts';

/**
 * Every screen shows the server's truth: a document finalised while it is open turns read-only
 * in every browser at once; what the server refused is thrown away, from the page and from
 * IndexedDB, with a notice that lets the user copy it out; a reopened document is editable
 * again, without a reload. The tests run in order on the demo MoU (finalised, reopened,
 * finalised again).
 */
describe('a document locked while it is open, in Chromium', () => {
  const e2e = e2eSession();
  const cookies = {} as Record<'ombudsman' | 'pemkot' | 'tamu', string>;
  let ids: { cooperationId: string; documentId: string };
  let path: string;
  let owner: BrowserUser;
  let typist: BrowserUser;

  beforeAll(async () => {
    for (const name of ['ombudsman', 'pemkot', 'tamu'] as const) cookies[name] = await e2e.server.login(name);
    ids = await demoMou(e2e.server, cookies.ombudsman);
    path = editorPath(ids);
    owner = await e2e.browser({ cookie: cookies.ombudsman });
    typist = await e2e.browser({ cookie: cookies.pemkot });
    await typist.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Finalising needs the place and date of signing and no template blank left (the completeness check).
    await setMeta(e2e.server, cookies.ombudsman, ids.documentId, {
      [META.place]: 'Jambi',
      [META.date]: new Date().toISOString().slice(0, 10),
    });
    await typeOverBlanks(e2e.server, cookies.ombudsman, ids.documentId);
  });
  afterEach(async () => {
    await typist.context.setOffline(false);
    await typist.context.unroute('**/events');
  });

  const api = (method: string, route: string, who: keyof typeof cookies, body?: unknown) =>
    e2e.server.api(route, { cookie: cookies[who], method, ...(body === undefined ? {} : { body }) });
  const documentRoute = () => `/api/documents/${ids.documentId}`;

  /** Both parties approve every Pasal and every part outside them not yet agreed at their current text, then the owner finalises. */
  async function approveAndFinalise() {
    await approveAll(e2e.server, [cookies.ombudsman, cookies.pemkot], ids.documentId);
    const done = await api('POST', `${documentRoute()}/finalize`, 'ombudsman');
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  }

  /** The server's own copy, read by a viewer's stock y-websocket client: the text of each top-level node. */
  async function serverText(): Promise<string[]> {
    const client = await openClient(e2e.server, ids.documentId, cookies.tamu);
    try {
      return (bodyOf(client.doc).content ?? []).map((node: PMJSON) => textOf(node));
    } finally {
      client.destroy();
    }
  }

  /** What the page's editor shows, node by node, without what is not text (others' carets, references' labels, the Info values shown over the preamble's blanks). */
  const editorText = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.ProseMirror > *')].map((node) => {
        const copy = node.cloneNode(true) as Element;
        for (const extra of copy.querySelectorAll(
          '.clause-ref, .komparisi-field, .collaboration-carets__caret',
        ))
          extra.remove();
        return copy.textContent ?? '';
      }),
    );

  const isEditable = (page: Page) => page.locator('.ProseMirror').getAttribute('contenteditable');
  const badge = (page: Page) => page.locator('.connection').getAttribute('data-state');

  it('finalised while a second browser types: both end read-only with the server text, the late typing discarded with a notice', async () => {
    await Promise.all([openEditor(owner.page, `${path}?panel=persetujuan`), openEditor(typist.page, path)]);
    // The typist hears nothing from the event stream: it learns of the lock only from the refusal.
    await typist.context.route('**/events', (route) => route.abort());
    await typist.page.reload();
    await openEditor(typist.page, path);

    await cursorInPasal(typist.page, 1);
    await typist.page.keyboard.type(' Diterima sebelum final.');
    await waitForEditorText(owner.page, 'Diterima sebelum final.');
    await approveAndFinalise();

    // The owner's page turns read-only at once, from the event stream alone.
    await owner.page.waitForSelector('[data-testid="read-only-banner"]', { timeout: 5_000 });
    expect(await isEditable(owner.page)).toBe('false');
    expect(await badge(owner.page)).toBe('locked');
    await owner.page.waitForSelector('.lifecycle .badge.status-final');

    // The typist goes on typing (one input event, so the refused change holds all of it): the
    // server refuses it, the page starts over from the server's copy.
    expect(await isEditable(typist.page)).toBe('true');
    await typist.page.keyboard.insertText(' Terlambat.');
    const notice = typist.page.getByTestId('refusal-notice');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.getAttribute('data-reason')).toBe('locked');
    await notice
      .getByText('Dokumen ini sudah final; perubahan Anda yang belum tersimpan tidak diterima.')
      .waitFor();
    await notice.locator('li[data-key^="clause:"]').first().waitFor();
    expect(await notice.locator('li').first().textContent()).toContain('Terlambat.');
    await typist.page.waitForSelector('[data-testid="read-only-banner"]', { timeout: 10_000 });
    expect(await isEditable(typist.page)).toBe('false');
    expect(await badge(typist.page)).toBe('locked');
    await screenshot(typist.page, 'e2e-locked-refused');

    const server = await serverText();
    expect(server.join('\n')).toContain('Diterima sebelum final.');
    expect(server.join('\n')).not.toContain('Terlambat.');
    expect(await editorText(owner.page)).toEqual(server);
    expect(await editorText(typist.page)).toEqual(server);

    // Nothing of the refused typing is kept on the device.
    await typist.page.reload();
    await openEditor(typist.page, path);
    await typist.page.waitForSelector('[data-testid="read-only-banner"]');
    expect(await editorText(typist.page)).toEqual(server);
    expect(await typist.page.evaluate(() => localStorage.getItem('sepakat.unsent'))).toBeNull();
    expect(await typist.page.getByTestId('refusal-notice').count()).toBe(0);
  });

  it('reopened while open: editable again in every browser without a reload', async () => {
    await openEditor(typist.page, path);
    await owner.page.waitForSelector('[data-testid="read-only-banner"]');
    const reopened = await api('POST', `${documentRoute()}/reopen`, 'ombudsman', { reason: 'Salah ketik' });
    expect(reopened.status).toBe(200);

    for (const { page } of [owner, typist]) {
      await page.waitForSelector('[data-testid="read-only-banner"]', { state: 'detached', timeout: 5_000 });
      expect(await isEditable(page)).toBe('true');
      expect(await badge(page)).toBe('connected');
    }
    await cursorInPasal(typist.page, 2);
    await typist.page.keyboard.type(' Setelah dibuka kembali.');
    await waitForEditorText(owner.page, 'Setelah dibuka kembali.');
    expect((await serverText()).join('\n')).toContain('Setelah dibuka kembali.');
  });

  it('offline edits to a document finalised meanwhile are not accepted, shown, and can be copied out', async () => {
    const { page, context } = typist;
    await openEditor(page, path);
    await page.waitForSelector('.connection[data-state="connected"]');
    await context.setOffline(true);
    await page.waitForSelector('.connection[data-state="offline"]', { timeout: 10_000 });
    await cursorInPasal(page, 3);
    await page.keyboard.type(' Diketik luring.');
    await waitForEditorText(page, 'Diketik luring.');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sepakat.unsent'))).not.toBeNull();

    await approveAndFinalise();
    await owner.page.waitForSelector('[data-testid="read-only-banner"]', { timeout: 5_000 });
    await context.setOffline(false);

    const notice = page.getByTestId('refusal-notice');
    await notice.waitFor({ timeout: 20_000 });
    const item = notice.locator('li[data-key^="clause:"]');
    await item.waitFor({ timeout: 10_000 });
    expect(await item.count()).toBe(1);
    expect(await item.locator('strong').textContent()).toBe('Pasal 3');
    const offlineText = await item.locator('.unaccepted-text').textContent();
    expect(offlineText).toContain('Diketik luring.');
    await item.getByRole('button', { name: 'Salin' }).click();
    await item.getByRole('button', { name: 'Disalin' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(offlineText);
    await notice.getByRole('button', { name: 'Salin semua' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Pasal 3\n${offlineText}`);
    await screenshot(page, 'e2e-locked-offline-edits');

    await page.waitForSelector('[data-testid="read-only-banner"]', { timeout: 10_000 });
    const server = await serverText();
    expect(server.join('\n')).not.toContain('Diketik luring.');
    expect(await editorText(page)).toEqual(server);
    expect(await page.evaluate(() => localStorage.getItem('sepakat.unsent'))).toBeNull();

    await page.reload();
    await openEditor(page, path);
    expect(await editorText(page)).toEqual(server);
  });

  it('the meeting room shows the document locked and reopened at once as well', async () => {
    const reopened = await api('POST', `${documentRoute()}/reopen`, 'ombudsman', { reason: 'Dibahas lagi' });
    expect(reopened.status).toBe(200);
    const meetings = (await api('GET', `/api/cooperations/${ids.cooperationId}/meetings`, 'pemkot')).body
      .meetings;
    const meeting = meetings.find((m: { documentIds: string[] }) => m.documentIds.includes(ids.documentId));
    const { page } = typist;
    await page.goto(`/k/${ids.cooperationId}/rapat/${meeting.id}?dokumen=${ids.documentId}`);
    await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    await page.waitForSelector('.connection[data-state="connected"]');
    expect(await isEditable(page)).toBe('true');

    await approveAndFinalise();
    await page.waitForSelector('[data-testid="read-only-banner"]', { timeout: 5_000 });
    expect(await isEditable(page)).toBe('false');
    expect(await badge(page)).toBe('locked');

    await api('POST', `${documentRoute()}/reopen`, 'ombudsman', { reason: 'Dibahas lagi' });
    await page.waitForSelector('[data-testid="read-only-banner"]', { state: 'detached', timeout: 5_000 });
    expect(await isEditable(page)).toBe('true');
    expect(await badge(page)).toBe('connected');
  });
});
