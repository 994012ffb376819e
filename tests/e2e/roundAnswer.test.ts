import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import { type BrowserUser, SHOT_DIR, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { axeViolations } from './axe.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/** Within a few seconds: what "live" means for the other party's change. */
const LIVE = { timeout: 10_000 };

/** "#1d4ed8" as the browser reports a computed colour: "rgb(29, 78, 216)". */
const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** The words the city proposes to add to Pasal 1. */
const ADDED = 'serta pertukaran data';

/**
 * A whole negotiation round in two browsers: the Ombudsman sends round 1 from the Riwayat tab,
 * limiting the city to suggestions; the city sees the notice, answers with suggestions typed in
 * the editor (in its party's colour) and sends round 2; the Ombudsman sees round 2's notice,
 * accepts one suggestion and rejects the other; the round history says what each round proposed
 * and what became of it; the two rounds compare in the browser and as a redline .docx.
 */
describe('answering a negotiation round in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let ids: { cooperationId: string; documentId: string };
  let coop: CooperationDTO;
  /** The word the city proposes to remove from Pasal 2. */
  let removed = '';

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    coop = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie })).body.cooperation;
    ombudsman = await e2e.browser({ cookie });
    pemkot = await e2e.browser('pemkot');
    await Promise.all([
      openEditor(ombudsman.page, `${editorPath(ids)}?panel=riwayat`),
      openEditor(pemkot.page, `${editorPath(ids)}?panel=usulan`),
    ]);
  });

  const party = (ordinal: number) => coop.parties.find((p) => p.ordinal === ordinal)!;
  const roundRow = (page: Page, n: number) => page.locator(`.round-row[data-round="${n}"]`);

  /** Sends the next round from the Riwayat tab, limiting the other party to suggestions. */
  async function sendRound(page: Page, shot: string) {
    await page.getByRole('tab', { name: 'Riwayat' }).click();
    await page.getByRole('button', { name: 'Kirim ke pihak lain' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kirim ke pihak lain' });
    await dialog.getByLabel('Batasi pihak lain hanya pada usulan', { exact: false }).check();
    await screenshot(page, shot);
    await dialog.getByRole('button', { name: 'Kirim putaran' }).click();
    await dialog.waitFor({ state: 'hidden', ...LIVE });
  }

  it('the Ombudsman sends round 1; the city is told and may then only suggest', async () => {
    await sendRound(ombudsman.page, 'e2e-round-answer-send1');
    await roundRow(ombudsman.page, 1).waitFor(LIVE);

    const { page } = pemkot;
    const notice = page.locator('.round-notice');
    await notice.waitFor(LIVE);
    expect(await notice.textContent()).toContain(`${party(1).shortName} mengirim Putaran 1`);
    expect(await notice.textContent()).toContain('Pihak Anda kini hanya dapat mengusulkan perubahan.');
    // The mode is locked on: what the city types now are suggestions.
    await page.locator('.suggest-mode .locked:has-text("Menyarankan")').waitFor(LIVE);
    await screenshot(page, 'e2e-round-answer-notice1');
  });

  it('the city answers with suggestions in its colour and sends round 2', async () => {
    const { page } = pemkot;
    await cursorInPasal(page, 1);
    await page.keyboard.type(` ${ADDED}`);
    // Pasal 2's first paragraph ends "… meliputi:": the word before the colon.
    await cursorInPasal(page, 2);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    removed = (await page.evaluate(() => getSelection()?.toString() ?? '')).trim();
    expect(removed).not.toBe('');
    await page.keyboard.press('Backspace');
    await page.waitForSelector('.sheet del.suggestion-deletion');
    await page.waitForSelector(`.sheet p:has(ins.suggestion-insertion):has-text("${ADDED}")`);
    const colour = await page.$eval(
      '.sheet ins.suggestion-insertion',
      (el) => getComputedStyle(el).textDecorationColor,
    );
    expect(colour).toBe(rgb(party(2).color));
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("2 usulan")', LIVE);
    // The Ombudsman sees them live, in the city's colour.
    await ombudsman.page.waitForSelector(`.sheet p:has(ins.suggestion-insertion):has-text("${ADDED}")`, LIVE);
    await screenshot(page, 'e2e-round-answer-suggested');

    await sendRound(page, 'e2e-round-answer-send2');
    const row = roundRow(page, 2);
    await row.waitFor(LIVE);
    expect(await row.textContent()).toContain(`Putaran 2 — dikirim oleh ${party(2).shortName}`);
    expect(await row.locator('.round-counts').textContent()).toContain('2 usulan');
    expect(await row.locator('.round-counts').textContent()).toContain('2 menunggu');
    // The turn passed: the city writes directly again.
    await page.getByRole('button', { name: 'Mode: Menyarankan' }).waitFor(LIVE);
  });

  it('the Ombudsman sees round 2, accepts one suggestion and rejects the other', async () => {
    const { page } = ombudsman;
    const notice = page.locator('.round-notice');
    await notice.waitFor(LIVE);
    expect(await notice.textContent()).toContain(`${party(2).shortName} mengirim Putaran 2`);
    await screenshot(page, 'e2e-round-answer-notice2');

    // The notice opens the Usulan tab to answer.
    await notice.getByRole('button', { name: 'Tinjau usulan' }).click();
    await page.getByRole('tab', { name: 'Usulan', selected: true }).waitFor();
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("2 usulan")', LIVE);
    await page.getByRole('button', { name: new RegExp(`^Terima usulan Kabag Kerja Sama: ${ADDED}`) }).click();
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("1 usulan")', LIVE);
    await page.getByRole('button', { name: /^Tolak usulan Kabag Kerja Sama/ }).click();
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("Belum ada usulan")', LIVE);
    for (const p of [page, pemkot.page]) {
      await p.waitForFunction(() => !document.querySelector('.sheet [data-suggestion]'), undefined, LIVE);
      await p.waitForSelector(`.sheet [data-type="clause"] p:has-text("${ADDED}")`);
    }
  });

  it('the round history says what each round proposed, accepted and rejected', async () => {
    const { page } = ombudsman;
    await page.getByRole('tab', { name: 'Riwayat' }).click();
    const row = roundRow(page, 2);
    await expect
      .poll(() => row.locator('.round-counts').textContent(), LIVE)
      .toContain('2 usulan · 1 diterima · 1 ditolak · 0 menunggu');
    expect(await roundRow(page, 1).locator('.round-counts').textContent()).toContain('0 usulan');
    await row.locator('.round-counts').click();
    const accepted = row.locator('.round-proposed li[data-outcome="accepted"]');
    const rejected = row.locator('.round-proposed li[data-outcome="rejected"]');
    expect(await accepted.count()).toBe(1);
    expect(await rejected.count()).toBe(1);
    expect(await accepted.textContent()).toContain(ADDED);
    expect(await accepted.textContent()).toContain('Pasal 1');
    expect(await accepted.textContent()).toContain('Diterima');
    expect(await rejected.textContent()).toContain(removed);
    expect(await rejected.textContent()).toContain('Pasal 2');
    expect(await rejected.textContent()).toContain('Ditolak');
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-round-answer-history');
    expect(await axeViolations(page), 'Riwayat with a round opened').toEqual([]);
  });

  it('compares round 1 with round 2 in the browser, and downloads the redline .docx', async () => {
    const { page } = ombudsman;
    const row = roundRow(page, 2);
    await row.getByRole('link', { name: 'Bandingkan dengan putaran 1' }).click();
    await page.waitForSelector('.compare-clause.changed');
    const changed = page.locator('.compare-clause.changed');
    const inserted = (await changed.locator('ins').allTextContents()).join(' ');
    const deleted = (await changed.locator('del').allTextContents()).join(' ');
    expect(inserted).toContain(ADDED);
    expect(deleted).toContain(removed);
    await screenshot(page, 'e2e-round-answer-compare');

    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('link', { name: 'Unduh perbandingan (.docx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    await file.saveAs(join(SHOT_DIR, 'e2e-round-answer-redline.docx'));
    const xml = await (await JSZip.loadAsync(readFileSync((await file.path())!)))
      .file('word/document.xml')!
      .async('string');
    /** Each tracked change of one kind: its author and its text. */
    const revisions = (tag: 'w:ins' | 'w:del') =>
      [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({
        author: /w:author="([^"]*)"/.exec(m[1] ?? '')?.[1],
        text: (m[2] ?? '').replace(/<[^>]+>/g, ''),
      }));
    const city = `Kabag Kerja Sama (${party(2).shortName})`;
    expect(revisions('w:ins').filter((r) => r.text.includes(ADDED))).toEqual([
      { author: city, text: expect.any(String) },
    ]);
    expect(revisions('w:del').filter((r) => r.text.includes(removed))).toEqual([
      { author: city, text: expect.any(String) },
    ]);
  });
});
