import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, waitFor } from '../../server/collab/testing.ts';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { openClient } from '../support/clients.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/** The login page's words for a session that ended elsewhere. */
const ENDED = 'Sesi Anda telah berakhir. Silakan masuk kembali.';
/** Seconds a screen may take to follow a change made elsewhere (milliseconds on an idle machine). */
const SOON = 10_000;

/** Whether the editor takes typing, as ProseMirror says on its element. */
const editable = (page: Page) => page.locator('.ProseMirror').getAttribute('contenteditable');
/** The connection badge's state and words. */
const badge = (page: Page) => page.locator('.connection');

/** Waits until the login page shows the note that the session ended, at `?next=` the page it was on. */
async function expectEndedAt(page: Page, path: string) {
  await page.getByTestId('session-ended').waitFor({ timeout: SOON });
  expect(await page.getByTestId('session-ended').textContent()).toContain(ENDED);
  const url = new URL(page.url());
  expect(url.pathname).toBe('/login');
  expect(url.searchParams.get('next')).toBe(path);
}

/** Signs in on the login page the tab is on and waits for the editor of `path` to have its text. */
async function signInThere(page: Page, username: string, password: string, path: string) {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => url.pathname === path, { timeout: SOON });
  await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
  expect(await page.getByTestId('session-ended').count()).toBe(0);
}

/**
 * An owner changes an editor's role through the API while the editor has the document open: the
 * editor's page follows from the `member.updated` event alone, without a reload and before any
 * keystroke is refused; the owner's members list follows too.
 */
