import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummaryDTO } from '../../shared/api/cooperations.ts';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { editorPath, openEditor } from './editorPage.ts';

/**
 * The Info tab of a variant made for an OPD, in Chromium: the OPD's head signs for the city, so
 * the city's signatory fields show the head read-only with a note pointing to the OPD tab; the
 * Ombudsman's stay editable, and in the master every signatory field is editable.
 */
describe('who signs, in the Info tab of a variant', () => {
  const e2e = e2eSession();
  let cookie = '';
  let cooperationId = '';
  let documents: DocumentSummaryDTO[] = [];
  const openInfo = async (page: Page, title: string) => {
    const document = documents.find((d) => d.title === title)!;
    await openEditor(page, editorPath({ cooperationId, documentId: document.id }));
    await page.getByRole('tab', { name: 'Info' }).click();
    await page.locator('.info-form').waitFor();
  };
  const partyFields = (page: Page, party: string) =>
    page.locator('.info-form fieldset', { has: page.locator('legend', { hasText: party }) });

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    cooperationId = coop.id;
    documents = coop.documents;
  });

  it('shows the OPD head read-only for the city, with the note; the Ombudsman’s fields stay editable', async () => {
    const { page } = await e2e.browser({ cookie });
    await page.setViewportSize({ width: 1366, height: 768 });
    await openInfo(page, 'PKS Induk Perangkat Daerah — Disdukcapil');
    const city = partyFields(page, 'Pemkot Jambi');
    const name = city.getByLabel('Nama penanda tangan');
    await expect.poll(() => name.inputValue()).toBe('Drs. H. Abdul Rahman, M.Si.');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await name.isEditable()).toBe(false);
    const position = city.getByLabel('Jabatan', { exact: true });
    expect(await position.inputValue()).toBe('Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi');
    expect(await position.isEditable()).toBe(false);
    const nip = city.getByLabel('NIP', { exact: true });
    expect(await nip.inputValue()).toBe('196804121994031007');
    expect(await nip.isEditable()).toBe(false);
    expect(await city.locator('.unit-signs').textContent()).toBe(
      'Ditandatangani oleh Kepala OPD (lihat tab OPD)',
    );
    expect(await city.getByRole('link', { name: 'lihat tab OPD' }).getAttribute('href')).toBe(
      `/k/${cooperationId}/opd`,
    );
    // The number is the variant's own, still typed here.
    expect(await city.getByLabel('Nomor', { exact: true }).isEditable()).toBe(true);
    expect(await partyFields(page, 'Ombudsman').getByLabel('Nama penanda tangan').isEditable()).toBe(true);
    await city.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-variant-info');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect
      .poll(() => city.locator('.unit-signs').textContent())
      .toBe('Signed by the OPD head (see the OPD tab)');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  });

  it('in the master, the city’s signatory fields are the usual editable ones', async () => {
    const { page } = await e2e.browser({ cookie });
    await openInfo(page, 'PKS Induk Perangkat Daerah');
    const city = partyFields(page, 'Pemkot Jambi');
    await expect.poll(() => city.getByLabel('Nama penanda tangan').isEditable()).toBe(true);
    expect(await city.locator('.unit-signs').count()).toBe(0);
  });
});
