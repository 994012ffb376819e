import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { pointInDemoMeeting } from './demoMeeting.ts';

/**
 * Meeting mode on a 1366×768 laptop: the head and toolbar leave the screen to the document,
 * and a follow-up recorded from a point (its person in charge a member or an OPD liaison)
 * fits the side panel, takes the caret when it opens, and appears under its point at once,
 * for the other participant too.
 */
describe('meeting mode: compact head and follow-ups from a point', () => {
  const e2e = e2eSession();
  let chair: BrowserUser;
  let guest: BrowserUser;
  let roomPath: string;
  let liaisonLabel: string;

  beforeAll(async () => {
    const demo = await pointInDemoMeeting(e2e.server, 'Daftar PIC setiap OPD');
    const { cookie, cooperationId } = demo;
    roomPath = demo.roomPath;
    const liaisons = (await e2e.server.api(`/api/cooperations/${cooperationId}/liaisons`, { cookie })).body
      .liaisons;
    const liaison = liaisons.find((l: { unit: string }) => l.unit);
    liaisonLabel = `${liaison.name} (${liaison.unit})`;
    chair = await e2e.browser({ cookie });
    guest = await e2e.browser('pemkot');
    for (const page of [chair.page, guest.page]) {
      await page.goto(roomPath);
      await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    }
  });

  it('spends at most 120 px above the document on the top bar, the meeting head and the toolbar', async () => {
    const toolbarBottom = await chair.page
      .locator('.meeting-room .toolbar')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(toolbarBottom).toBeLessThanOrEqual(120);
    const head = chair.page.locator('.meeting-head');
    await head.getByRole('heading', { name: 'Rapat Tindak Lanjut Finalisasi Naskah Kerja Sama' }).waitFor();
    await head.getByText('Selasa, 31 Maret 2020, 09.00–11.30 WIB').waitFor();
    await head.getByRole('button', { name: 'Buka rapat' }).waitFor();
    await screenshot(chair.page, 'meeting-compact-head');
  });

  it('offers members and liaisons, fits the panel, takes the focus and shows the new follow-up under its point', async () => {
    const card = chair.page.locator('.point-card', { hasText: 'Daftar PIC setiap OPD' });
    await card.getByRole('button', { name: '+ Tindak lanjut baru' }).click();
    const text = card.getByRole('textbox', { name: 'Tindak lanjut' });
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);

    const picker = card.getByLabel('Penanggung jawab');
    const groups = await picker.evaluate((el) =>
      [...el.querySelectorAll('optgroup')].map((g) => ({
        label: g.label,
        options: [...g.querySelectorAll('option')].map((o) => o.textContent),
      })),
    );
    expect(groups.map((g) => g.label)).toEqual(['Anggota', 'Penghubung']);
    expect(groups[0]!.options).toContain('Kepala Perwakilan');
    expect(groups[1]!.options).toContain(liaisonLabel);

    // Nothing in the points column is wider than the column: no sideways scrolling, no cut picker.
    const panel = chair.page.locator('.meeting-points');
    const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const [pickerRight, panelRight] = await Promise.all([
      picker.evaluate((el) => el.getBoundingClientRect().right),
      panel.evaluate((el) => el.getBoundingClientRect().right),
    ]);
    expect(pickerRight).toBeLessThanOrEqual(panelRight);
    await screenshot(chair.page, 'meeting-follow-up-form');

    await text.fill('Menyampaikan daftar PIC Disdukcapil');
    await picker.selectOption({ label: liaisonLabel });
    // The deadline is typed day first, like every date in Sepakat (DateField).
    await card.getByLabel('Batas waktu').fill('07/04/2020');
    await card.getByText(/^Selasa, 0?7 April 2020$/).waitFor();
    await card.getByRole('button', { name: 'Tambahkan tindak lanjut' }).click();

    const mine = card.getByRole('list', { name: 'Tindak lanjut poin ini' });
    await mine.getByText('Menyampaikan daftar PIC Disdukcapil').waitFor({ timeout: 10_000 });
    const reopen = card.getByRole('button', { name: '+ Tindak lanjut baru' });
    await expect.poll(() => reopen.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await mine.textContent()).toContain('7 April 2020');
    const onGuest = guest.page
      .locator('.point-card', { hasText: 'Daftar PIC setiap OPD' })
      .getByRole('list', { name: 'Tindak lanjut poin ini' });
    await onGuest.getByText('Menyampaikan daftar PIC Disdukcapil').waitFor({ timeout: 15_000 });
    expect(await onGuest.textContent()).toContain(liaisonLabel.split(' (')[0]);
    await screenshot(chair.page, 'meeting-follow-up-shown');
  });

  it('plans a meeting with the same day-first date field, in a padded card list', async () => {
    const page = chair.page;
    await page.goto(roomPath.replace(/\/[^/]+$/, ''));
    const row = page.locator('.meeting-row').first();
    await row.waitFor();
    const padding = await row.evaluate((el) => Number.parseFloat(getComputedStyle(el).paddingLeft));
    expect(padding).toBeGreaterThanOrEqual(16);

    await page.getByRole('button', { name: 'Rencanakan rapat' }).click();
    const date = page.getByRole('textbox', { name: 'Tanggal', exact: true });
    expect(await date.getAttribute('placeholder')).toBe('hh/bb/tttt');
    await date.fill('31/02/2021');
    await date.blur();
    await page.getByRole('alert').filter({ hasText: 'Tanggal tidak ada: 31/02/2021' }).waitFor();
    await date.fill('14/04/2020');
    await page.getByText('Selasa, 14 April 2020').waitFor();
    // No browser date input is in sight (the one behind the calendar button is a few pixels).
    const visibleNative = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLInputElement>('input[type="date"]')].filter(
          (el) => el.getBoundingClientRect().width > 8,
        ).length,
    );
    expect(visibleNative).toBe(0);
    await screenshot(page, 'meeting-form-date');
  });
});
