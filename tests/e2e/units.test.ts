import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitListResponse } from '../../shared/api/units.ts';
import { type BrowserUser, LAPTOP, openBrowser, PHONE, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { axeViolations } from './axe.ts';
import { overflowsHorizontally } from './layoutChecks.ts';

/**
 * The OPD tab: the city's editor sees the demo's four OPD with their heads and members, adds
 * one, pastes two, edits a head's NIP, puts a member in a unit, takes the register's other OPD
 * from the liaisons, and deletes one after confirming; the Ombudsman's owner only reads the
 * city's list. Checked at 1366×768 and 390×844.
 */
describe('the OPD tab', () => {
  const e2e = e2eSession();
  let city: BrowserUser;
  let cooperationId = '';
  let cookie = '';
  const units = async () =>
    (await e2e.server.api<UnitListResponse>(`/api/cooperations/${cooperationId}/units`, { cookie })).body
      .units;

  beforeAll(async () => {
    cookie = await e2e.server.login('pemkot');
    cooperationId = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0].id;
    city = await openBrowser({ baseUrl: e2e.server.url, cookie, viewport: LAPTOP });
  });
  afterAll(async () => {
    await city?.close();
  });

  it('lists, adds, pastes, edits, places a member, adopts the register and deletes with a confirmation', async () => {
    const { page } = city;
    await page.goto(`/k/${cooperationId}/opd`);
    const dukcapil = page.getByRole('article', { name: /Dinas Kependudukan dan Pencatatan Sipil/ });
    await dukcapil.waitFor();
    expect(await dukcapil.textContent()).toContain('Drs. H. Abdul Rahman, M.Si.');
    expect(await dukcapil.textContent()).toContain('NIP 19680412 199403 1 007');
    expect(await dukcapil.textContent()).toContain('Sekretaris Disdukcapil');
    expect(await page.getByRole('article').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'units-laptop');

    // Add one.
    const cityParty = page.getByRole('region', { name: /Pemerintah Kota Jambi/ });
    await cityParty.getByRole('button', { name: 'Tambah OPD' }).click();
    const form = page.getByRole('form', { name: 'Tambah OPD' });
    await form.getByLabel('Nama OPD').fill('Dinas Kesehatan');
    await form.getByLabel('Singkatan').fill('Dinkes');
    await form.getByLabel('NIP kepala').fill('19710203 199703 1 005');
    await form.getByRole('button', { name: 'Simpan' }).click();
    const dinkes = page.getByRole('article', { name: /Dinas Kesehatan/ });
    await dinkes.waitFor();
    expect(await dinkes.textContent()).toContain('NIP 19710203 199703 1 005');

    // Paste two.
    await cityParty.getByRole('button', { name: 'Tempel tabel' }).click();
    await page
      .getByLabel('Tabel OPD')
      .fill(
        'Nama OPD\tSingkatan\tNama Kepala\n' +
          'Dinas Pendidikan\tDisdik\tDr. Guru Besar, M.Pd.\n' +
          'Inspektorat Kota Jambi\tInspektorat\tIr. Pemeriksa, M.M.',
      );
    await page.getByRole('button', { name: 'Impor' }).click();
    await page.getByRole('article', { name: /Inspektorat Kota Jambi/ }).waitFor();
    expect(await page.getByRole('article').count()).toBe(7);

    // Edit a head.
    await dinkes.getByRole('button', { name: 'Ubah Dinas Kesehatan' }).click();
    const edit = page.getByRole('form', { name: 'Ubah Dinas Kesehatan' });
    await edit.getByLabel('Nama kepala (dengan gelar)').fill('dr. Kepala Dinkes, M.Kes.');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByRole('article', { name: /Dinas Kesehatan/ })
      .getByText('dr. Kepala Dinkes, M.Kes.')
      .waitFor();

    // Put a member in a unit.
    await page
      .getByRole('article', { name: /Dinas Kesehatan/ })
      .getByLabel('Tambah anggota ke Dinas Kesehatan')
      .selectOption({ label: 'Kabag Organisasi' });
    await page
      .getByRole('article', { name: /Dinas Kesehatan/ })
      .getByText('Kabag Organisasi')
      .waitFor();
    const placed = (await units()).find((u) => u.name === 'Dinas Kesehatan')!;
    expect(placed.memberIds).toHaveLength(1);

    // The register's liaisons of the new units are linked by adopting it.
    await cityParty.getByRole('button', { name: 'Ambil dari daftar penghubung' }).click();
    await page.getByText(/0 OPD dibuat, \d+ penghubung ditautkan/).waitFor();
    expect((await units()).find((u) => u.name === 'Dinas Kesehatan')!.liaisonCount).toBe(1);

    // Delete, once the confirmation is accepted (and not when it is dismissed).
    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: 'Hapus Inspektorat Kota Jambi' }).click();
    expect(await page.getByRole('article', { name: /Inspektorat Kota Jambi/ }).count()).toBe(1);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Hapus Inspektorat Kota Jambi' }).click();
    await page.getByRole('article', { name: /Inspektorat Kota Jambi/ }).waitFor({ state: 'detached' });
    expect((await units()).map((u) => u.name)).not.toContain('Inspektorat Kota Jambi');
  });

  it('reads on a phone without overflowing, and the other party only reads the city’s OPD', async () => {
    const ownerCookie = await e2e.server.login('ombudsman');
    const owner = await openBrowser({ baseUrl: e2e.server.url, cookie: ownerCookie, viewport: PHONE });
    try {
      const { page } = owner;
      await page.goto(`/k/${cooperationId}/opd`);
      await page.getByRole('article', { name: /Dinas Sosial/ }).waitFor();
      const cityParty = page.getByRole('region', { name: /Pemerintah Kota Jambi/ });
      expect(await cityParty.getByRole('button', { name: 'Tambah OPD' }).count()).toBe(0);
      expect(await cityParty.getByRole('button', { name: /^Ubah / }).count()).toBe(0);
      await screenshot(page, 'units-phone');
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await owner.close();
    }
  });
});
