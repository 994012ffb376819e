import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidencePdf } from '../../server/seed/evidenceFiles.ts';
import { renderDocx } from '../../server/word/pdfText.ts';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { EvaluationListResponse } from '../../shared/api/evaluations.ts';
import type { ObligationListResponse } from '../../shared/api/obligations.ts';
import { finaliseAgreed } from '../support/agreement.ts';
import { type BrowserUser, LAPTOP, SHOT_DIR, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoCooperation } from '../support/factories.ts';
import { missing } from '../support/tools.ts';
import { editorPath, openEditor } from './editorPage.ts';

/**
 * The demo MoU carried out after signing, in Chromium at 1366×768: the Ombudsman signs it, the
 * city's Kabag Kerja Sama confirms the obligations Sepakat reads from its text in the
 * Pelaksanaan tab, the Disdukcapil's liaison reports on one with a PDF, the Ombudsman answers,
 * and the monitoring and evaluation report is drafted and its Word file downloaded, read back
 * and printed through LibreOffice (pages under SHOT_DIR/demo/evaluation).
 */
describe('carrying the demo MoU out, in Chromium', () => {
  const e2e = e2eSession();
  let coop: CooperationDTO;
  let mouId: string;
  let ombudsman: BrowserUser;
  let pemkot: BrowserUser;
  let liaison: BrowserUser;
  const cookies: Record<'ombudsman' | 'pemkot' | 'dukcapil', string> = {
    ombudsman: '',
    pemkot: '',
    dukcapil: '',
  };
  const mouSection = (page: Page) => page.getByRole('region', { name: 'Nota Kesepakatan', exact: true });
  const reports = (page: Page) => page.getByRole('region', { name: 'Laporan pelaksanaan' });

  beforeAll(async () => {
    for (const who of ['ombudsman', 'pemkot', 'dukcapil'] as const)
      cookies[who] = await e2e.server.login(who);
    coop = await demoCooperation(e2e.server, cookies.ombudsman);
    mouId = coop.documents.find((d) => d.kind === 'mou')!.id;
    // Drafted and agreed through the API; the signing itself is done on the page.
    await finaliseAgreed(e2e.server, [cookies.ombudsman, cookies.pemkot], mouId);
    ombudsman = await e2e.browser({ cookie: cookies.ombudsman });
    pemkot = await e2e.browser({ cookie: cookies.pemkot });
    liaison = await e2e.browser({ cookie: cookies.dukcapil });
    for (const u of [ombudsman, pemkot, liaison]) await u.page.setViewportSize(LAPTOP);
  }, 180_000);

  it('signs, confirms, reports with a PDF, answers, and exports the M&E report', async () => {
    // 1. The Ombudsman marks the final MoU signed.
    const { page } = ombudsman;
    await openEditor(page, editorPath({ cooperationId: coop.id, documentId: mouId }));
    await page.getByRole('tab', { name: 'Persetujuan' }).click();
    await page.getByRole('button', { name: 'Tandai sudah ditandatangani' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tandai sudah ditandatangani' }).click();
    await page.waitForSelector('.lifecycle .badge.status-signed');
    await screenshot(page, 'demo/1-signed');

    // 2. The city's Kabag Kerja Sama has Sepakat read the obligations and confirms each.
    await pemkot.page.goto(`/k/${coop.id}/pelaksanaan`);
    const section = mouSection(pemkot.page);
    await section.getByRole('button', { name: 'Usulkan dari teks' }).click();
    const confirm = section.getByRole('button', { name: 'Konfirmasi' });
    await confirm.first().waitFor();
    const proposed = await confirm.count();
    expect(proposed).toBeGreaterThan(0);
    for (let left = proposed; left > 0; left--) {
      await confirm.first().click();
      await expect.poll(() => confirm.count()).toBe(left - 1);
    }
    await screenshot(pemkot.page, 'demo/2-confirmed');
    const listed = await e2e.server.api<ObligationListResponse>(`/api/documents/${mouId}/obligations`, {
      cookie: cookies.pemkot,
    });
    expect(listed.body.obligations.map((o) => o.status)).toEqual(Array(proposed).fill('confirmed'));
    const obligation = listed.body.obligations[0]!;

    // 3. The Disdukcapil's liaison reports on it with a PDF.
    const path = `/k/${coop.id}/pelaksanaan/${obligation.id}`;
    await liaison.page.goto(path);
    const form = reports(liaison.page).getByRole('form', { name: 'Laporkan pelaksanaan' });
    await form.getByLabel('Uraian pelaksanaan').fill('Rencana kerja Disdukcapil disusun dan disampaikan.');
    await form.getByLabel('Status').selectOption({ label: 'Selesai' });
    await form.getByLabel('Berkas bukti (opsional)').setInputFiles([
      {
        name: 'rencana-kerja-disdukcapil.pdf',
        mimeType: 'application/pdf',
        buffer: evidencePdf('RENCANA KERJA DISDUKCAPIL', ['Pelaksanaan Nota Kesepakatan', 'Tahun pertama']),
      },
    ]);
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    const mine = reports(liaison.page).getByRole('article').first();
    await mine.getByRole('link', { name: /rencana-kerja-disdukcapil\.pdf/ }).waitFor();
    await screenshot(liaison.page, 'demo/3-reported');

    // 4. The Ombudsman, the other party, answers it; the liaison's page shows the answer.
    await page.goto(path);
    const seen = reports(page).getByRole('article').first();
    await seen.getByText('Rencana kerja Disdukcapil disusun dan disampaikan.').waitFor();
    await seen.getByLabel('Tanggapan untuk laporan ini').fill('Diterima, rencana kerja sudah kami pelajari.');
    await seen.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await mine.getByText('Diterima, rencana kerja sudah kami pelajari.').waitFor();
    await screenshot(liaison.page, 'demo/4-answered');

    // 5. The M&E report of the last twelve months is drafted, then its Word file downloaded.
    await page.goto(`/k/${coop.id}/pelaksanaan`);
    await mouSection(page).getByRole('button', { name: 'Susun laporan monev' }).click();
    const dialog = page.getByRole('dialog', { name: 'Susun laporan monitoring dan evaluasi' });
    // From the signing on: the period holds the due date the liaison reported on.
    await dialog.getByLabel('Tanggal lain').check();
    await dialog.getByLabel('Dari tanggal').fill('2025-06-23');
    await screenshot(page, 'demo/5-period');
    await dialog.getByRole('button', { name: 'Susun' }).click();
    await page.waitForURL(/\/dokumen\//);
    const made = await e2e.server.api<EvaluationListResponse>(`/api/documents/${mouId}/evaluations`, {
      cookie: cookies.ombudsman,
    });
    expect(made.body.evaluations).toHaveLength(1);
    await page.goto(`/k/${coop.id}/pelaksanaan`);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await mouSection(page).getByRole('link', { name: 'Unduh .docx' }).click();
    const file = (await (await download).path()) as string;
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(file) });
    for (const words of [
      'LAPORAN MONITORING DAN EVALUASI',
      'Nota Kesepakatan',
      'rencana-kerja-disdukcapil.pdf',
    ])
      expect(value).toContain(words);
    if (!missing('soffice', 'pdftoppm')) {
      const [, ...pages] = renderDocx(file, join(SHOT_DIR, 'demo', 'evaluation'), 70);
      expect(pages.length).toBeGreaterThan(0);
    }
  }, 300_000);
});
