import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { ObligationDTO, StoredProposalsResponse } from '../../shared/api/obligations.ts';
import { signAgreed } from '../support/agreement.ts';
import { type BrowserUser, LAPTOP, PHONE, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { buildDocument, demoCooperation } from '../support/factories.ts';
import { overflowsHorizontally } from './layoutChecks.ts';

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/**
 * Reporting on an obligation of a PKS signed on 23 June 2025 (every six months): the city's
 * editor reports with a PDF after the form named a program it would refuse; the Ombudsman's open
 * page shows the report live and asks for more; the city's page then shows that due date as
 * needing more. Checked at 1366×768 and 390 px.
 */
describe('reports on an obligation, in Chromium', () => {
  const e2e = e2eSession();
  let coop: CooperationDTO;
  let obligation: ObligationDTO;
  let city: BrowserUser;
  let ombudsman: BrowserUser;
  const reports = (page: Page) => page.getByRole('region', { name: 'Laporan pelaksanaan' });

  beforeAll(async () => {
    const cookies = {
      ombudsman: await e2e.server.login('ombudsman'),
      pemkot: await e2e.server.login('pemkot'),
    };
    coop = await demoCooperation(e2e.server, cookies.ombudsman);
    const { id } = await buildDocument(e2e.server, cookies.ombudsman, coop.id, {
      kind: 'pks',
      title: 'PKS Uji Laporan',
    });
    await signAgreed(e2e.server, [cookies.ombudsman, cookies.pemkot], id, '2025-06-23');
    const stored = await e2e.server.api<StoredProposalsResponse>(
      `/api/documents/${id}/obligations/proposals`,
      {
        cookie: cookies.pemkot,
        body: {},
      },
    );
    const found = stored.body.added.find((o) => o.clausePath === 'Pasal 7 ayat (1)')!;
    const confirmed = await e2e.server.api<{ obligation: ObligationDTO }>(`/api/obligations/${found.id}`, {
      cookie: cookies.ombudsman,
      method: 'PATCH',
      body: { status: 'confirmed' },
    });
    obligation = confirmed.body.obligation;
    city = await e2e.browser({ cookie: cookies.pemkot });
    ombudsman = await e2e.browser({ cookie: cookies.ombudsman });
  }, 120_000);

  it('the city reports with a PDF, the Ombudsman asks for more live, and the due date needs more', async () => {
    const path = `/k/${coop.id}/pelaksanaan/${obligation.id}`;
    const { page } = city;
    await page.setViewportSize(LAPTOP);
    await page.goto(path);
    await reports(page).waitFor();
    await ombudsman.page.setViewportSize(LAPTOP);
    await ombudsman.page.goto(path);
    await reports(ombudsman.page).getByText('Belum ada laporan pelaksanaan.').waitFor();
    // Only the bound party is offered the form.
    expect(await reports(ombudsman.page).getByRole('form').count()).toBe(0);

    const states = reports(page).getByRole('list', { name: 'Keadaan' });
    const june = states.getByRole('listitem').filter({ hasText: '23 Juni 2026' });
    expect(await june.textContent()).toContain('Terlambat');

    const form = reports(page).getByRole('form', { name: 'Laporkan pelaksanaan' });
    await form.getByLabel('Uraian pelaksanaan').fill('Laporan semester I disampaikan kepada Ombudsman.');
    await form.getByLabel('Status').selectOption({ label: 'Selesai' });
    expect(await form.getByLabel('Jatuh tempo yang dilaporkan').inputValue()).toBe('2026-06-23');
    await form.getByLabel('Berkas bukti (opsional)').setInputFiles([
      { name: 'laporan-semester-1.pdf', mimeType: 'application/pdf', buffer: PDF },
      { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
    ]);
    await form.getByText('setup.exe: jenis berkas tidak diterima.').waitFor();
    expect(await form.getByRole('button', { name: 'Kirim laporan' }).isDisabled()).toBe(true);
    await form.getByRole('button', { name: 'Hapus setup.exe dari laporan' }).click();
    await screenshot(page, 'reports/form-laptop');
    await form.getByRole('button', { name: 'Kirim laporan' }).click();

    const item = reports(page).getByRole('article').first();
    await item.getByRole('link', { name: /laporan-semester-1\.pdf/ }).waitFor();
    expect(await june.textContent()).toContain('Selesai');
    expect(await form.getByLabel('Uraian pelaksanaan').inputValue()).toBe('');

    // The Ombudsman's page follows over the event stream, and asks for more.
    const seen = reports(ombudsman.page).getByRole('article').first();
    await seen.getByText('Laporan semester I disampaikan kepada Ombudsman.').waitFor();
    await seen.getByLabel('Tanggapan untuk laporan ini').fill('Mohon lampirkan daftar hadir rapat.');
    await seen.getByRole('button', { name: 'Minta kelengkapan' }).click();
    await seen.getByText(/^Permintaan kelengkapan dari Kepala Perwakilan/).waitFor();

    await item.getByText('Mohon lampirkan daftar hadir rapat.').waitFor();
    await june.getByText('Perlu dilengkapi').waitFor();
    expect(await item.getByLabel('Tanggapan untuk laporan ini').count()).toBe(0);
    await screenshot(page, 'reports/answered-laptop');

    await page.setViewportSize(PHONE);
    await reports(page).scrollIntoViewIfNeeded();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'reports/answered-phone');
  });
});
