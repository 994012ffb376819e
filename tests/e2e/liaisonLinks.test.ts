import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, openBrowser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';

/** A phone held upright (390 × 844), where a liaison is usually called from. */
const PHONE = { width: 390, height: 844 };

/**
 * The liaison register on a phone: whoever receives a report calls or messages the PIC with
 * one tap, so each phone is a call link and a WhatsApp link and each address a mail link.
 */
describe('liaisons reached from a phone', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let cooperationId = '';

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    cooperationId = coop.id;
    const added = await e2e.server.api(`/api/cooperations/${coop.id}/liaisons`, {
      cookie,
      body: {
        partyId: coop.parties[1].id,
        unit: 'Bagian Organisasi',
        name: 'Sari Dewi',
        position: 'Kepala Bagian',
        phone: '0812-3456-789',
        email: 'sari@jambikota.example',
      },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    user = await openBrowser({ baseUrl: e2e.server.url, cookie, viewport: PHONE });
  });
  afterAll(async () => {
    await user?.close();
  });

  it("gives each PIC's phone a call and a WhatsApp link in international form, and the e-mail a mail link", async () => {
    const { page } = user;
    await page.goto(`/k/${cooperationId}/penghubung`);
    const row = page.getByRole('row').filter({ hasText: 'Sari Dewi' });
    await row.waitFor();
    expect(await row.getByTestId('liaison-tel').getAttribute('href')).toBe('tel:+628123456789');
    expect(await row.getByTestId('liaison-tel').textContent()).toBe('0812-3456-789');
    const whatsApp = row.getByRole('link', { name: 'WhatsApp Sari Dewi' });
    expect(await whatsApp.getAttribute('href')).toBe('https://wa.me/628123456789');
    expect(await row.getByTestId('liaison-mailto').getAttribute('href')).toBe(
      'mailto:sari@jambikota.example',
    );
    // The demo's office numbers (0741-555xxx) get both links too, on every row that has a phone.
    const phones = await page.getByTestId('liaison-tel').count();
    expect(phones).toBeGreaterThan(1);
    expect(await page.getByTestId('liaison-whatsapp').count()).toBe(phones);
    const hrefs = await page
      .getByTestId('liaison-whatsapp')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('https://wa.me/62741555100');
    // Every link within the 390 px screen, none cut off by the table.
    const rights = await page
      .locator('[data-testid^="liaison-"]')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'penghubung-ponsel');
  });
});
