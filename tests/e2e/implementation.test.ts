import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import { insertObligation } from '../../server/db/repos/obligations.ts';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import { localDate } from '../../shared/calendar/workingDays.ts';
import { type BrowserUser, LAPTOP, PHONE, SHOT_DIR } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import {
  type BuiltUser,
  buildCooperation,
  buildDocument,
  buildMember,
  buildUser,
} from '../support/factories.ts';
import { axeViolations } from './axe.ts';
import { overflowsHorizontally } from './layoutChecks.ts';

const shots = join(SHOT_DIR, 'dashboards');
mkdirSync(shots, { recursive: true });
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

/**
 * The dashboards of carrying an agreement out, in Chromium: a member of the Pemkot is the
 * liaison (by their notification address) of an obligation of the other party due today, so the
 * home page's "Kewajiban Anda minggu ini" lists it; the Pelaksanaan tab's summary counts it per
 * party and per OPD. Both at laptop and phone width, nothing scrolling sideways.
 */
describe('implementation dashboards, in Chromium', () => {
  const e2e = e2eSession({ env: { SEPAKAT_SEED_DEMO: '0' } });
  let coop: CooperationDTO;
  let owner: BuiltUser;
  let pic: BuiltUser;
  let user: BrowserUser;
  const text = 'PIHAK PERTAMA menyampaikan laporan pelaksanaan triwulan kepada PIHAK KEDUA.';

  beforeAll(async () => {
    const { server } = e2e;
    owner = await buildUser(server, { displayName: 'Pemilik Uji' });
    coop = await buildCooperation(server, owner.cookie, { title: 'Kerja Sama Minggu Ini' });
    pic = await buildMember(server, owner.cookie, coop, 'editor', 2);
    const party = (ordinal: number) => coop.parties.find((p) => p.ordinal === ordinal)!.id;
    const settings = await server.api('/api/me/notification-settings', {
      cookie: pic.cookie,
      method: 'PUT',
      body: { email: 'pic.minggu@example.org', language: 'id', emailMode: 'off' },
    });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const liaison = await server.api<{ liaison: { id: string } }>(`/api/cooperations/${coop.id}/liaisons`, {
      cookie: owner.cookie,
      body: { partyId: party(1), name: 'Penghubung Minggu Ini', email: 'PIC.Minggu@example.org' },
    });
    expect(liaison.status, JSON.stringify(liaison.body)).toBe(201);
    const unit = await server.api<{ unit: { id: string } }>(`/api/cooperations/${coop.id}/units`, {
      cookie: owner.cookie,
      body: { partyId: party(1), name: 'Biro Uji Pelaksanaan' },
    });
    const document = await buildDocument(server, owner.cookie, coop.id, {
      kind: 'pks',
      title: 'PKS Minggu Ini',
    });
    // A confirmed obligation as people leave it after confirming: of the other party (so only
    // the liaison link makes it the PIC's), due today in WIB.
    const db = openDatabase(server.dbFile);
    try {
      const now = Date.now();
      insertObligation(db, {
        cooperationId: coop.id,
        documentId: document.id,
        clauseId: 'pasal-uji',
        ayatId: null,
        clausePath: 'Pasal 7 ayat (1)',
        partyScope: 'party',
        partyId: party(1),
        partyLabel: 'PIHAK PERTAMA',
        unitId: unit.body.unit.id,
        liaisonId: liaison.body.liaison.id,
        text,
        evidence: '',
        due: { kind: 'date', date: localDate(new Date(), 'WIB') },
        source: 'manual',
        proposalKey: null,
        status: 'confirmed',
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      });
    } finally {
      db.close();
    }
    user = await e2e.browser({ cookie: pic.cookie });
  }, 90_000);

  it('the home page tells the liaison what they owe this week', async () => {
    const { page } = user;
    await page.setViewportSize(LAPTOP);
    await page.goto('/');
    const week = page.getByRole('region', { name: 'Kewajiban Anda minggu ini' });
    const list = week.getByRole('list', { name: 'Kewajiban Anda minggu ini' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    const item = list.getByRole('listitem');
    expect(await item.textContent()).toContain(text);
    expect(await item.textContent()).toContain('Jatuh tempo');
    expect(await item.textContent()).toContain('Anda penghubungnya');
    expect(await item.textContent()).toContain(
      `tenggat ${localDate(new Date(), 'WIB').split('-').reverse().join('/')}`,
    );
    expect(await item.textContent()).toContain('Kerja Sama Minggu Ini');
    const link = item.getByRole('link', { name: /Pasal 7 ayat \(1\) · PKS Minggu Ini/ });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^/k/${coop.id}/pelaksanaan/ob`));
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'home-laptop');

    await page.setViewportSize(PHONE);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shoot(page, 'home-phone');

    // Another member of the Pemkot owes nothing this week: the section says so plainly.
    const other = await buildMember(e2e.server, owner.cookie, coop, 'viewer', 2);
    const otherView = await e2e.browser({ cookie: other.cookie });
    await otherView.page.goto('/');
    const empty = otherView.page.getByRole('region', { name: 'Kewajiban Anda minggu ini' });
    await expect
      .poll(() => empty.textContent())
      .toContain('Tidak ada kewajiban Anda yang jatuh tempo minggu ini atau terlambat.');
  });

  it('the Pelaksanaan tab counts it per party and per OPD, and the OPD link opens its view', async () => {
    const { page } = user;
    await page.setViewportSize(LAPTOP);
    await page.goto(`/k/${coop.id}/pelaksanaan`);
    const byParty = page.getByRole('table', { name: 'Per pihak' });
    await byParty.waitFor();
    const first = byParty.getByRole('row', { name: /LP/ });
    expect(await first.getByRole('cell').first().textContent()).toBe('0'); // Terlambat
    expect(await byParty.getByRole('columnheader').allTextContents()).toEqual([
      'Pihak',
      'Terlambat',
      'Jatuh tempo',
      'Selesai',
    ]);
    expect(await first.getByRole('cell').nth(1).textContent()).toBe('1');
    const attention = page.getByRole('list', { name: 'Perlu ditindaklanjuti' });
    expect(await attention.getByRole('listitem').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'summary-laptop');

    await page.setViewportSize(PHONE);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shoot(page, 'summary-phone');

    await page.setViewportSize(LAPTOP);
    await page
      .getByRole('table', { name: 'Per OPD' })
      .getByRole('link', { name: /Biro Uji Pelaksanaan/ })
      .click();
    await page.getByRole('heading', { name: 'Pelaksanaan Biro Uji Pelaksanaan' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/k/${coop.id}/opd/u`));
    expect(await page.getByRole('list', { name: 'PKS Minggu Ini' }).getByRole('listitem').count()).toBe(1);
    await shoot(page, 'unit-laptop');
  });
});
