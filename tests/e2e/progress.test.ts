import { beforeAll, describe, expect, it } from 'vitest';
import { PART } from '../../shared/signedParts.ts';
import { approvables, approvalPath, finaliseAgreed } from '../support/agreement.ts';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { buildDocument } from '../support/factories.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';
import { overflowsHorizontally, textBelow13px } from './layoutChecks.ts';

/** Within a few seconds, without a reload: what "live" means for the list. */
const LIVE = { timeout: 4_000 };
/** The parts outside the Pasal of an MoU: opening, arrangement, closing, printed details, parties. */
const MOU_PARTS = 5;

/**
 * "2/11 Pasal · 0/5 bagian" beside each document on the Kerja sama screen (Dokumen tab) and on
 * the Beranda, after both parties approved two Pasal of the demo MoU; then, with the Dokumen
 * tab open in one browser, the other party approves in its own browser and the counts (and a
 * status, when a document is finalised) follow without a reload.
 */
describe('document progress on the Dokumen tab and the Beranda', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let cookies: { ombudsman: string; pemkot: string };
  let ids: { cooperationId: string; documentId: string };
  let total: number;

  const approve = async (cookie: string, item: { id: string; hash: string }) => {
    const res = await e2e.server.api(approvalPath(ids.documentId, item.id), {
      cookie,
      body: { hash: item.hash },
    });
    expect([200, 201]).toContain(res.status);
  };

  beforeAll(async () => {
    cookies = {
      ombudsman: await e2e.server.login('ombudsman'),
      pemkot: await e2e.server.login('pemkot'),
    };
    ids = await demoMou(e2e.server, cookies.ombudsman);
    const { clauses } = await approvables(e2e.server, cookies.ombudsman, ids.documentId);
    total = clauses.length;
    for (const clause of clauses.slice(0, 2)) {
      for (const cookie of Object.values(cookies)) await approve(cookie, clause);
    }
    // One party alone does not make a Pasal agreed.
    await approve(cookies.ombudsman, clauses[2]!);
    ombudsman = await e2e.browser({ cookie: cookies.ombudsman });
  });

  const mouRow = () => ombudsman.page.locator('.document-row', { hasText: 'MoU' }).first();
  const progressText = (row: ReturnType<typeof mouRow>) => row.locator('.doc-progress-text');

  it('the Dokumen tab shows how many Pasal and parts every party agreed, per document', async () => {
    const { page } = ombudsman;
    await page.goto(`/k/${ids.cooperationId}`);
    await progressText(mouRow()).waitFor();
    expect(await progressText(mouRow()).textContent()).toBe(`2/${total} Pasal · 0/${MOU_PARTS} bagian`);
    // Read out and shown on hover as a sentence.
    expect(await mouRow().getByTestId('doc-progress').getAttribute('title')).toBe(
      `2 dari ${total} Pasal dan 0 dari ${MOU_PARTS} bagian di luar Pasal disepakati semua pihak`,
    );
    const pksRow = page.locator('.document-row', { hasText: 'Perjanjian Kerja Sama' });
    expect(await progressText(pksRow).textContent()).toMatch(/^0\/\d+ Pasal · 0\/6 bagian$/);
    await screenshot(page, 'e2e-progress-dokumen');
    expect(await textBelow13px(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
  });

  it('the Beranda shows it on each document line, in English too', async () => {
    const { page } = ombudsman;
    await page.goto('/');
    const line = page.locator('.cooperation-card .doc-lines li', { hasText: 'MoU' });
    await line.locator('.doc-progress-text').waitFor();
    expect(await line.locator('.doc-progress-text').textContent()).toBe(
      `2/${total} Pasal · 0/${MOU_PARTS} bagian`,
    );
    await screenshot(page, 'e2e-progress-beranda');
    expect(await overflowsHorizontally(page)).toBe(false);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await line
      .locator('.doc-progress-text')
      .filter({ hasText: `2/${total} articles · 0/${MOU_PARTS} parts` })
      .waitFor();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  });

  it("follows the other party's approvals from its own browser, and a finalisation, without a reload", async () => {
    const { page } = ombudsman;
    await page.goto(`/k/${ids.cooperationId}`);
    await progressText(mouRow()).waitFor();
    await page.evaluate('window.__sameLoad = true');

    // The city, in its own browser, approves the Pasal the Ombudsman had approved alone.
    const pemkot = await e2e.browser({ cookie: cookies.pemkot });
    await openEditor(pemkot.page, `${editorPath(ids)}?panel=persetujuan`);
    const parties: { ordinal: number; shortName: string }[] = (
      await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie: cookies.pemkot })
    ).body.cooperation.parties;
    const city = parties.find((p) => p.ordinal === 2)!;
    await cursorInPasal(pemkot.page, 3);
    await pemkot.page.waitForSelector('.clause-approvals-title:has-text("Pasal 3")');
    await pemkot.page
      .locator('.clause-approvals')
      .getByRole('button', { name: `Setujui untuk ${city.shortName}` })
      .click();
    await progressText(mouRow())
      .filter({ hasText: `3/${total} Pasal · 0/${MOU_PARTS} bagian` })
      .waitFor(LIVE);

    // A part: the Ombudsman approved the closing; the city's approval in its browser agrees it.
    const closing = (await approvables(e2e.server, cookies.ombudsman, ids.documentId)).parts.find(
      (p) => p.id === PART.closing,
    )!;
    await approve(cookies.ombudsman, closing);
    await pemkot.page
      .locator(`.part-row[data-part="${PART.closing}"]`)
      .getByRole('button', { name: new RegExp(`^Setujui untuk ${city.shortName}:`) })
      .click();
    await progressText(mouRow())
      .filter({ hasText: `3/${total} Pasal · 1/${MOU_PARTS} bagian` })
      .waitFor(LIVE);
    await screenshot(page, 'e2e-progress-live');

    // A new document appears, and once the parties finalise it, its status and full count.
    const pks = await buildDocument(e2e.server, cookies.ombudsman, ids.cooperationId, {
      kind: 'pks',
      title: 'PKS yang difinalkan',
    });
    const row = page.locator('.document-row', { hasText: 'PKS yang difinalkan' });
    await row.waitFor(LIVE);
    await finaliseAgreed(e2e.server, [cookies.ombudsman, cookies.pemkot], pks.id);
    await row.locator('.doc-progress.complete').waitFor(LIVE);
    await row.locator('.badge.status-final').waitFor(LIVE);
    expect(await row.locator('.doc-progress-text').textContent()).toMatch(/^(\d+)\/\1 Pasal · 6\/6 bagian$/);
    expect(await page.evaluate('window.__sameLoad')).toBe(true);
  });
});
