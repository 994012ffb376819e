import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';

/**
 * Kalender from the user menu: a secret feed address is made and shown once, the calendar
 * client's request (no cookie) gets the .ics with the demo's meetings, and after "Cabut alamat" the
 * address answers 404. A meeting's room downloads that meeting as .ics in its zone.
 */
describe('the calendar feed, in Chromium', () => {
  const e2e = e2eSession();
  let user: BrowserUser;

  let demoMeetingId: string;
  let roomPath: string;

  beforeAll(async () => {
    const cookie = await e2e.server.login('pemkot');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const meetings = (await e2e.server.api(`/api/cooperations/${coop.id}/meetings`, { cookie })).body
      .meetings;
    demoMeetingId = meetings[0].id;
    roomPath = `/k/${coop.id}/rapat/${demoMeetingId}`;
    user = await e2e.browser({ cookie });
  });

  it('makes, shows once and revokes the address', async () => {
    const { page } = user;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    await page.getByRole('button', { name: /^Menu pengguna/ }).click();
    await page.getByRole('menuitem', { name: 'Kalender' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kalender langganan' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('belum memiliki');

    await dialog.getByRole('button', { name: 'Buat alamat kalender' }).click();
    const field = dialog.getByTestId('calendar-feed-url');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    await screenshot(page, 'e2e-calendar-feed');

    const subscribed = await fetch(url);
    expect(subscribed.status).toBe(200);
    // The demo's meetings are in it, readable by a calendar parser.
    const events = new ICAL.Component(ICAL.parse(await subscribed.text())).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).toContain(
      `meeting-${demoMeetingId}@sepakat`,
    );

    // Shown once: opened again, the dialog says only since when the address is live.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Menu pengguna/ }).click();
    await page.getByRole('menuitem', { name: 'Kalender' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('aktif sejak');
    expect(await dialog.getByTestId('calendar-feed-url').count()).toBe(0);

    await dialog.getByRole('button', { name: 'Cabut alamat' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('belum memiliki');
    expect((await fetch(url)).status).toBe(404);
  });

  it("downloads a meeting as .ics from its room ('Unduh .ics')", async () => {
    const { page } = user;
    await page.goto(roomPath);
    const link = page.getByRole('link', { name: 'Unduh .ics' });
    await link.waitFor();
    const href = await link.getAttribute('href');
    const res = await page.request.get(href ?? '');
    expect(res.status()).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.uid).toBe(`meeting-${demoMeetingId}@sepakat`);
    expect(event.startDate.zone?.tzid).toBe('Asia/Jakarta');
  });
});
