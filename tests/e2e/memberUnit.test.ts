import { beforeAll, describe, expect, it } from 'vitest';
import type { MemberDTO } from '../../shared/api/cooperations.ts';
import type { UnitListResponse } from '../../shared/api/units.ts';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { axeViolations } from './axe.ts';

/**
 * A member's unit (OPD) set on the members page, in Chromium: the city's editor puts the Kabag
 * Organisasi in Dinas Sosial and back in none from the row's select, the owner's open page
 * follows live; the Ombudsman's editor, who may not place the city's members, reads the unit
 * names and is refused by the server; the words follow the interface language.
 */
describe('a member’s OPD on the members page', () => {
  const e2e = e2eSession();
  let cookie = '';
  let cooperationId = '';
  let units: UnitListResponse['units'] = [];
  const members = async () =>
    (await e2e.server.api(`/api/cooperations/${cooperationId}`, { cookie })).body.cooperation
      .members as MemberDTO[];
  const unitOf = async (username: string) => (await members()).find((m) => m.username === username)?.unitId;
  const unitId = (shortName: string) => units.find((u) => u.shortName === shortName)!.id;

  beforeAll(async () => {
    cookie = await e2e.server.login('pemkot');
    cooperationId = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0].id;
    units = (await e2e.server.api<UnitListResponse>(`/api/cooperations/${cooperationId}/units`, { cookie }))
      .body.units;
  });

  it('the city’s editor places a member in an OPD and out again; the owner’s page follows', async () => {
    const owner = await e2e.browser('ombudsman');
    await owner.page.goto(`/k/${cooperationId}/anggota`);
    const { page } = await e2e.browser({ cookie });
    await page.goto(`/k/${cooperationId}/anggota`);
    const select = page.getByLabel('OPD Kabag Organisasi', { exact: true });
    await select.waitFor();
    expect(await page.getByRole('columnheader', { name: 'OPD', exact: true }).count()).toBe(1);
    expect(await select.inputValue()).toBe('');
    // A member already in a unit shows it chosen.
    const dukcapilUser = (await members()).find((m) => m.username === 'dukcapil')!;
    expect(await page.getByLabel(`OPD ${dukcapilUser.displayName}`, { exact: true }).inputValue()).toBe(
      unitId('Disdukcapil'),
    );
    // The options are the city's units, "—" first.
    expect((await select.locator('option').allTextContents())[0]).toBe('—');
    expect(await select.locator('option').count()).toBe(units.length + 1);

    await select.selectOption({ label: 'Dinsos' });
    await expect.poll(() => unitOf('organisasi')).toBe(unitId('Dinsos'));
    await page.getByText('Kabag Organisasi kini anggota Dinas Sosial.').waitFor();
    const ownerSelect = owner.page.getByLabel('OPD Kabag Organisasi', { exact: true });
    await expect.poll(() => ownerSelect.inputValue(), { timeout: 15_000 }).toBe(unitId('Dinsos'));
    expect(await axeViolations(page)).toEqual([]);
    await select.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'ui22-member-unit');

    await select.selectOption({ label: '—' });
    await expect.poll(() => unitOf('organisasi')).toBeNull();
    await page.getByText('Kabag Organisasi tidak lagi tergabung dalam OPD mana pun.').waitFor();
    await expect.poll(() => ownerSelect.inputValue(), { timeout: 15_000 }).toBe('');

    // A member of a party without units has no choice to make.
    const ombudsmanRow = page.getByRole('row', { name: /Asisten Pemeriksaan/ }).first();
    expect(await ombudsmanRow.locator('select[aria-label^="OPD"]').count()).toBe(0);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('columnheader', { name: 'OPD (unit)', exact: true }).waitFor();
    await page.getByLabel('OPD (unit) of Kabag Organisasi', { exact: true }).waitFor();
  });

  it('the Ombudsman’s editor reads the city’s units as names and may not change them', async () => {
    const asisten = await e2e.server.login('asisten');
    const { page } = await e2e.browser({ cookie: asisten });
    await page.goto(`/k/${cooperationId}/anggota`);
    const dukcapilUser = (await members()).find((m) => m.username === 'dukcapil')!;
    const row = page.getByRole('row', { name: new RegExp(dukcapilUser.displayName) });
    await expect.poll(() => row.getByRole('cell').allTextContents()).toContain('Disdukcapil');
    expect(await page.locator('select[aria-label^="OPD"]').count()).toBe(0);
    const organisasi = (await members()).find((m) => m.username === 'organisasi')!;
    const refused = await e2e.server.api(`/api/cooperations/${cooperationId}/members/${organisasi.userId}`, {
      cookie: asisten,
      method: 'PATCH',
      body: { unitId: unitId('Dinsos') },
    });
    expect(refused.status).toBe(403);
    expect(await unitOf('organisasi')).toBeNull();
  });
});
