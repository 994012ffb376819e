import { describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

/**
 * The owner limits the other party to suggestions with its switch on the members screen, and
 * offers the suggester role (Pengusul) with its explanation; the limited party's editor then
 * reads in the editor that what they type becomes suggestions.
 */
describe('who may only suggest, in Chromium', () => {
  const e2e = e2eSession();

  it('an owner limits a party by its switch; its editor is told their changes become suggestions', async () => {
    const ownerCookie = await e2e.server.login('ombudsman');
    const ids = await demoMou(e2e.server, ownerCookie);
    const coop = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie: ownerCookie }))
      .body.cooperation as CooperationDTO;
    const pemkot = coop.parties.find((p) => p.ordinal === 2)!;

    const owner = await e2e.browser({ cookie: ownerCookie });
    await owner.page.goto(`/k/${ids.cooperationId}/anggota`);
    // The role picker offers the suggester, and one line says what a suggester does.
    const picker = owner.page.getByRole('combobox', { name: /^Peran / }).first();
    await picker.waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual([
      'Pembaca',
      'Pemberi komentar',
      'Pengusul',
      'Editor',
      'Pemilik',
    ]);
    await expect
      .poll(() => owner.page.getByText('Pengusul mengubah teks hanya lewat usulan').count())
      .toBeGreaterThan(0);

    const limit = owner.page.getByRole('switch', { name: `${pemkot.shortName}: hanya dapat mengusulkan` });
    expect(await limit.isChecked()).toBe(false);
    await limit.check();
    await expect.poll(() => limit.isChecked()).toBe(true);
    await expect
      .poll(async () => {
        const res = await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie: ownerCookie });
        return res.body.cooperation.settings.suggestOnlyParties;
      })
      .toEqual([pemkot.id]);
    await owner.page
      .getByRole('heading', { name: 'Pihak yang hanya dapat mengusulkan' })
      .scrollIntoViewIfNeeded();
    await screenshot(owner.page, 'roles-suggest-only-switch');

    const editor = await e2e.browser('pemkot');
    await openEditor(editor.page, editorPath(ids));
    const banner = editor.page.getByTestId('suggest-only-banner');
    await expect
      .poll(() => banner.textContent())
      .toBe(
        'Anda editor, dan pihak Anda saat ini hanya dapat mengusulkan: setiap perubahan Anda pada teks menjadi usulan, yang diterima atau ditolak oleh pihak lain. Anda tetap dapat menyetujui teks untuk pihak Anda.',
      );
    await editor.page.locator('.language-switch button[lang="en"]').click();
    await expect
      .poll(() => banner.textContent())
      .toBe(
        'You are an editor, and your party may only suggest for now: every change you make to the text becomes a suggestion, which the other party accepts or rejects. You can still approve the text for your party.',
      );
    await editor.page.locator('.language-switch button[lang="id"]').click();
    await screenshot(editor.page, 'roles-suggest-only-banner');

    // Lifting the limit takes the banner away on the open screen (the event reloads the flags).
    await limit.uncheck();
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0);
  });
});
