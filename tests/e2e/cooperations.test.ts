import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { testPng } from '../support/images.ts';

/** A small real logo (32 × 32). */
const PNG = testPng();

/** Start a cooperation from the Beranda, write its MoU, invite its members and manage them. */
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
    const title = dialog.getByLabel('Judul kerja sama');
    const names = dialog.getByLabel('Nama instansi');
    const shorts = dialog.getByLabel('Singkatan');

    // Submitted empty: every required field is marked at once, each with its error under it,
    // and focus is on the first.
    await dialog.getByRole('button', { name: 'Buat kerja sama' }).click();
    await dialog.getByRole('alert').getByText('5 isian perlu diperbaiki', { exact: false }).waitFor();
    for (const field of [title, names.nth(0), shorts.nth(0), names.nth(1), shorts.nth(1)]) {
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const described = await field.getAttribute('aria-describedby');
      expect(await dialog.locator(`[id="${described}"]`).textContent()).toBe('Wajib diisi.');
    }
    expect(await dialog.getByLabel('Kedudukan / alamat').nth(0).getAttribute('aria-invalid')).toBeNull();
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'kerjasama-baru-kosong');

    // Fixing one field clears its mark on the next try; focus goes to the first still wrong.
    await title.fill('Kerja Sama Pengawasan Pelayanan Perizinan');
    await dialog.getByRole('button', { name: 'Buat kerja sama' }).click();
    await dialog.getByRole('alert').getByText('4 isian perlu diperbaiki', { exact: false }).waitFor();
    expect(await title.getAttribute('aria-invalid')).toBeNull();
    expect(await names.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
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
    // The next step is named: the partner has nobody here yet.
    await page
      .getByTestId('invite-partner-prompt')
      .getByText('Belum ada anggota dari Dinas Penanaman Modal dan PTSP Kota Jambi.', { exact: false })
      .waitFor();
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

  it('the owner invites by a link; a new person opens it in another browser, makes an account and lands in the cooperation', async () => {
    const { page, context } = user;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.server.url });
    // From the cooperation's prompt: the invitation form opens with the partner's party chosen.
    await page.goto(cooperationPath);
    await page.getByRole('link', { name: 'Undang dari DPMPTSP' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama orang yang diundang').fill('Kasubbag Perizinan');
    const party = dialog.getByLabel('Pihak');
    expect(await party.locator('option:checked').textContent()).toBe(
      'DPMPTSP — Dinas Penanaman Modal dan PTSP Kota Jambi',
    );
    await dialog.getByLabel('Peran').selectOption('editor');
    await dialog.getByLabel('Surel (tidak wajib)').fill('perizinan@jambikota.go.id');
    // A number that is not Indonesian is named under its field before anything is created.
    const phone = dialog.getByLabel('Nomor WhatsApp (tidak wajib)');
    await phone.fill('12345');
    await dialog.getByRole('button', { name: 'Buat tautan undangan' }).click();
    await dialog.getByText('tidak dikenali sebagai nomor Indonesia', { exact: false }).waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('invite-phone');
    await phone.fill('0812-3456-789');
    await dialog.getByRole('button', { name: 'Buat tautan undangan' }).click();
    await dialog.getByRole('button', { name: 'Salin tautan' }).click();
    await page.getByText('Tautan disalin.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await dialog.getByLabel('Tautan undangan').inputValue());
    expect(link).toMatch(new RegExp(`^${e2e.server.url}/undangan/[A-Za-z0-9_-]+$`));
    // WhatsApp to the number given, and an e-mail to the address given, each carrying the link.
    const whatsApp = new URL(
      (await dialog
        .getByRole('link', { name: 'Kirim lewat WhatsApp ke 0812-3456-789' })
        .getAttribute('href'))!,
    );
    expect(whatsApp.origin + whatsApp.pathname).toBe('https://wa.me/628123456789');
    expect(whatsApp.searchParams.get('text')).toContain(link);
    expect(whatsApp.searchParams.get('text')).toContain('Kerja Sama Pengawasan Pelayanan Perizinan');
    const mail = (await dialog
      .getByRole('link', { name: 'Kirim lewat e-mail ke perizinan@jambikota.go.id' })
      .getAttribute('href'))!;
    expect(mail.startsWith('mailto:perizinan@jambikota.go.id?')).toBe(true);
    const mailQuery = new URLSearchParams(mail.slice(mail.indexOf('?') + 1));
    expect(mailQuery.get('subject')).toBe('Undangan bergabung: Kerja Sama Pengawasan Pelayanan Perizinan');
    expect(mailQuery.get('body')).toContain(link);
    await screenshot(page, 'undangan-tautan');
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    const pending = page.locator('section', {
      has: page.getByRole('heading', { name: 'Undangan yang belum diterima' }),
    });
    await pending.getByText('Kasubbag Perizinan').waitFor();

    // Someone without an account, in a browser of their own.
    const newcomer = await e2e.browser();
    await newcomer.page.goto(link);
    await newcomer.page.getByText('Kerja Sama Pengawasan Pelayanan Perizinan').waitFor();
    await newcomer.page
      .getByText('sebagai Editor di pihak Dinas Penanaman Modal dan PTSP Kota Jambi')
      .waitFor();
    const form = newcomer.page.getByRole('form', { name: 'Buat akun' });
    expect(await form.getByLabel('Nama tampilan').inputValue()).toBe('Kasubbag Perizinan');
    await form.getByLabel('Nama pengguna').fill('perizinan');
    await form.getByLabel('Jabatan (tidak wajib)').fill('Kepala Subbagian Perizinan');
    await form.getByLabel('Kata sandi (minimal 8 karakter)').fill('izin-usaha-2020');
    await form.getByLabel('Ulangi kata sandi').fill('izin-usaha-2020');
    await screenshot(newcomer.page, 'undangan-buat-akun');
    await form.getByRole('button', { name: 'Buat akun dan bergabung' }).click();
    await newcomer.page.waitForURL((url) => url.pathname === cooperationPath);
    await newcomer.page.getByRole('heading', { name: 'Kerja Sama Pengawasan Pelayanan Perizinan' }).waitFor();
    await newcomer.page
      .getByText('Selamat bergabung di Kerja Sama Pengawasan Pelayanan Perizinan.')
      .waitFor();
    // Signed in, a member: the cooperation's documents are listed and open.
    await newcomer.page
      .getByRole('link', { name: /Nota Kesepakatan/ })
      .first()
      .waitFor();
    expect(await newcomer.page.getByRole('button', { name: 'Masuk' }).count()).toBe(0);

    // The link worked once: opened again, it says so.
    const late = await e2e.browser();
    await late.page.goto(link);
    await late.page.getByRole('alert').getByText('Undangan ini sudah dipakai', { exact: false }).waitFor();

    // The owner sees the new member (and no pending invitation, no prompt), changes the role and removes them.
    await page.reload();
    await page.locator('tbody tr', { hasText: 'perizinan' }).waitFor();
    expect(await page.getByTestId('invite-partner-prompt').count()).toBe(0);
    const row = page.locator('tbody tr', { hasText: 'perizinan' });
    await row.waitFor();
    expect(await row.locator('.party-chip').textContent()).toContain('DPMPTSP');
    expect(await row.getByLabel('Peran Kasubbag Perizinan').inputValue()).toBe('editor');
    expect(await page.getByRole('heading', { name: 'Undangan yang belum diterima' }).count()).toBe(0);
    await row.getByLabel('Peran Kasubbag Perizinan').selectOption('commenter');
    await page.getByText('Peran Kasubbag Perizinan diubah.').waitFor();
    await row.getByRole('button', { name: 'Keluarkan Kasubbag Perizinan' }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('the owner revokes a pending invitation, and its link then says so', async () => {
    const { page } = user;
    await page.goto(`${cooperationPath}/anggota`);
    await page.getByRole('button', { name: 'Undang' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama orang yang diundang').fill('Staf Batal');
    await dialog.getByRole('button', { name: 'Buat tautan undangan' }).click();
    const link = await dialog.getByLabel('Tautan undangan').inputValue();
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('button', { name: 'Batalkan undangan untuk Staf Batal' }).click();
    await page.getByText('Undangan untuk Staf Batal dibatalkan.').waitFor();
    const holder = await e2e.browser();
    await holder.page.goto(link);
    await holder.page.getByRole('alert').getByText('dibatalkan', { exact: false }).waitFor();
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
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(32);
    await card
      .getByLabel('Ganti logo')
      .setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan gambar') });
    await card.getByRole('alert').getByText('Logo harus berupa gambar PNG atau JPEG.').waitFor();
    await screenshot(page, 'para-pihak-logo');
  });

  it('a viewer is not offered a new cooperation, and is told how to join one', async () => {
    const tamu = await e2e.browser('tamu');
    await tamu.page.goto('/');
    await tamu.page.getByRole('heading', { name: 'Kerja sama saya' }).waitFor();
    await tamu.page.locator('.card-grid li').first().waitFor();
    expect(await tamu.page.getByRole('button', { name: 'Kerja sama baru' }).count()).toBe(0);
  });
});
