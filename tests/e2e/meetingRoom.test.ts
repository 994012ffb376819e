import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';

/**
 * The meeting room in two browsers: the Ombudsman's head adds a point from a selection in the
 * MoU, the city's Kabag Kerja Sama sees it appear (server-sent events) and the anchor arrive in
 * the document (Yjs); a decision and a follow-up are recorded, the meeting is closed, and the
 * minutes export opens.
 */
describe('meeting mode in Chromium', () => {
  const e2e = e2eSession();
  let chair: BrowserUser;
  let guest: BrowserUser;
  let roomPath: string;
  let cooperationId: string;
  let meetingId: string;
  let ownerCookie: string;

  beforeAll(async () => {
    ownerCookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie: ownerCookie })).body.cooperations[0];
    cooperationId = coop.id;
    const meetings = (await e2e.server.api(`/api/cooperations/${coop.id}/meetings`, { cookie: ownerCookie }))
      .body.meetings;
    const planned = meetings.find((m: { state: string }) => m.state === 'planned');
    meetingId = planned.id;
    roomPath = `/k/${coop.id}/rapat/${planned.id}`;
    chair = await e2e.browser({ cookie: ownerCookie });
    guest = await e2e.browser('pemkot');
  });

  it('a point from a selection appears for the other participant; decision, follow-up, closing, minutes', async () => {
    const open = async (page: BrowserUser['page']) => {
      await page.goto(roomPath);
      await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
    };
    await open(chair.page);
    await open(guest.page);

    await chair.page.getByRole('button', { name: 'Buka rapat' }).click();
    await guest.page.getByText('Berlangsung').waitFor();

    // Select the first words of Pasal 2 and press Ctrl+Alt+M: the point is on that clause.
    const paragraph = chair.page.locator('.ProseMirror > [data-type="clause"]').nth(1).locator('p').first();
    await paragraph.click();
    await paragraph.evaluate((p) => {
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(20, text.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await chair.page.waitForTimeout(200);
    await chair.page.keyboard.press('Control+Alt+m');
    await expect
      .poll(() => chair.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Isi poin');
    await chair.page.keyboard.type('Ruang lingkup memuat percepatan penyelesaian laporan.');
    await chair.page.getByRole('button', { name: 'Tambahkan poin' }).click();

    const onGuest = guest.page.locator('.point-card', { hasText: 'percepatan penyelesaian laporan' });
    await onGuest.waitFor({ timeout: 15_000 });
    expect(await onGuest.textContent()).toContain('Pasal 2');
    // The anchor mark travelled with the document to the other browser.
    await guest.page.waitForSelector('.sheet .point-anchor[data-point-id]', { timeout: 15_000 });

    const card = chair.page.locator('.point-card', { hasText: 'percepatan penyelesaian laporan' });
    await card.getByRole('button', { name: 'Catat keputusan' }).click();
    await card.getByLabel('Disepakati', { exact: true }).check();
    await card.getByLabel('Keputusan', { exact: true }).fill('Dimasukkan ke Pasal 2 ayat (1).');
    await card.getByRole('button', { name: 'Simpan' }).click();
    await onGuest.getByText('Dimasukkan ke Pasal 2 ayat (1).').waitFor({ timeout: 15_000 });
    expect(await onGuest.locator('.badge').textContent()).toBe('Disepakati');

    await card.getByRole('button', { name: '+ Tindak lanjut baru' }).click();
    await card.getByRole('textbox', { name: 'Tindak lanjut' }).fill('Menyusun redaksi Pasal 2');
    await card.getByRole('button', { name: 'Tambahkan tindak lanjut' }).click();
    await expect
      .poll(async () => {
        const res = await e2e.server.api(
          `/api/cooperations/${cooperationId}/actions?meetingId=${meetingId}`,
          {
            cookie: ownerCookie,
          },
        );
        return res.body.actions.map((a: { text: string }) => a.text);
      })
      .toContain('Menyusun redaksi Pasal 2');
    await screenshot(chair.page, 'meeting-room');

    chair.page.once('dialog', (d) => d.accept());
    await chair.page.getByRole('button', { name: 'Tutup rapat' }).click();
    await guest.page.getByText('Ditutup').first().waitFor({ timeout: 15_000 });

    const docx = await chair.page.request.get(`/api/meetings/${meetingId}/minutes.docx`);
    expect(docx.status()).toBe(200);
    const zip = await JSZip.loadAsync(await docx.body());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Ruang lingkup memuat percepatan penyelesaian laporan.');
    expect(xml).toContain('Menyusun redaksi Pasal 2');
  });

  it('once closed, decisions wait for a reopening with a reason, and the minutes download with a letterhead', async () => {
    const card = chair.page.locator('.point-card', { hasText: 'percepatan penyelesaian laporan' });
    await chair.page.getByRole('note').filter({ hasText: 'Rapat sudah ditutup' }).waitFor();
    expect(await card.getByRole('button', { name: 'Catat keputusan' }).count()).toBe(0);
    await card.getByText('Keputusan ini tercatat dalam notula rapat yang sudah ditutup').waitFor();
    await screenshot(chair.page, 'meeting-room-closed');

    await chair.page.getByRole('button', { name: 'Buka kembali rapat' }).click();
    const reason = 'Redaksi keputusan Pasal 2 keliru';
    await chair.page.getByLabel('Alasan membuka kembali').fill(reason);
    await chair.page.locator('dialog').getByRole('button', { name: 'Buka kembali rapat' }).click();
    await guest.page.getByText('Berlangsung').first().waitFor({ timeout: 15_000 });
    await card.getByRole('button', { name: 'Catat keputusan' }).waitFor();
    await chair.page.getByText('Riwayat notula').click();
    await chair.page.getByText(`: ${reason}`).waitFor();

    await chair.page.getByRole('button', { name: 'Tinjau notula' }).click();
    const dialog = chair.page.locator('dialog[open]');
    await dialog.getByText(/Notula ini diubah setelah rapat dibuka kembali/).waitFor();
    const parties = (await e2e.server.api(`/api/cooperations/${cooperationId}`, { cookie: ownerCookie })).body
      .cooperation.parties;
    await dialog.getByLabel('Kop notula').selectOption(parties[1].id);
    const href = await dialog.getByRole('link', { name: 'Unduh notula (.docx)' }).getAttribute('href');
    expect(href).toBe(`/api/meetings/${meetingId}/minutes.docx?kop=${parties[1].id}`);
    await screenshot(chair.page, 'minutes-dialog');
    const docx = await chair.page.request.get(href!);
    const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
    expect(xml).toContain(parties[1].name.toUpperCase());
  });

  it('the minutes of a new meeting with no attendance yet say so under the attendees heading', async () => {
    const created = await e2e.server.api(`/api/cooperations/${cooperationId}/meetings`, {
      cookie: ownerCookie,
      body: {
        kind: 'pembahasan',
        title: 'Rapat tanpa daftar hadir',
        date: '2025-06-16',
        timeFrom: '09:00',
        timeTo: '11:00',
      },
    });
    expect(created.status).toBe(201);
    await chair.page.goto(`/k/${cooperationId}/rapat/${created.body.meeting.id}`);
    await chair.page.getByRole('button', { name: 'Tinjau notula' }).click();
    const review = chair.page.locator('dialog[open] .minutes-review');
    await review.getByText('Peserta rapat belum dicatat.').waitFor({ timeout: 15_000 });
    expect(await review.locator('h4', { hasText: 'Peserta' }).count()).toBe(1);
  });
});
