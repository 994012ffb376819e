import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { LiaisonDTO } from '../../shared/api/liaisons.ts';
import type { ObligationDTO, ObligationListResponse } from '../../shared/api/obligations.ts';
import type { UnitListResponse } from '../../shared/api/units.ts';
import { signAgreed } from '../support/agreement.ts';
import { type BrowserUser, LAPTOP, PHONE, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { buildDocument, demoCooperation } from '../support/factories.ts';
import { axeViolations } from './axe.ts';
import { overflowsHorizontally } from './layoutChecks.ts';

const TITLE = 'PKS Uji Pelaksanaan';

/** The day a recurrence every `months` months from 23 June 2025 next falls on, from today on (WIB). */
function nextTwentyThird(months: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  for (let k = 1; ; k += 1) {
    const d = new Date(Date.UTC(2025, 5 + k * months, 23)).toISOString().slice(0, 10);
    if (d >= today) return d;
  }
}
const MONTHS = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember',
  en: 'January February March April May June July August September October November December',
};
const inWords = (iso: string, language: 'id' | 'en' = 'id') => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[language].split(' ')[m - 1]} ${y}`;
};

/**
 * Pelaksanaan over a PKS of the demo cooperation, finalised and signed on 23 June 2025: the
 * city's editor has Sepakat propose obligations from its text, confirms one (the Ombudsman's
 * open page follows over the event stream), edits one, is refused a unit removed meanwhile in
 * the server's words, adds one by hand; the viewer reads them, with no button, on a phone and
 * on an obligation's own page. Checked at 1366×768 and 390 px.
 */
describe('the Pelaksanaan tab, in Chromium', () => {
  const e2e = e2eSession();
  let coop: CooperationDTO;
  let documentId = '';
  let cookies: Record<'ombudsman' | 'pemkot' | 'tamu', string>;
  let editor: BrowserUser;
  let watcher: BrowserUser;

  const obligations = async () =>
    (
      await e2e.server.api<ObligationListResponse>(`/api/documents/${documentId}/obligations`, {
        cookie: cookies.tamu,
      })
    ).body.obligations;
  const at = (list: ObligationDTO[], path: string) => list.find((o) => o.clausePath === path)!;
  const section = (page: Page) => page.getByRole('region', { name: TITLE });
  const card = (page: Page, path: string) => section(page).getByRole('article', { name: path, exact: true });

  beforeAll(async () => {
    cookies = {
      ombudsman: await e2e.server.login('ombudsman'),
      pemkot: await e2e.server.login('pemkot'),
      tamu: await e2e.server.login('tamu'),
    };
    coop = await demoCooperation(e2e.server, cookies.ombudsman);
    ({ id: documentId } = await buildDocument(e2e.server, cookies.ombudsman, coop.id, {
      kind: 'pks',
      title: TITLE,
    }));
    await signAgreed(e2e.server, [cookies.ombudsman, cookies.pemkot], documentId, '2025-06-23');
    editor = await e2e.browser({ cookie: cookies.pemkot });
    watcher = await e2e.browser({ cookie: cookies.ombudsman });
  }, 120_000);

  it('proposes from the text, confirms (seen live by the other party), edits, shows a refusal and adds by hand', async () => {
    const { page } = editor;
    await page.setViewportSize(LAPTOP);
    await page.goto(`/k/${coop.id}/pelaksanaan`);
    await section(page).waitFor();
    expect(
      await page.getByRole('link', { name: 'Pelaksanaan', exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await section(page).textContent()).toContain('Ditandatangani 23 Juni 2025');
    await section(page).getByText('Belum ada kewajiban yang dilacak').waitFor();
    await watcher.page.setViewportSize(LAPTOP);
    await watcher.page.goto(`/k/${coop.id}/pelaksanaan`);
    await section(watcher.page).getByText('Belum ada kewajiban yang dilacak').waitFor();

    await section(page).getByRole('button', { name: 'Usulkan dari teks' }).click();
    await card(page, 'Pasal 7 ayat (1)').waitFor();
    expect(await section(page).getByRole('article').count()).toBe(12);
    expect(
      await section(page)
        .getByRole('heading', { level: 3, name: /^Pasal/ })
        .allTextContents(),
    ).toEqual([
      expect.stringMatching(/^Pasal 4/),
      expect.stringMatching(/^Pasal 5/),
      expect.stringMatching(/^Pasal 7/),
    ]);
    // The other party's page lists them too, without reloading.
    await card(watcher.page, 'Pasal 7 ayat (1)').waitFor();

    // Every six months from the signing: the next 23rd on or after today.
    const seventh = card(page, 'Pasal 7 ayat (1)');
    const seventhText = await seventh.textContent();
    expect(seventhText).toContain('Usulan');
    expect(seventhText).toContain('PIHAK KEDUA');
    expect(seventhText).toContain('setiap 6 bulan');
    expect(seventhText).toContain(inWords(nextTwentyThird(6)));
    await seventh.getByRole('button', { name: 'Konfirmasi' }).click();
    await seventh.getByText('Dikonfirmasi').waitFor();
    await card(watcher.page, 'Pasal 7 ayat (1)').getByText('Dikonfirmasi').waitFor();
    expect(at(await obligations(), 'Pasal 7 ayat (1)')).toMatchObject({ status: 'confirmed' });
    expect(await seventh.getByRole('button', { name: 'Konfirmasi' }).count()).toBe(0);

    // Edit: the city's OPD and its liaison, evidence, a quarterly rule.
    const city = coop.parties.find((p) => p.ordinal === 2)!;
    const units = (
      await e2e.server.api<UnitListResponse>(`/api/cooperations/${coop.id}/units`, { cookie: cookies.pemkot })
    ).body.units.filter((u) => u.partyId === city.id);
    const liaisons = (
      await e2e.server.api<{ liaisons: LiaisonDTO[] }>(`/api/cooperations/${coop.id}/liaisons`, {
        cookie: cookies.pemkot,
      })
    ).body.liaisons;
    const unit = units.find((u) => liaisons.some((l) => l.unitId === u.id))!;
    const liaison = liaisons.find((l) => l.unitId === unit.id)!;
    const fifth = card(page, 'Pasal 5 ayat (4)');
    expect(await fifth.textContent()).toContain('paling lambat 7 hari kerja sejak terjadinya perubahan');
    await fifth.getByRole('button', { name: 'Ubah' }).click();
    const form = section(page).getByRole('form', { name: 'Ubah kewajiban Pasal 5 ayat (4)' });
    await form.getByLabel('Pihak yang berkewajiban').selectOption({ label: city.shortName });
    await form.getByLabel('OPD').selectOption({ label: unit.shortName || unit.name });
    await form.getByLabel('Penghubung').selectOption({ label: `${liaison.name} (${liaison.unit})` });
    await form.getByLabel('Bukti pelaksanaan').fill('Surat pemberitahuan perubahan');
    await form.getByLabel('Berulang setiap … bulan').check();
    await form.getByLabel('Setiap (bulan)').fill('3');
    await form.getByText('Dibaca: setiap 3 bulan').waitFor();
    await screenshot(page, 'obligations/edit-laptop');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await fifth.getByText('Surat pemberitahuan perubahan').waitFor();
    const fifthText = await fifth.textContent();
    expect(fifthText).toContain('setiap 3 bulan');
    expect(fifthText).toContain(unit.shortName || unit.name);
    expect(fifthText).toContain(liaison.name);
    expect(at(await obligations(), 'Pasal 5 ayat (4)')).toMatchObject({
      partyId: city.id,
      unitId: unit.id,
      liaisonId: liaison.id,
      evidence: 'Surat pemberitahuan perubahan',
      due: { kind: 'recurring', everyMonths: 3 },
      status: 'proposed',
    });

    // Added by hand, on a unit removed while the form is open: the server's words, then without it.
    const made = await e2e.server.api<{ unit: { id: string } }>(`/api/cooperations/${coop.id}/units`, {
      cookie: cookies.pemkot,
      body: { partyId: city.id, name: 'Dinas Uji Sementara', shortName: 'Dinas Uji' },
    });
    expect(made.status).toBe(201);
    await page.reload();
    await section(page).getByRole('button', { name: 'Tambah kewajiban' }).click();
    const add = section(page).getByRole('form', { name: 'Tambah kewajiban' });
    await add.getByLabel('Pasal', { exact: true }).selectOption({ index: 7 });
    await add.getByLabel('Pihak yang berkewajiban').selectOption({ label: city.shortName });
    await add.getByLabel('OPD').selectOption({ label: 'Dinas Uji' });
    await add
      .getByLabel('Kewajiban', { exact: true })
      .fill('Menyampaikan rekapitulasi tindak lanjut laporan kepada PIHAK PERTAMA.');
    await add.getByLabel('Pada tanggal').check();
    await add.getByLabel('Tanggal', { exact: true }).fill('31/03/2027');
    await add.getByText('Dibaca: 31 Maret 2027').waitFor();
    const removed = await e2e.server.api(`/api/units/${made.body.unit.id}`, {
      cookie: cookies.pemkot,
      method: 'DELETE',
    });
    expect(removed.status).toBe(200);
    await add.getByRole('button', { name: 'Tambahkan' }).click();
    await add
      .getByRole('alert')
      .getByText('Unit kerja (OPD) itu bukan milik pihak yang berkewajiban dalam kerja sama ini.')
      .waitFor();
    await add.getByLabel('OPD').selectOption({ label: '— tanpa OPD —' });
    await add.getByRole('button', { name: 'Tambahkan' }).click();
    const manual = card(page, 'Pasal 8');
    await manual.waitFor();
    expect(await manual.textContent()).toContain('ditambahkan manual');
    expect(await manual.textContent()).toContain('31 Maret 2027');
    const stored = at(await obligations(), 'Pasal 8');
    expect(stored).toMatchObject({
      source: 'manual',
      status: 'proposed',
      partyId: city.id,
      unitId: null,
      due: { kind: 'date', date: '2027-03-31' },
    });
    expect(await obligations()).toHaveLength(13);

    expect(await overflowsHorizontally(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'obligations/list-laptop');
  }, 120_000);

  it('shows a viewer the obligations with no button, on a phone and on an obligation of its own', async () => {
    const viewer = await e2e.browser({ cookie: cookies.tamu });
    const { page } = viewer;
    await page.setViewportSize(PHONE);
    await page.goto(`/k/${coop.id}/pelaksanaan`);
    await card(page, 'Pasal 7 ayat (1)').waitFor();
    expect(await section(page).getByRole('article').count()).toBe(13);
    expect(await section(page).getByRole('button').count()).toBe(0);
    expect(await overflowsHorizontally(page)).toBe(false);
    await card(page, 'Pasal 7 ayat (1)').scrollIntoViewIfNeeded();
    await screenshot(page, 'obligations/list-phone');

    const seventh = at(await obligations(), 'Pasal 7 ayat (1)');
    await card(page, 'Pasal 7 ayat (1)').getByRole('link', { name: 'Rincian dan laporan' }).click();
    await page.waitForURL(`**/k/${coop.id}/pelaksanaan/${seventh.id}`);
    const detail = page.getByRole('article', { name: 'Pasal 7 ayat (1)', exact: true });
    await detail.waitFor();
    expect(await detail.getByRole('button').count()).toBe(0);
    await page.getByRole('heading', { name: 'Laporan pelaksanaan' }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Pelaksanaan', exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'obligations/detail-phone');

    // In English, the rule and the date in its words.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await detail.getByText('every 6 months').waitFor();
    expect(await detail.textContent()).toContain(`Next due${inWords(nextTwentyThird(6), 'en')}`);
    await page.getByRole('link', { name: 'Back to Implementation' }).waitFor();
  }, 60_000);
});
