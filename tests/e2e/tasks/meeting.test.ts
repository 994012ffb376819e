import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserUser } from '../../support/browser.ts';
import { e2eSession } from '../../support/e2e.ts';
import { demoMou } from '../editorPage.ts';
import { expectClicks, Hands, printClicksAfterAll, raisePoint, SIZES, taskShot } from './clicks.ts';

/** Opens the meeting room and waits for its document. */
async function openRoom(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector('.ProseMirror [data-type="clause"]', { timeout: 30_000 });
}

/** On the point's card: "agreed", with the decision's words. */
async function recordDecision(hands: Hands, card: Locator, decision: string): Promise<void> {
  await hands.click(card.getByRole('button', { name: 'Catat keputusan' }));
  await hands.check(card.getByLabel('Disepakati', { exact: true }));
  await hands.fill(card.getByLabel('Keputusan', { exact: true }), decision);
  await hands.click(card.getByRole('button', { name: 'Simpan' }));
  await card.getByText(decision).waitFor();
}

/**
 * Task 2, run a meeting: open it, a point on selected words, a decision, a follow-up with a
 * person in charge, close it and read the minutes. On the laptop the Ombudsman's head chairs
 * the demo's planned meeting. At phone size the chair stays on a laptop and the city's Kabag
 * Kerja Sama follows a second meeting on the phone: raises a point on words, sees the chair's
 * decision arrive under it, and reads the minutes once the meeting is closed.
 */
describe('task: run a meeting', () => {
  const e2e = e2eSession();
  printClicksAfterAll();
  let chair: BrowserUser;
  let guest: BrowserUser;
  let cookie: string;
  let cooperationId: string;
  let documentId: string;

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    ({ cooperationId, documentId } = await demoMou(e2e.server, cookie));
    chair = await e2e.browser({ cookie });
    guest = await e2e.browser('pemkot');
  });

  const roomPath = (meetingId: string) => `/k/${cooperationId}/rapat/${meetingId}`;

  it('at laptop size (1366×768): the chair runs the meeting', async () => {
    const meetings = (await e2e.server.api(`/api/cooperations/${cooperationId}/meetings`, { cookie })).body
      .meetings;
    const meeting = meetings.find((m: { state: string }) => m.state === 'planned');
    const { page } = chair;
    await openRoom(page, roomPath(meeting.id));
    await openRoom(guest.page, roomPath(meeting.id));

    const hands = new Hands();
    await hands.click(page.getByRole('button', { name: 'Buka rapat' }));
    await page.getByText('Berlangsung').first().waitFor();
    const point = 'Ruang lingkup memuat percepatan penyelesaian laporan.';
    const { card } = await raisePoint(hands, page, 2, point);
    await recordDecision(hands, card, 'Dimasukkan ke Pasal 2 huruf b.');

    await hands.click(card.getByRole('button', { name: /Tindak lanjut baru/ }));
    const followUp = card.getByRole('textbox', { name: 'Tindak lanjut' });
    await followUp.waitFor();
    const focused = await followUp.evaluate((el) => el === document.activeElement);
    if (focused) await hands.type(page, 'Menyusun redaksi Pasal 2');
    else await hands.fill(followUp, 'Menyusun redaksi Pasal 2');
    await hands.chooseText(card.getByLabel('Penanggung jawab'), 'Kabag Kerja Sama');
    await hands.click(card.getByRole('button', { name: 'Tambahkan tindak lanjut' }));
    // The follow-up is listed under its point, with its person in charge, in both browsers.
    await card.getByText('Menyusun redaksi Pasal 2').waitFor();
    const onGuest = guest.page.locator('.point-card', { hasText: point });
    await onGuest.getByText('Dimasukkan ke Pasal 2 huruf b.').waitFor({ timeout: 15_000 });

    await hands.confirming(page, () => hands.click(page.getByRole('button', { name: 'Tutup rapat' })));
    await page.getByText('Ditutup').first().waitFor();
    await hands.click(page.getByRole('button', { name: 'Tinjau notula' }));
    const minutes = page.locator('dialog[open]');
    await minutes.getByText(point).first().waitFor();
    await minutes.getByText('Menyusun redaksi Pasal 2').first().waitFor();
    // Opening 1, the point 3, the decision 4, the follow-up 4 (the focus is in its text), closing 2,
    // the minutes 1.
    expectClicks('run a meeting (chair)', SIZES[0], 'ombudsman', hands, 15);
    await taskShot(page, 'meeting', SIZES[0]);
    await page.keyboard.press('Escape');
  });

  it('at phone size (390×844): a participant follows the meeting on the phone', async () => {
    const size = SIZES[1];
    const created = await e2e.server.api(`/api/cooperations/${cooperationId}/meetings`, {
      cookie,
      body: {
        kind: 'pembahasan',
        date: '2020-04-14',
        timeFrom: '09:00',
        timeTo: '11:00',
        place: 'Ruang Rapat Wali Kota',
        agenda: [{ title: 'Pembahasan lanjutan' }],
        documentIds: [documentId],
      },
    });
    expect(created.status).toBe(201);
    const meetingId = created.body.meeting.id;
    const opened = await e2e.server.api(`/api/meetings/${meetingId}/open`, { method: 'POST', cookie });
    expect(opened.status).toBe(200);
    const { page } = guest;
    await page.setViewportSize(size);
    await openRoom(page, roomPath(meetingId));
    await openRoom(chair.page, roomPath(meetingId));

    const hands = new Hands();
    const point = 'Mohon pelaksanaan dirinci per triwulan.';
    const { card } = await raisePoint(hands, page, 3, point);
    // The chair, on a laptop, records the decision; it arrives under the point on the phone.
    const chairCard = chair.page.locator('.point-card', { hasText: point });
    await recordDecision(new Hands(), chairCard, 'Dirinci dalam rencana kerja.');
    await card.getByText('Dirinci dalam rencana kerja.').waitFor({ timeout: 15_000 });

    const closed = await e2e.server.api(`/api/meetings/${meetingId}/close`, { method: 'POST', cookie });
    expect(closed.status).toBe(200);
    await page.getByText('Ditutup').first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await hands.click(page.getByRole('button', { name: 'Tinjau notula' }));
    const minutes = page.locator('dialog[open]');
    await minutes.getByText(point).first().waitFor();
    expectClicks('follow a meeting (participant)', size, 'pemkot', hands, 4);
    await taskShot(page, 'meeting', size);
  });
});
