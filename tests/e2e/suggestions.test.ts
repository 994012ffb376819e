import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../server/collab/testing.ts';
import { type PMJSON, textOf } from '../../shared/clauses.ts';
import { NODE } from '../../shared/schema/names.ts';
import { bodyOf } from '../support/bodyEdits.ts';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { openClient } from '../support/clients.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorAtStart, cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/** Within a few seconds: what "live" means for another party's suggestion. */
const LIVE = { timeout: 5_000 };

interface Party {
  id: string;
  ordinal: number;
  shortName: string;
  color: string;
}

/** "#1d4ed8" as the browser reports a computed colour: "rgb(29, 78, 216)". */
const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** The first paragraph of the `n`th Pasal (1-based) of a body. */
function pasalParagraph(body: PMJSON, n: number): PMJSON {
  const clause = (body.content ?? []).filter((c) => c.type === NODE.clause)[n - 1];
  const find = (node: PMJSON): PMJSON | undefined =>
    node.type === NODE.paragraph ? node : (node.content ?? []).map(find).find(Boolean);
  const p = clause && find(clause);
  if (!p) throw new Error(`no paragraph in Pasal ${n}`);
  return p;
}

/**
 * Two parties in two browsers: the Ombudsman's suggestions appear live in the city's editor in
 * the Ombudsman's party colour; the city reviews them in the Usulan tab, accepts one and
 * rejects another, and both editors show the text that results.
 */
