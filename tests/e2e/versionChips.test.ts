import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitListResponse } from '../../shared/api/units.ts';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { editorPath, openEditor } from './editorPage.ts';

/** How a chip looks: the computed styles the chip's stylesheet sets. */
const chipLook = (page: Page, scope: string) =>
  page
    .locator(`${scope} .variable-chip`)
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.borderStyle, s.borderColor, s.backgroundColor, s.borderRadius, s.display].join(' ');
    });

/**
 * A saved version of a master PKS and of one of its variants, read-only in Chromium: each
 * variable is the editor's chip (its look, its label, a variant's value, the MoU a master
 * cites), never «label» text.
 */
describe('variables on the read-only version page', () => {
  const e2e = e2eSession();
  let cookie = '';
  let cooperationId = '';
  let masterId = '';
  let variantId = '';
  const saveVersion = async (documentId: string, label: string) => {
    const res = await e2e.server.api(`/api/documents/${documentId}/versions`, { cookie, body: { label } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return `/k/${cooperationId}/dokumen/${documentId}/versi/${res.body.version.id}`;
  };

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    cooperationId = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0].id;
    const created = await e2e.server.api(`/api/cooperations/${cooperationId}/documents`, {
      cookie,
      body: { kind: 'pks', master: true, title: 'PKS Induk Pelayanan Publik' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    masterId = created.body.document.id;
    const units = (
      await e2e.server.api<UnitListResponse>(`/api/cooperations/${cooperationId}/units`, { cookie })
    ).body.units;
    const dukcapil = units.find((u) => u.shortName === 'Disdukcapil')!;
    const made = await e2e.server.api(`/api/documents/${masterId}/variants`, {
      cookie,
      body: { unitIds: [dukcapil.id] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    variantId = made.body.variants[0].documentId;
  });

  it('a master’s version shows its variables as the editor’s chips, labelled, never as «label»', async () => {
    const { page } = await e2e.browser({ cookie });
    await openEditor(page, editorPath({ cooperationId, documentId: masterId }));
    await page.locator('.ProseMirror .variable-chip').first().waitFor();
    const editorLook = await chipLook(page, '.ProseMirror');

    await page.goto(await saveVersion(masterId, 'Sebelum rapat finalisasi'));
    const chips = page.locator('.version-page .sheet .variable-chip');
    await expect
      .poll(() => chips.allTextContents(), { timeout: 15_000 })
      .toEqual(
        // The OPD's variables by their labels; the MoU the master cites by its numbers.
        expect.arrayContaining([
          'Nama kepala OPD',
          'NIP kepala OPD',
          'B/045/KS.01/V/2025 dan Nomor 180/15/HK/2025',
        ]),
      );
    expect(await chips.first().getAttribute('contenteditable')).toBe('false');
    expect(await page.locator('.version-page .sheet-body').textContent()).not.toContain('«');
    expect(await chipLook(page, '.version-page .sheet')).toBe(editorLook);
    await chips.first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'ui22-version-chips');
    // The labels follow the interface language, as in the editor.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => chips.allTextContents()).toEqual(expect.arrayContaining(['Power of attorney']));
  });

  it('a variant’s version shows its OPD’s values in the chips, the label in the tooltip', async () => {
    const { page } = await e2e.browser({ cookie });
    await page.goto(await saveVersion(variantId, 'Draf Disdukcapil'));
    const head = page.locator('.version-page .sheet .variable-chip[data-name="headName"]').first();
    await expect.poll(() => head.textContent(), { timeout: 15_000 }).toBe('Drs. H. Abdul Rahman, M.Si.');
    expect(await head.getAttribute('title')).toBe('Nama kepala OPD');
    expect(await page.locator('.version-page .sheet-body').textContent()).not.toContain('«');
  });
});
