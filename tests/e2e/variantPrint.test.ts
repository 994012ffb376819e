import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummaryDTO } from '../../shared/api/cooperations.ts';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { editorPath, openEditor } from './editorPage.ts';

/**
 * A demo variant in the editor, in Chromium: the sheet's title block names its OPD in place of
 * the city, and its head signs under the surat kuasa, as the Word export prints them.
 */
describe('a PKS variant’s sheet', () => {
  const e2e = e2eSession();
  let page: Page;
  let ids: { cooperationId: string; documentId: string };

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const listed = (await e2e.server.api(`/api/cooperations/${coop.id}`, { cookie })).body.cooperation
      .documents as DocumentSummaryDTO[];
    const variant = listed.find((d) => d.tier === 'variant' && d.title.includes('Disdukcapil'));
    expect(variant, JSON.stringify(listed.map((d) => d.title))).toBeTruthy();
    ids = { cooperationId: coop.id, documentId: variant!.id };
    page = (await e2e.browser({ cookie })).page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openEditor(page, editorPath(ids));
  });

  it('names the OPD in the title and its head under the surat kuasa in the signatures', async () => {
    const title = page.locator('.title-block .title-party');
    await expect
      .poll(() => title.allTextContents())
      .toEqual([
        'OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI JAMBI',
        'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA JAMBI',
      ]);
    const second = page.locator('.signature-block .signature').nth(1);
    await expect
      .poll(() => second.locator('p').allTextContents())
      .toEqual([
        'PIHAK KEDUA',
        'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
        'berdasarkan Surat Kuasa Wali Kota Jambi Nomor 180/101/HK/2025 tanggal 2 Juni 2025',
        'Drs. H. ABDUL RAHMAN, M.Si.',
        'NIP. 196804121994031007',
      ]);
    await second.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-variant-signatures');
  });
});
