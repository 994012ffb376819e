import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Start a cooperation from the Beranda, write its MoU, and manage its members. */
describe('cooperations in Chromium', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let cooperationPath = '';

  beforeAll(async () => {
    user = await e2e.browser('ombudsman');
  });

  it('creates a cooperation with two parties and lands on it', async () => {
    const { page } = user;
    await page.goto('/');
    await page.getByRole('button', { name: 'Kerja sama baru' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Judul kerja sama').fill('Kerja Sama Pengawasan Pelayanan Perizinan');
    const names = dialog.getByLabel('Nama instansi');
    const shorts = dialog.getByLabel('Singkatan');
    await names.nth(0).fill('Ombudsman Republik Indonesia Perwakilan Provinsi Jambi');
    await shorts.nth(0).fill('Ombudsman Jambi');
    await names.nth(1).fill('Dinas Penanaman Modal dan PTSP Kota Jambi');
    await shorts.nth(1).fill('DPMPTSP');
    await screenshot(page, 'kerjasama-baru');
    await dialog.getByRole('button', { name: 'Buat kerja sama' }).click();
    await page.waitForURL(/\/k\/[^/]+$/);
    cooperationPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Kerja Sama Pengawasan Pelayanan Perizinan' }).waitFor();
    // Each chip: the party's initial, then its short name.
    expect(await page.locator('.page-head .party-chip').allTextContents()).toEqual([
      'OOmbudsman Jambi',
      'DDPMPTSP',
    ]);
  });

  it('creates an MoU that opens in the editor with the parties in its title block', async () => {
    const { page } = user;
    await page.getByLabel('Tentang (tidak wajib)').fill('Pengawasan Pelayanan Perizinan');
    await page.getByRole('button', { name: 'Buat dokumen' }).click();
    await page.waitForURL(/\/dokumen\//);
    await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    const title = (await page.locator('.title-block').textContent()) ?? '';
    expect(title).toContain('DINAS PENANAMAN MODAL DAN PTSP KOTA JAMBI');
    expect(title).toContain('PENGAWASAN PELAYANAN PERIZINAN');
  });

  it('the owner adds a member, changes the role, and removes them', async () => {
    const { page } = user;
    await page.goto(`${cooperationPath}/anggota`);
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama pengguna').fill('pemkot');
    await dialog
      .getByLabel('Pihak')
      .selectOption({ label: 'DPMPTSP — Dinas Penanaman Modal dan PTSP Kota Jambi' });
    await dialog.getByRole('button', { name: 'Tambah anggota' }).click();
    const row = page.locator('tbody tr', { hasText: 'pemkot' });
    await row.waitFor();
    expect(await row.locator('.party-chip').textContent()).toContain('DPMPTSP');

    await row.getByLabel('Peran Kabag Kerja Sama').selectOption('commenter');
    await page.getByText('Peran Kabag Kerja Sama diubah.').waitFor();
    expect(await row.getByLabel('Peran Kabag Kerja Sama').inputValue()).toBe('commenter');

    await row.getByRole('button', { name: 'Keluarkan Kabag Kerja Sama' }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('the owner uploads a party logo, sees it, and a file that is no image is refused in words', async () => {
    const { page } = user;
    const card = page.locator('.party-logo', { hasText: 'Dinas Penanaman Modal dan PTSP Kota Jambi' });
    await card.getByText('Belum ada logo').waitFor();
    await card
      .getByLabel('Unggah logo')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Logo DPMPTSP disimpan.').waitFor();
    const img = card.getByRole('img', { name: 'Logo Dinas Penanaman Modal dan PTSP Kota Jambi' });
    await img.waitFor();
    // The image really loaded from the server (not a broken placeholder).
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);
    await card
      .getByLabel('Ganti logo')
      .setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan gambar') });
    await card.getByRole('alert').getByText('Logo harus berupa gambar PNG atau JPEG.').waitFor();
    await screenshot(page, 'para-pihak-logo');
  });

  it('adding an unknown username shows the server’s error next to the form', async () => {
    const { page } = user;
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama pengguna').fill('tidak-ada');
    await dialog.getByRole('button', { name: 'Tambah anggota' }).click();
    await dialog.getByRole('alert').waitFor();
    await screenshot(page, 'anggota-error');
  });
});
