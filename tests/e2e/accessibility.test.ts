import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, LAPTOP } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { axeViolations } from './axe.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

const PHONE = { width: 390, height: 844 };

/**
 * axe-core on every main screen, signed out, signed in and read-only, at 1366 × 768 and the
 * editor and Beranda at 390 × 844 too: no serious or critical violation (nor a missing h1, an
 * empty header cell or a region the keyboard cannot scroll). Each failure names the rule, the
 * element and what to fix.
 */
describe('accessibility (axe-core) of the main screens', () => {
  const e2e = e2eSession();
  let guest: BrowserUser;
  let owner: BrowserUser;
  let cookie: string;
  let ids: { cooperationId: string; documentId: string };
  let meetingPath: string;

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    guest = await e2e.browser();
    owner = await e2e.browser({ cookie });
  });

  /** Wait for what shows the screen is ready, let it settle, and check it. */
  const audit = async (page: Page, name: string, ready: string) => {
    await page.waitForSelector(ready, { timeout: 30_000 });
    await page.waitForTimeout(150);
    expect.soft(await axeViolations(page), name).toEqual([]);
  };

  it('signed out: Masuk, and an invitation link', async () => {
    const { page } = guest;
    await page.goto('/login');
    await audit(page, 'login', 'form');

    const coop = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie })).body
      .cooperation;
    const res = await e2e.server.api(`/api/cooperations/${ids.cooperationId}/invitations`, {
      cookie,
      origin: e2e.server.url,
      body: {
        name: 'Staf Hukum',
        email: 'hukum@jambikota.go.id',
        partyId: coop.parties[1].id,
        role: 'editor',
      },
    });
    expect(res.status).toBe(201);
    await page.goto(res.body.path);
    await audit(page, 'undangan', 'form');
  });

  it('Beranda and every tab of the cooperation', async () => {
    const { page } = owner;
    await page.goto('/');
    await audit(page, 'beranda', '.cooperation-card');
    const base = `/k/${ids.cooperationId}`;
    const tabs: [string, string][] = [
      ['', '.document-row'],
      ['/rapat', '.meeting-row'],
      ['/poin', '.point-list li'],
      ['/tindak-lanjut', '.actions-table tbody tr'],
      ['/penghubung', '.liaison-table tbody tr'],
      ['/anggota', '.table tbody tr'],
    ];
    for (const [tab, ready] of tabs) {
      await page.goto(`${base}${tab}`);
      await audit(page, `kerja sama${tab || '/dokumen'}`, ready);
    }
  });

  it('the editor, meeting mode, a version and the comparison', async () => {
    const { page } = owner;
    await openEditor(page, editorPath(ids));
    await audit(page, 'editor', '.outline-clause');

    const meetings = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}/meetings`, { cookie }))
      .body.meetings;
    const planned = meetings.find((m: { state: string }) => m.state === 'planned');
    meetingPath = `/k/${ids.cooperationId}/rapat/${planned.id}`;
    await page.goto(meetingPath);
    await audit(page, 'rapat', '.ProseMirror [data-type="clause"]');

    const version = await e2e.server.api(`/api/documents/${ids.documentId}/versions`, {
      cookie,
      body: { label: 'Versi uji aksesibilitas' },
    });
    expect(version.status).toBe(201);
    await page.goto(`${editorPath(ids)}/versi/${version.body.version.id}`);
    await audit(page, 'versi', '.version-page .ProseMirror [data-type="clause"]');
    // The oldest version against the text now, so that the comparison has the most to show.
    const { versions } = (await e2e.server.api(`/api/documents/${ids.documentId}/versions`, { cookie })).body;
    await page.goto(`${editorPath(ids)}/bandingkan?from=${versions.at(-1).id}&to=current`);
    await audit(page, 'bandingkan', '.compare-counts');
  });

  it('read-only for a viewer: the editor and meeting mode', async () => {
    const { page } = await e2e.browser('tamu');
    await openEditor(page, editorPath(ids));
    await audit(page, 'editor (peninjau)', '.outline-clause');
    await page.goto(meetingPath);
    await audit(page, 'rapat (peninjau)', '.ProseMirror [data-type="clause"]');
  });

  it('at phone size: Beranda and the editor', async () => {
    const { page } = owner;
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await audit(page, 'beranda (ponsel)', '.cooperation-card');
    await openEditor(page, editorPath(ids));
    await audit(page, 'editor (ponsel)', '.ProseMirror');
    await page.setViewportSize(LAPTOP);
  });
});
