import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserUser } from '../../support/browser.ts';
import { e2eSession } from '../../support/e2e.ts';
import { expectClicks, Hands, printClicksAfterAll, SIZES, taskShot } from './clicks.ts';

/**
 * Task 5, start a new cooperation with a new partner and invite its people: from the Beranda,
 * "Kerja sama baru" with both parties, then on Anggota an invitation for the partner's staff
 * member (name, e-mail, party, role), whose link they open in a browser of their own, make an
 * account and land in the cooperation. The fields are short, so the phone does it all too.
 */
describe('task: start a new cooperation and invite its people', () => {
  const e2e = e2eSession();
  printClicksAfterAll();
  let owner: BrowserUser;
  let newcomer: BrowserUser;

  beforeAll(async () => {
    owner = await e2e.browser('ombudsman');
    newcomer = await e2e.browser();
    await owner.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.server.url });
  });

  for (const size of SIZES) {
    it(`at ${size.name} size (${size.width}×${size.height})`, async () => {
      const title = `Kerja Sama Pengawasan Perizinan (${size.name})`;
      const { page } = owner;
      await page.setViewportSize(size);
      await newcomer.page.setViewportSize(size);
      await page.goto('/');

      const hands = new Hands();
      await hands.click(page.getByRole('button', { name: 'Kerja sama baru' }));
      const form = page.getByRole('dialog');
      await hands.fill(form.getByLabel('Judul kerja sama'), title);
      const names = form.getByLabel('Nama instansi');
      const shorts = form.getByLabel('Singkatan');
      await hands.fill(names.nth(0), 'Ombudsman Republik Indonesia Perwakilan Provinsi Jambi');
      await hands.fill(shorts.nth(0), 'Ombudsman Jambi');
      await hands.fill(names.nth(1), 'Dinas Penanaman Modal dan PTSP Kota Jambi');
      await hands.fill(shorts.nth(1), 'DPMPTSP');
      await hands.click(form.getByRole('button', { name: 'Buat kerja sama' }));
      await page.waitForURL(/\/k\/[^/]+$/);
      const cooperationPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { name: title }).waitFor();
      expectClicks('start a cooperation', size, 'ombudsman', hands, 7);

      const inviting = new Hands();
      await inviting.click(page.getByRole('link', { name: 'Anggota' }));
      await inviting.click(page.getByRole('button', { name: 'Undang' }));
      const dialog = page.getByRole('dialog');
      const invitee = `Kasubbag Perizinan (${size.name})`;
      await inviting.fill(dialog.getByLabel('Nama orang yang diundang'), invitee);
      await inviting.fill(dialog.getByLabel(/^(Surel|E-mail)/), `perizinan.${size.name}@jambikota.go.id`);
      await inviting.chooseText(dialog.getByLabel('Pihak'), 'DPMPTSP');
      await inviting.choose(dialog.getByLabel('Peran'), 'editor');
      await inviting.click(dialog.getByRole('button', { name: 'Buat tautan undangan' }));
      const link = await dialog.getByLabel('Tautan undangan').inputValue();
      expect(link).toMatch(new RegExp(`^${e2e.server.url}/undangan/[A-Za-z0-9_-]+$`));
      // Sending it: a message ready in WhatsApp or e-mail, or the link copied.
      const email = dialog.getByRole('link', { name: /e-mail/ });
      if ((await email.count()) > 0) {
        expect(await email.getAttribute('href')).toContain(encodeURIComponent(link));
      }
      await inviting.click(dialog.getByRole('button', { name: 'Salin tautan' }));
      await page.getByText('Tautan disalin.').waitFor();
      await taskShot(page, 'newCooperation-invite', size);
      await inviting.click(dialog.getByRole('button', { name: 'Selesai' }));
      expectClicks('invite a partner’s staff member', size, 'ombudsman', inviting, 11);

      // The invitee, in a browser of their own and without an account.
      const joining = new Hands();
      const other = newcomer.page;
      await other.context().clearCookies();
      await other.goto(link);
      const account = other.getByRole('form', { name: 'Buat akun' });
      expect(await account.getByLabel('Nama tampilan').inputValue()).toBe(invitee);
      await joining.fill(account.getByLabel('Nama pengguna'), `perizinan-${size.name}`);
      await joining.fill(account.getByLabel(/^Kata sandi/), 'izin-usaha-2020');
      await joining.fill(account.getByLabel('Ulangi kata sandi'), 'izin-usaha-2020');
      await joining.click(account.getByRole('button', { name: 'Buat akun dan bergabung' }));
      await other.waitForURL((url) => url.pathname === cooperationPath);
      await other.getByRole('heading', { name: title }).waitFor();
      expectClicks('accept the invitation', size, 'invitee', joining, 4);
      await taskShot(other, 'newCooperation', size);
    });
  }
});