describe('a role change shows at once, in Chromium', () => {
  const e2e = e2eSession();
  let owner: BrowserUser;
  let editor: BrowserUser;
  let ids: { cooperationId: string; documentId: string };
  let ownerCookie: string;
  let editorCookie: string;
  let editorId: string;

  beforeAll(async () => {
    ownerCookie = await e2e.server.login('ombudsman');
    editorCookie = await e2e.server.login('asisten');
    ids = await demoMou(e2e.server, ownerCookie);
    editorId = (await e2e.server.api('/api/me', { cookie: editorCookie })).body.user.id;
    owner = await e2e.browser({ cookie: ownerCookie });
    editor = await e2e.browser({ cookie: editorCookie });
  });

  const setRole = async (role: string) => {
    const res = await e2e.server.api(`/api/cooperations/${ids.cooperationId}/members/${editorId}`, {
      method: 'PATCH',
      cookie: ownerCookie,
      body: { role },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };

  it('turns the editor read-only when downgraded to viewer, and editable again when upgraded', async () => {
    const { page } = editor;
    await openEditor(page, editorPath(ids));
    await expect.poll(() => editable(page), { timeout: SOON }).toBe('true');
    await expect.poll(() => badge(page).getAttribute('data-state'), { timeout: SOON }).toBe('connected');
    await owner.page.goto(`/k/${ids.cooperationId}/anggota`);
    const asistenRole = owner.page.locator('tr', { hasText: 'asisten' }).locator('select');
    await asistenRole.waitFor();
    expect(await asistenRole.inputValue()).toBe('editor');

    await setRole('viewer');
    await expect.poll(() => editable(page), { timeout: SOON }).toBe('false');
    await expect.poll(() => badge(page).textContent(), { timeout: SOON }).toContain('Hanya baca');
    await page.getByTestId('read-only-banner').waitFor({ timeout: SOON });
    expect(await page.getByRole('button', { name: 'Pasal baru' }).isDisabled()).toBe(true);
    // The owner's members list, open on another screen, shows the new role too.
    await expect.poll(() => asistenRole.inputValue(), { timeout: SOON }).toBe('viewer');
    await screenshot(page, 'e2e-role-downgraded');

    await setRole('editor');
    await expect.poll(() => editable(page), { timeout: SOON }).toBe('true');
    await expect.poll(() => badge(page).getAttribute('data-state'), { timeout: SOON }).toBe('connected');
    expect(await page.getByTestId('read-only-banner').count()).toBe(0);
    await expect.poll(() => asistenRole.inputValue(), { timeout: SOON }).toBe('editor');

    // Typing now reaches the server: the socket was given the editor's rights before the page was told.
    await cursorInPasal(page, 1);
    await page.keyboard.type(' Ditambahkan sesudah peran dipulihkan.');
    const reader = await openClient(e2e.server, ids.documentId, ownerCookie);
    try {
      await waitFor(
        () => snapshot(reader.doc).includes('Ditambahkan sesudah peran dipulihkan.'),
        'the typing reaches the server',
        SOON,
      );
    } finally {
      reader.destroy();
    }
    expect(await page.locator('.refusal-notice').count()).toBe(0);
  });

  it('takes a removed member from the open document to the home page, which says why', async () => {
    const { page } = editor;
    await openEditor(page, editorPath(ids));
    const removed = await e2e.server.api(`/api/cooperations/${ids.cooperationId}/members/${editorId}`, {
      method: 'DELETE',
      cookie: ownerCookie,
    });
    expect(removed.status).toBe(200);
    await page.getByTestId('lost-access').waitFor({ timeout: SOON });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByTestId('lost-access').textContent()).toContain(
      'Anda tidak lagi menjadi anggota kerja sama',
    );
    // Still signed in, and the cooperation is no longer listed.
    await page.getByText('Anda belum menjadi anggota kerja sama apa pun', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Mengerti' }).click();
    expect(await page.getByTestId('lost-access').count()).toBe(0);
  });
});

/**
 * Two tabs of one browser share a session: signing out in one ends it for the other, which
 * shows the login page with a note and, once signed in there, the same document again.
 */
describe('signed out in another tab, in Chromium', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let path: string;

  beforeAll(async () => {
    const cookie = await e2e.server.login('pemkot');
    path = editorPath(await demoMou(e2e.server, cookie));
    user = await e2e.browser({ cookie });
  });

  it('shows the login page with the note within seconds, and comes back to the document after signing in', async () => {
    const first = user.page;
    const second = await user.context.newPage();
    await openEditor(first, path);
    await openEditor(second, path);
    await expect.poll(() => editable(second), { timeout: SOON }).toBe('true');

    await first.getByRole('button', { name: /^Menu pengguna/ }).click();
    await first.getByRole('menuitem', { name: 'Keluar' }).click();
    await first.waitForURL((url) => url.pathname === '/login', { timeout: SOON });

    await expectEndedAt(second, path);
    await screenshot(second, 'e2e-session-ended');
    // The tab that signed out knows why it is there: no note.
    expect(await first.getByTestId('session-ended').count()).toBe(0);

    await signInThere(second, 'pemkot', 'rahasia-uji-123', path);
    await expect.poll(() => editable(second), { timeout: SOON }).toBe('true');
  });
});

/**
 * Ganti kata sandi, from the user menu: the form's own checks and the server's refusals in
 * words, then the change, after which the person's other browser (another session) is at the
 * login page with the note, and signs in there with the new password. The per-account backoff
 * starts after two failures here, so the server's 429 is reached in a few tries.
 */
describe('changing the password, in Chromium', () => {
  const e2e = e2eSession({ env: { SEPAKAT_LOGIN_BACKOFF_AFTER: '2', SEPAKAT_LOGIN_BACKOFF_MS: '5000' } });
  let here: BrowserUser;
  let elsewhere: BrowserUser;
  let path: string;

  beforeAll(async () => {
    const cookie = await e2e.server.login('pemkot');
    path = editorPath(await demoMou(e2e.server, cookie));
    here = await e2e.browser({ cookie });
    elsewhere = await e2e.browser('pemkot');
  });

  it('changes it, ending the other browser’s session, which signs in again with the new password', async () => {
    await openEditor(elsewhere.page, path);
    const { page } = here;
    await page.goto('/');
    await page.getByRole('button', { name: /^Menu pengguna/ }).click();
    await page.getByRole('menuitem', { name: 'Ganti kata sandi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ganti kata sandi' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('perangkat dan peramban lain');
    const fill = async (current: string, next: string, repeat = next) => {
      await dialog.getByLabel('Kata sandi saat ini').fill(current);
      await dialog.getByLabel('Kata sandi baru', { exact: true }).fill(next);
      await dialog.getByLabel('Ulangi kata sandi baru').fill(repeat);
      await dialog.getByRole('button', { name: 'Ganti kata sandi' }).click();
    };
    const alert = dialog.getByRole('alert');
    const said = async (text: string) => {
      await expect
        .poll(() => alert.allTextContents(), { timeout: SOON })
        .toEqual([expect.stringContaining(text)]);
    };

    await fill('rahasia-uji-123', 'pendek');
    await said('paling sedikit 8 karakter');
    await fill('rahasia-uji-123', 'kata-sandi-baru-9', 'kata-sandi-baru-8');
    await said('tidak sama');
    await fill('bukan-sandinya', 'kata-sandi-baru-9');
    await said('Kata sandi saat ini salah.');
    await fill('bukan-sandinya-juga', 'kata-sandi-baru-9');
    await said('Kata sandi saat ini salah.');
    await fill('rahasia-uji-123', 'kata-sandi-baru-9');
    await said('Terlalu banyak percobaan masuk yang gagal untuk nama pengguna ini');
    // Nothing ended yet: the other browser still edits.
    expect(await editable(elsewhere.page)).toBe('true');

    await page.waitForTimeout(5500); // the backoff's wait (5 s after the last failure) has passed
    await fill('rahasia-uji-123', 'kata-sandi-baru-9');
    await dialog.waitFor({ state: 'hidden', timeout: SOON });
    await page.getByText('Kata sandi diganti.').waitFor({ timeout: SOON });

    await expectEndedAt(elsewhere.page, path);
    // This browser stays signed in.
    await page.reload();
    await page.getByRole('button', { name: /^Menu pengguna/ }).waitFor({ timeout: SOON });
    expect(new URL(page.url()).pathname).toBe('/');

    await signInThere(elsewhere.page, 'pemkot', 'kata-sandi-baru-9', path);
  });
});
