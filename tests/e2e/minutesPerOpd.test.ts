import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphs, readDocx } from '../../server/word/export/docxXml.ts';
import type { UnitListResponse } from '../../shared/api/units.ts';
import { COMMON_DECISIONS_HEADING } from '../../shared/decisionGroups.ts';
import { approvables } from '../support/agreement.ts';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { buildVariants } from '../support/variants.ts';

/** One entry of the decisions as the screen shows them: a group's heading, or a numbered decision. */
type Line = { heading: string } | { number: number; text: string };

/** The decisions of the open minutes dialog, in the order shown. */
const shownDecisions = (page: Page): Promise<Line[]> =>
  page
    .locator('dialog[open] .minutes-decisions')
    .evaluate((root) =>
      [...root.querySelectorAll('h5, li')].map((el) =>
        el.tagName === 'H5'
          ? { heading: el.textContent ?? '' }
          : { number: (el as HTMLLIElement).value, text: el.textContent ?? '' },
      ),
    );

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The finalisation meeting across a master PKS and its variants for two of the demo's OPD, in Chromium:
 * the minutes dialog lists the decisions as the Word notula does (the shared grouping): the
 * master's under the common heading first, then one heading per OPD, numbered in one list.
 */
describe('the minutes on screen, grouped per OPD', () => {
  const e2e = e2eSession();
  let cookie = '';
  let roomPath = '';

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const list = (await e2e.server.api<UnitListResponse>(`/api/cooperations/${coop.id}/units`, { cookie }))
      .body.units;
    const unitId = (shortName: string) => list.find((u) => u.shortName === shortName)!.id;
    // A master of its own with variants for two of the demo's OPD.
    const { masterId, variants } = await buildVariants(e2e.server, cookie, coop.id, [
      unitId('Dinsos'),
      unitId('Disdukcapil'),
    ]);
    const variantOf = (shortName: string) => variants.find((v) => v.unitId === unitId(shortName))!.documentId;
    const [dinsos, dukcapil] = [variantOf('Dinsos'), variantOf('Disdukcapil')];
    const planned = await e2e.server.api(`/api/cooperations/${coop.id}/meetings`, {
      cookie,
      body: {
        kind: 'finalisasi',
        title: 'Finalisasi PKS per OPD',
        date: '2025-06-20',
        timeFrom: '09:00',
        timeTo: '15:00',
        place: 'Ruang Rapat Setda',
        documentIds: [masterId, dinsos, dukcapil],
      },
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const meetingId = planned.body.meeting.id as string;
    expect((await e2e.server.api(`/api/meetings/${meetingId}/open`, { cookie, method: 'POST' })).status).toBe(
      200,
    );
    // Raised out of the printed order: a variant's first, the master's in the middle.
    const decide = async (documentId: string, text: string, decision: string) => {
      const clause = (await approvables(e2e.server, cookie, documentId)).clauses[1]!;
      const raised = await e2e.server.api(`/api/cooperations/${coop.id}/points`, {
        cookie,
        body: { text, documentId, clauseId: clause.id, meetingId },
      });
      expect(raised.status, JSON.stringify(raised.body)).toBe(201);
      const decided = await e2e.server.api(`/api/points/${raised.body.point.id}`, {
        cookie,
        method: 'PATCH',
        body: { state: 'agreed', decision },
      });
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    };
    await decide(dinsos, 'Data penerima bantuan', 'Data penerima bantuan disampaikan tiap triwulan.');
    await decide(masterId, 'Jangka waktu', 'Jangka waktu PKS dua tahun untuk semua OPD.');
    await decide(dukcapil, 'Akses data', 'Akses data kependudukan melalui hak akses terbatas.');
    roomPath = `/k/${coop.id}/rapat/${meetingId}`;
  });

  it('shows the master’s decisions under the common heading, then one heading per OPD, as the .docx prints them', async () => {
    const { page } = await e2e.browser({ cookie });
    await page.goto(roomPath);
    await page.getByRole('button', { name: 'Tinjau notula' }).click();
    const dialog = page.locator('dialog[open]');
    await expect.poll(async () => (await shownDecisions(page)).length, { timeout: 15_000 }).toBe(6);
    const shown = await shownDecisions(page);
    expect(shown.map((l) => ('heading' in l ? l.heading : `${l.number}. ${l.text}`))).toEqual([
      COMMON_DECISIONS_HEADING,
      expect.stringMatching(/^1\. .*Jangka waktu PKS dua tahun/),
      'Dinas Kependudukan dan Pencatatan Sipil',
      expect.stringMatching(/^2\. .*Akses data kependudukan/),
      'Dinas Sosial',
      expect.stringMatching(/^3\. .*Data penerima bantuan/),
    ]);
    // Each heading is a heading of the dialog, so a screen reader can jump between the OPD.
    expect(await dialog.getByRole('heading', { name: 'Dinas Sosial', exact: true }).count()).toBe(1);
    await dialog.locator('.minutes-decisions').scrollIntoViewIfNeeded();
    await screenshot(page, 'ui22-minutes-per-opd');

    // The Word file offered in the same dialog lists the same lines in the same order.
    const href = await dialog.getByRole('link', { name: 'Unduh notula (.docx)' }).getAttribute('href');
    const docx = await page.request.get(href!);
    expect(docx.status()).toBe(200);
    const lines = paragraphs((await readDocx(await docx.body())).document).map((p) => squeeze(p.text));
    let at = lines.indexOf(COMMON_DECISIONS_HEADING);
    expect(at).toBeGreaterThanOrEqual(0);
    for (const line of shown) {
      const found =
        'heading' in line
          ? lines.indexOf(line.heading, at)
          : lines.findIndex(
              (l, i) => i >= at && l.startsWith(`${line.number}.`) && l.includes(squeeze(line.text)),
            );
      expect(found, JSON.stringify(line)).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });
});
