import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PART } from '../../shared/signedParts.ts';
import { fillSigning } from '../support/agreement.ts';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, demoMou, editorPath, openEditor } from './editorPage.ts';

/** Within a couple of seconds: what "live" means for another party's approval. */
const LIVE = { timeout: 3_000 };

/**
 * In two browsers, the Ombudsman and the city approve every Pasal and every part outside the
 * Pasal of the demo MoU for their own party from the Persetujuan tab; each sees the other's
 * approvals arrive without a reload; the document is finalised, shows its fingerprint, and is
 * marked signed.
 */
describe('approving the whole text in Chromium', () => {
  const e2e = e2eSession();
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let ids: { cooperationId: string; documentId: string };
  let path: string;
  let parties: { id: string; ordinal: number; shortName: string }[];
  let first: (typeof parties)[number];
  let second: (typeof parties)[number];

  beforeAll(async () => {
    const cookies = {
      ombudsman: await e2e.server.login('ombudsman'),
      pemkot: await e2e.server.login('pemkot'),
    };
    ids = await demoMou(e2e.server, cookies.ombudsman);
    // The checklist wants the date and place of signing before the text can be finalised.
    await fillSigning(e2e.server, cookies.ombudsman, ids.documentId);
    path = `${editorPath(ids)}?panel=persetujuan`;
    parties = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie: cookies.ombudsman }))
      .body.cooperation.parties;
    const [one, two] = [...parties].sort((a, b) => a.ordinal - b.ordinal);
    [first, second] = [one!, two!];
    ombudsman = await e2e.browser({ cookie: cookies.ombudsman });
    pemkot = await e2e.browser({ cookie: cookies.pemkot });
    await Promise.all([openEditor(ombudsman.page, path), openEditor(pemkot.page, path)]);
  });

  /** Approves Pasal `n` for the user's party through the panel and waits for the result. */
  async function approvePasal(user: BrowserUser, n: number, party: { id: string; shortName: string }) {
    const { page } = user;
    await cursorInPasal(page, n);
    await page.waitForSelector(`.clause-approvals-title:has-text("Pasal ${n}")`);
    await page
      .locator('.clause-approvals')
      .getByRole('button', { name: `Setujui untuk ${party.shortName}` })
      .click();
    await page.waitForSelector(`.approval-row.approved[data-party="${party.id}"]`);
  }

  /** Approves every part outside the Pasal that the user's party has not approved yet. */
  async function approveParts(user: BrowserUser, party: { shortName: string }) {
    const { page } = user;
    const rows = page.locator('.part-row');
    const count = await rows.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const approve = row.getByRole('button', { name: new RegExp(`^Setujui untuk ${party.shortName}:`) });
      if ((await approve.count()) === 0) continue;
      await approve.click();
      await row.getByRole('button', { name: /^Tarik persetujuan:/ }).waitFor();
    }
  }

  const approvedDots = (page: Page, selector: string) =>
    page.evaluate((s) => document.querySelectorAll(`${s} .state-dot.approved`).length, selector);

  it("shows one party's approval of a Pasal and of a part in the other party's browser without a reload", async () => {
    await cursorInPasal(pemkot.page, 1);
    await pemkot.page.waitForSelector('.clause-approvals-title:has-text("Pasal 1")');
    expect(await approvedDots(pemkot.page, '.outline-clause')).toBe(0);

    await approvePasal(ombudsman, 1, first);
    // The city's browser: the Pasal's row, its outline dot and the count, from the event stream.
    await pemkot.page.waitForSelector(
      `.clause-approvals .approval-row.approved[data-party="${first.id}"]`,
      LIVE,
    );
    await pemkot.page.waitForFunction(
      () => document.querySelectorAll('.outline-clause .state-dot.approved').length === 1,
      undefined,
      LIVE,
    );

    const closing = `.part-row[data-part="${PART.closing}"]`;
    await ombudsman.page
      .locator(closing)
      .getByRole('button', { name: new RegExp(`^Setujui untuk ${first.shortName}:`) })
      .click();
    await pemkot.page.waitForSelector(`${closing} .state-dot.approved`, LIVE);
    await pemkot.page.waitForSelector(`${closing}[data-state="partial"]`, LIVE);

    // The city agrees: the Ombudsman's count moves at once.
    await approvePasal(pemkot, 1, second);
    await ombudsman.page.waitForSelector('[data-testid="pasal-progress"]:has-text("1 dari")', LIVE);
    await screenshot(pemkot.page, 'e2e-approvals-live');
  });

  it('each party approves everything; the counts follow live; finalising shows the fingerprint printed on the paper', async () => {
    const count = await ombudsman.page.locator('.outline-clause').count();
    expect(count).toBeGreaterThan(5);

    for (let n = 2; n <= count; n++) await approvePasal(ombudsman, n, first);
    await approveParts(ombudsman, first);
    // The city's browser has followed every one of them without a reload.
    await pemkot.page.waitForFunction(
      (n) => document.querySelectorAll('.outline-clause .state-dot.approved').length === n,
      count + 1,
      LIVE,
    );
    for (let n = 2; n <= count; n++) await approvePasal(pemkot, n, second);
    await approveParts(pemkot, second);
    for (const user of [ombudsman, pemkot]) {
      await user.page.waitForSelector(
        `[data-testid="pasal-progress"]:has-text("${count} dari ${count} Pasal")`,
        LIVE,
      );
      await user.page.waitForSelector('[data-testid="parts-progress"]:has-text("5 dari 5 bagian")', LIVE);
    }
    await screenshot(ombudsman.page, 'e2e-approvals-agreed');

    await ombudsman.page.getByRole('button', { name: 'Finalkan dokumen' }).click();
    await ombudsman.page.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await ombudsman.page.waitForSelector('.lifecycle .badge.status-final');
    await ombudsman.page.waitForSelector('[data-testid="read-only-banner"]');
    expect(await ombudsman.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');

    // The fingerprint on screen, in both browsers, is the one the API gives (and the export prints).
    const tamu = await e2e.server.login('tamu');
    const api = (await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie: tamu })).body.document;
    expect(api.fingerprint.short).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    for (const user of [ombudsman, pemkot]) {
      const shown = user.page.locator('[data-testid="approval-fingerprint"]');
      await shown.waitFor(LIVE);
      expect(await shown.textContent()).toContain(api.fingerprint.short);
      expect(await shown.textContent()).toContain(`Versi ${api.fingerprint.version}`);
    }
    await screenshot(ombudsman.page, 'e2e-approvals-final');

    // The owner marks it signed on the date and at the place the text prints, shown, not typed.
    await ombudsman.page.getByRole('button', { name: 'Tandai sudah ditandatangani' }).click();
    const dialog = ombudsman.page.locator('dialog[open]');
    expect(await dialog.getByTestId('sign-date').textContent()).toBe('23 Juni 2025');
    expect(await dialog.getByTestId('sign-place').textContent()).toBe('Kota Jambi');
    expect(await dialog.locator('input').count()).toBe(0);
    await screenshot(ombudsman.page, 'e2e-approvals-sign');
    await dialog.locator('button[type="submit"]').click();
    await ombudsman.page.waitForSelector('.lifecycle .badge.status-signed');

    const res = await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie: tamu });
    expect(res.body.document.status).toBe('signed');
    // Signing confirmed the date and place the parties approved and changed nothing.
    expect(res.body.document.meta).toMatchObject({ date: '2025-06-23', place: 'Kota Jambi' });
    const record = await e2e.server.api(`/api/documents/${ids.documentId}/lifecycle`, { cookie: tamu });
    expect(record.body.events.at(-1)).toMatchObject({
      action: 'sign',
      signedDate: '2025-06-23',
      signedPlace: 'Kota Jambi',
    });
    expect(res.body.document.clauses.every((c: { state: string }) => c.state === 'agreed')).toBe(true);
    expect(res.body.document.fingerprint).toEqual(api.fingerprint);
  });
});
