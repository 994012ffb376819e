import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot, signIn } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';
import { overflowsHorizontally, textBelow13px } from './layoutChecks.ts';

/**
 * Every screen at 1366 × 768: saved as a PNG to look at, checked for text under 13 px and for
 * sideways scrolling; and the habits people expect (help sheet, Ctrl+S, language switch).
 */
describe('screens at 1366 × 768', () => {
  const e2e = e2eSession();
  let user: BrowserUser;

  beforeAll(async () => {
    user = await e2e.browser();
  });

  const check = async (name: string) => {
    await user.page.waitForTimeout(200); // let fonts and layout settle
    await screenshot(user.page, name);
    expect(await textBelow13px(user.page), name).toEqual([]);
    expect(await overflowsHorizontally(user.page), name).toBe(false);
  };

  it('Masuk: a wrong password says so in plain words', async () => {
    const { page } = user;
    await page.goto('/login');
    await page.getByLabel('Nama pengguna').fill('ombudsman');
    await page.getByLabel('Kata sandi').fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/salah/i);
    await check('login-error');
  });

  it('Beranda lists the cooperation with its parties and documents', async () => {
    const { page } = user;
    await signIn(page, 'ombudsman', e2e.server.password);
    await page.waitForSelector('.cooperation-card');
    const card = page.locator('.cooperation-card').first();
    expect(await card.locator('.party-chip').count()).toBe(2);
    // The demo's MoU and PKS, the master PKS for the city's OPD, its four variants folded into
    // one link to their board, the PKS signed a year ago and the evaluation of its first year.
    const titles = await card.locator('.doc-lines .doc-title').allTextContents();
    expect(titles.slice(0, 4)).toEqual([
      'Nota Kesepakatan',
      'Perjanjian Kerja Sama',
      'PKS Induk Perangkat Daerah',
      'PKS Tindak Lanjut Laporan Masyarakat',
    ]);
    expect(titles.slice(4)).toEqual([expect.stringMatching(/^Laporan Monitoring dan Evaluasi /)]);
    const variants = card.locator('.doc-lines li').nth(2).getByRole('link', {
      name: '4 PKS OPD dari PKS Induk Perangkat Daerah: buka papannya',
    });
    expect(await variants.textContent()).toBe('4 PKS OPD');
    expect(await variants.getAttribute('href')).toMatch(/\/dokumen\/[^/]+\/varian$/);
    expect((await variants.getAttribute('title'))?.split('\n')).toEqual(
      ['Disdukcapil', 'DPMPTSP', 'RSUD H. Abdul Manap', 'Dinsos'].map(
        (opd) => `PKS Induk Perangkat Daerah — ${opd}`,
      ),
    );
    await check('beranda');
  });

  it('Kerja sama: documents and members tabs, each with its own URL', async () => {
    const { page } = user;
    await page.locator('.cooperation-card h2 a').first().click();
    await page.waitForSelector('.document-row');
    await check('kerjasama-dokumen');
    await page.getByRole('link', { name: 'Anggota' }).click();
    await page.waitForURL(/\/anggota$/);
    await page.waitForSelector('.table tbody tr');
    expect(await page.locator('.table tbody tr').count()).toBeGreaterThanOrEqual(3);
    await check('kerjasama-anggota');
    await page.reload();
    await page.waitForSelector('.table tbody tr'); // the tab's URL opens the same tab
  });

  it('Editor: outline, sheet and Info panel; Ctrl+S reassures, Ctrl+/ lists shortcuts', async () => {
    const { page } = user;
    await openEditor(page, editorPath(await demoMou(e2e.server, await e2e.server.login('ombudsman'))));
    expect(await page.locator('.outline-clause').count()).toBeGreaterThan(5);
    expect(await page.locator('.ProseMirror [data-type="clause"]').first().getAttribute('data-pasal')).toBe(
      'Pasal 1',
    );
    await check('editor');
    // On a laptop the agreement's paragraphs stay justified, as in the Word file.
    expect(
      await page
        .locator('.ProseMirror p')
        .first()
        .evaluate((p) => getComputedStyle(p).textAlign),
    ).toBe('justify');

    await page.locator('.ProseMirror p').first().click();
    await page.keyboard.press('Control+s');
    await page.getByText('Tersimpan otomatis').waitFor();
    await page.keyboard.press('Control+/');
    await page.getByRole('dialog', { name: 'Pintasan papan ketik' }).waitFor();
    await check('shortcuts');
    await page.keyboard.press('Escape');

    // Each point card fits the side panel, its party chip and right edge not cut off.
    await page.getByRole('tab', { name: 'Poin' }).click();
    await page.locator('.side-panel .point-card').first().waitFor();
    await check('editor-points');
    const overflow = await page.evaluate(() => {
      const panel = document.querySelector('.side-panel .panel-body')!.getBoundingClientRect();
      return [...document.querySelectorAll('.side-panel .point-card, .side-panel .point-card *')]
        .map((el) => el.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.right > panel.right + 0.5).length;
    });
    expect(overflow).toBe(0);
    await page.getByRole('tab', { name: 'Info' }).click();
  });

  it('the Info form edits the title block live', async () => {
    const { page } = user;
    const number = page.locator('.info-form input[name^="number."]').first();
    await number.fill('B/123/PW05/X/2025');
    await page.waitForFunction(() =>
      document.querySelector('.title-numbers')?.textContent?.includes('B/123/PW05/X/2025'),
    );
  });

  it('English by a switch, remembered after a reload', async () => {
    const { page } = user;
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('tab', { name: 'Approvals' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^Download Word/ }).waitFor({ timeout: 30_000 });
    await check('editor-en');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  });
});