describe('suggestions between two parties in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  /** A stock client of the Ombudsman's, to read the stored body back. */
  let reader: TestClient;
  let first: Party;
  let cookies: { ombudsman: string; pemkot: string };
  let coop: { id: string; parties: Party[]; members: { username: string; userId: string }[] };
  let path: string;
  /** The word the Ombudsman proposes to remove from Pasal 2. */
  let removed = '';

  beforeAll(async () => {
    cookies = {
      ombudsman: await e2e.server.login('ombudsman'),
      pemkot: await e2e.server.login('pemkot'),
    };
    const ids = await demoMou(e2e.server, cookies.ombudsman);
    coop = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie: cookies.ombudsman }))
      .body.cooperation;
    first = [...coop.parties].sort((a, b) => a.ordinal - b.ordinal)[0]!;
    reader = await openClient(e2e.server, ids.documentId, cookies.ombudsman);
    path = `${editorPath(ids)}?panel=usulan`;
    ombudsman = await e2e.browser({ cookie: cookies.ombudsman });
    pemkot = await e2e.browser({ cookie: cookies.pemkot });
    await Promise.all([openEditor(ombudsman.page, path), openEditor(pemkot.page, path)]);
  });
  afterAll(() => reader?.destroy());

  const computed = (page: Page, selector: string, property: string) =>
    page.$eval(selector, (el, p) => getComputedStyle(el).getPropertyValue(p), property);

  it("shows the other party's suggestions live, in their party's colour, and lists them per Pasal", async () => {
    // The Ombudsman switches to suggesting: the mode shows in words, list and table commands
    // are disabled with the reason as their tooltip.
    const o = ombudsman.page;
    await o.getByRole('button', { name: 'Mode: Menyunting' }).click();
    await o.getByRole('button', { name: 'Mode: Menyarankan' }).waitFor();
    expect(await pemkot.page.getByRole('button', { name: 'Mode: Menyunting' }).count()).toBe(1);
    const ayat = o.getByRole('button', { name: 'Daftar ayat' });
    expect(await ayat.isDisabled()).toBe(true);
    expect(await ayat.getAttribute('title')).toMatch(/tidak dapat diusulkan/);

    // It proposes to add words to Pasal 1 and to remove the last word of Pasal 2.
    await cursorInPasal(o, 1);
    await o.keyboard.type(' serta pertukaran data');
    await cursorInPasal(o, 2);
    await o.keyboard.press('Control+Shift+ArrowLeft');
    removed = await o.evaluate(() => getSelection()?.toString() ?? '');
    expect(removed.trim()).not.toBe('');
    await o.keyboard.press('Backspace');
    await o.waitForSelector('.sheet del.suggestion-deletion');
    await screenshot(o, 'e2e-suggestions-mode');

    const { page } = pemkot;
    // Typed letter by letter, the insertion may come in several pieces of one suggestion.
    await page.waitForSelector(
      '.sheet p:has(ins.suggestion-insertion):has-text("serta pertukaran data")',
      LIVE,
    );
    await page.waitForSelector('.sheet del.suggestion-deletion', LIVE);
    expect(await computed(page, '.sheet ins.suggestion-insertion', 'text-decoration-color')).toBe(
      rgb(first.color),
    );
    expect(await computed(page, '.sheet ins.suggestion-insertion', 'text-decoration-line')).toBe('underline');
    expect(await computed(page, '.sheet del.suggestion-deletion', 'text-decoration-color')).toBe(
      rgb(first.color),
    );
    expect(await computed(page, '.sheet del.suggestion-deletion', 'text-decoration-line')).toBe(
      'line-through',
    );

    // Hovering names who proposed it.
    await page.$eval('.sheet ins.suggestion-insertion', (el) => el.scrollIntoView({ block: 'center' }));
    await page.hover('.sheet ins.suggestion-insertion');
    await page.waitForSelector('.suggestion-hover:has-text("Kepala Perwakilan")');

    // The Usulan tab lists both, each under its Pasal, with accept and reject for the city.
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("2 usulan")', LIVE);
    const groups = await page.$$eval('.suggestion-group .section-label', (els) =>
      els.map((e) => e.textContent),
    );
    expect(groups.map((g) => g?.split(' — ')[0])).toEqual(['Pasal 1', 'Pasal 2']);
    await page
      .getByRole('button', { name: /^Terima usulan Kepala Perwakilan: serta pertukaran data/ })
      .waitFor();
    // The author sees no accept, only withdraw.
    await ombudsman.page.getByRole('button', { name: /^Tarik usulan Anda: serta pertukaran data/ }).waitFor();
    expect(await ombudsman.page.getByRole('button', { name: /^Terima usulan/ }).count()).toBe(0);
    await screenshot(page, 'e2e-suggestions-review');

    // While suggestions are pending, Word offers them as tracked changes and the two clean copies.
    await page.getByRole('button', { name: /^Unduh Word/ }).click();
    const items = page.getByRole('menu').getByRole('menuitem');
    await items.filter({ hasText: 'Usulan diterima semua' }).waitFor();
    expect(await items.filter({ hasText: 'Usulan ditolak semua' }).getAttribute('href')).toMatch(
      /export\.docx\?suggestions=rejected$/,
    );
    expect(await items.nth(0).textContent()).toContain('lacak perubahan');
    await page.keyboard.press('Escape');
  });

  it('accepts one suggestion and rejects the other; both editors show the result', async () => {
    const { page } = pemkot;
    await page
      .getByRole('button', { name: /^Terima usulan Kepala Perwakilan: serta pertukaran data/ })
      .click();
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("1 usulan")', LIVE);
    await page.getByRole('button', { name: /^Tolak usulan Kepala Perwakilan/ }).click();
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("Belum ada usulan")', LIVE);

    for (const p of [page, ombudsman.page]) {
      await p.waitForFunction(() => !document.querySelector('.sheet [data-suggestion]'), undefined, LIVE);
      await p.waitForSelector('.sheet [data-type="clause"] p:has-text("serta pertukaran data")');
    }
    // The accepted words stay as plain text; the rejected deletion leaves its word in place.
    const body = bodyOf(reader.doc);
    expect(JSON.stringify(body)).not.toMatch(/"insertion"|"deletion"/);
    expect(textOf(pasalParagraph(body, 1))).toMatch(/serta pertukaran data$/);
    expect(textOf(pasalParagraph(body, 2)).endsWith(removed)).toBe(true);
  });

  it('asks before deciding a suggestion whose Pasal someone changed since, showing exactly what goes', async () => {
    const o = ombudsman.page;
    const { page } = pemkot;
    await cursorInPasal(o, 4);
    await o.keyboard.type(' melalui surel resmi');
    await page.waitForSelector(
      '.sheet p:has(ins.suggestion-insertion):has-text("melalui surel resmi")',
      LIVE,
    );
    // The city then writes in that Pasal directly.
    await cursorAtStart(page.locator('.ProseMirror > [data-type="clause"]').nth(3).locator('p').first());
    await page.keyboard.type('Selanjutnya ');
    await o.waitForSelector('.sheet [data-type="clause"] p:has-text("Selanjutnya")', LIVE);

    await page.getByRole('button', { name: /^Tolak usulan Kepala Perwakilan: melalui surel resmi/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Pasal ini telah berubah' });
    await dialog.waitFor(LIVE);
    expect((await dialog.locator('.stale-removed del').allTextContents()).map((t) => t.trim())).toEqual([
      'melalui surel resmi',
    ]);
    await screenshot(page, 'e2e-suggestions-stale');
    await dialog.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await dialog.waitFor({ state: 'hidden', ...LIVE });
    for (const p of [page, o]) {
      await p.waitForFunction(
        () => !document.querySelector('.sheet')?.textContent?.includes('melalui surel resmi'),
        undefined,
        LIVE,
      );
    }
  });

  it('shows a member who may only suggest the mode locked on, and their typing arrives as a suggestion', async () => {
    const asisten = coop.members.find((m) => m.username === 'asisten')!;
    const changed = await e2e.server.api(`/api/cooperations/${coop.id}/members/${asisten.userId}`, {
      method: 'PATCH',
      cookie: cookies.ombudsman,
      body: { role: 'suggester' },
    });
    expect(changed.status).toBe(200);
    const user = await e2e.browser('asisten');
    await openEditor(user.page, path);
    const { page } = user;
    await page.waitForSelector('.suggest-mode .locked:has-text("Menyarankan")');
    expect(await page.locator('.suggest-mode button').count()).toBe(0);
    await cursorInPasal(page, 3);
    await page.keyboard.type(' sesuai kesepakatan');
    await pemkot.page.waitForSelector(
      '.sheet p:has(ins.suggestion-insertion):has-text("sesuai kesepakatan")',
      LIVE,
    );
    await pemkot.page
      .getByRole('button', { name: /^Terima usulan Asisten Pemeriksaan Laporan: sesuai kesepakatan/ })
      .waitFor(LIVE);
  });
});
