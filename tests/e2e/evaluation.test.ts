import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { EvaluationListResponse } from '../../shared/api/evaluations.ts';
import { signAgreed } from '../support/agreement.ts';
import { type BrowserUser, LAPTOP, PHONE, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { buildDocument, demoCooperation } from '../support/factories.ts';
import { axeViolations } from './axe.ts';
import { overflowsHorizontally } from './layoutChecks.ts';

const TITLE = 'PKS Uji Monev';

/**
 * "Susun laporan monev" on a PKS of the demo cooperation signed on 23 June 2025: the city's
 * editor asks for the last twelve months from the Pelaksanaan tab and lands in the editor on
 * the drafted report; the viewer sees it listed, with no button, on a phone.
 */
describe('the monitoring and evaluation report, in Chromium', () => {
  const e2e = e2eSession();
  let coop: CooperationDTO;
  let documentId = '';
  let cookies: Record<'ombudsman' | 'pemkot' | 'tamu', string>;
  let editor: BrowserUser;
  let viewer: BrowserUser;

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
    viewer = await e2e.browser({ cookie: cookies.tamu });
  }, 120_000);

  it('is drafted for the last twelve months from the Pelaksanaan tab and opens in the editor, where the city approves it whole; the viewer finds it on a phone', async () => {
    const { page } = editor;
    await page.setViewportSize(LAPTOP);
    await page.goto(`/k/${coop.id}/pelaksanaan`);
    const agreement = page.getByRole('region', { name: TITLE });
    const reports = agreement.getByRole('region', { name: 'Laporan monitoring dan evaluasi' });
    await reports.getByText('Belum ada laporan monitoring dan evaluasi').waitFor();
    await reports.getByRole('button', { name: 'Susun laporan monev' }).click();
    const dialog = page.getByRole('dialog', { name: 'Susun laporan monitoring dan evaluasi' });
    const lastYear = dialog.getByRole('radio', { name: /^12 bulan terakhir/ });
    expect(await lastYear.isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /^Triwulan I / }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'evaluation-dialog-laptop');
    await dialog.getByRole('button', { name: 'Susun', exact: true }).click();

    await page.waitForURL(/\/dokumen\//);
    await page.getByText('Pelaksanaan Kewajiban').first().waitFor();
    await page.getByText('Rekomendasi').first().waitFor();
    await screenshot(page, 'evaluation-editor-laptop');
    // Approved whole, from the Persetujuan tab as any document's parts are.
    await page.getByRole('tab', { name: 'Persetujuan' }).click();
    await page.getByRole('button', { name: /^Setujui semua yang belum disetujui/ }).click();
    const review = page.getByTestId('approve-all-review');
    expect(await review.locator('li[data-item]').count()).toBe(1);
    expect(await review.textContent()).toContain('Seluruh laporan');
    await review.getByRole('button', { name: 'Setujui 1 bagian' }).click();
    await review.waitFor({ state: 'detached', timeout: 30_000 });
    await screenshot(page, 'evaluation-approved-laptop');
    const listed = await e2e.server.api<EvaluationListResponse>(`/api/documents/${documentId}/evaluations`, {
      cookie: cookies.tamu,
    });
    expect(listed.body.evaluations).toHaveLength(1);
    expect(page.url()).toContain(listed.body.evaluations[0]!.documentId);

    const phone = viewer.page;
    await phone.setViewportSize(PHONE);
    await phone.goto(`/k/${coop.id}/pelaksanaan`);
    const seen = phone.getByRole('region', { name: 'Laporan monitoring dan evaluasi' }).first();
    await seen.getByRole('link', { name: /2025 – .* 2026/ }).waitFor();
    expect(await seen.getByRole('button', { name: 'Susun laporan monev' }).count()).toBe(0);
    expect(await seen.getByRole('link', { name: 'Unduh .docx' }).count()).toBe(1);
    expect(await overflowsHorizontally(phone)).toBe(false);
    await screenshot(phone, 'evaluation-list-phone');
  }, 120_000);
});
