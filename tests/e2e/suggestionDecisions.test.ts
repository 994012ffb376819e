import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { axeViolations } from './axe.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/** Within a few seconds: what "live" means for another party's change. */
const LIVE = { timeout: 5_000 };

/**
 * A point proposing a suggestion, and the decision in the history: the Ombudsman suggests words
 * for Pasal 1 and raises a point on the suggestion from its card; the point shows under it in both
 * browsers; the city accepts it, which closes the point as agreed; the Riwayat tab of both lists
 * the decision with the city's name, the Pasal and the words.
 */
describe('a point on a suggestion, and suggestion decisions in the history, in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  const words = ' serta pertukaran data';
  const pointText = 'Pertukaran data perlu dasar hukum yang jelas.';

  beforeAll(async () => {
    const cookies = {
      ombudsman: await e2e.server.login('ombudsman'),
      pemkot: await e2e.server.login('pemkot'),
    };
    const ids = await demoMou(e2e.server, cookies.ombudsman);
    const path = `${editorPath(ids)}?panel=usulan`;
    ombudsman = await e2e.browser({ cookie: cookies.ombudsman });
    pemkot = await e2e.browser({ cookie: cookies.pemkot });
    await Promise.all([openEditor(ombudsman.page, path), openEditor(pemkot.page, path)]);
  });

  it('raises a point on a suggestion from its card; the point shows under the suggestion for both parties', async () => {
    const o = ombudsman.page;
    await o.getByRole('button', { name: 'Mode: Menyunting' }).click();
    await o.getByRole('button', { name: 'Mode: Menyarankan' }).waitFor();
    await cursorInPasal(o, 1);
    await o.keyboard.type(words);
    await o.waitForSelector('.sheet ins.suggestion-insertion');

    const card = o.locator('.suggestion-card', { hasText: words.trim() });
    await card.getByRole('button', { name: /^Ajukan poin tentang usulan: serta pertukaran data/ }).click();
    const form = card.getByRole('form', { name: 'Poin baru' });
    expect(await form.textContent()).toContain('Pasal 1');
    await form.getByRole('textbox').fill(pointText);
    await screenshot(o, 'e2e-suggestion-point-form');
    expect(await axeViolations(o), 'Usulan with the point form').toEqual([]);
    await form.getByRole('button', { name: 'Tambahkan poin' }).click();
    await form.waitFor({ state: 'hidden', ...LIVE });

    for (const page of [o, pemkot.page]) {
      await page
        .locator('.suggestion-card', { hasText: words.trim() })
        .locator('.suggestion-points li', { hasText: pointText })
        .waitFor(LIVE);
    }
    await screenshot(pemkot.page, 'e2e-suggestion-point');
  });

  it('accepting the suggestion closes the point as agreed and lists the decision in the Riwayat tab', async () => {
    const o = ombudsman.page;
    const { page } = pemkot;
    // The Ombudsman watches the history while the city decides: it reads the record again.
    await o.getByRole('tab', { name: 'Riwayat' }).click();
    await o.locator('.suggestion-decisions:has-text("Belum ada usulan yang diterima")').waitFor(LIVE);

    await page
      .getByRole('button', { name: /^Terima usulan Kepala Perwakilan: serta pertukaran data/ })
      .click();
    await page.waitForSelector('[data-testid="suggestion-count"]:has-text("Belum ada usulan")', LIVE);

    await page.getByRole('tab', { name: 'Poin' }).click();
    await page.getByRole('radio', { name: 'Semua poin dokumen ini' }).check();
    const point = page.locator('.points-panel [data-point]', { hasText: pointText });
    await point.locator('.point-state-agreed:has-text("Disepakati")').waitFor(LIVE);

    await page.getByRole('tab', { name: 'Riwayat' }).click();
    for (const p of [o, page]) {
      const row = p.locator('.decision-row[data-decision="accept"]');
      await row.waitFor(LIVE);
      expect(await p.locator('.decision-row').count()).toBe(1);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('Diterima');
      expect(text).toContain('Pasal 1');
      expect(text).toContain('serta pertukaran data');
      expect(await row.locator('.history-author').first().textContent()).toContain('Kabag Kerja Sama');
      expect(text).toContain('diusulkan oleh Kepala Perwakilan');
    }
    await o.locator('.decision-row').scrollIntoViewIfNeeded();
    await screenshot(o, 'e2e-suggestion-decisions');
    expect(await axeViolations(o), 'Riwayat with a decision').toEqual([]);
  });
});
