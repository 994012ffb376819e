import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou } from './editorPage.ts';
import { overflowsHorizontally, textBelow13px } from './layoutChecks.ts';

/**
 * "2 dari 11 Pasal disepakati" beside each document on the Kerja sama screen (Dokumen tab)
 * and on the Beranda, after both parties approved two Pasal of the demo MoU.
 */
describe('document progress on the Dokumen tab and the Beranda', () => {
  const e2e = e2eSession();
  let user: BrowserUser;
  let ids: { cooperationId: string; documentId: string };
  let total: number;

  beforeAll(async () => {
    const cookies = {
      ombudsman: await e2e.server.login('ombudsman'),
      pemkot: await e2e.server.login('pemkot'),
    };
    ids = await demoMou(e2e.server, cookies.ombudsman);
    const doc = await e2e.server.api(`/api/documents/${ids.documentId}`, { cookie: cookies.ombudsman });
    const clauses: { id: string; hash: string }[] = doc.body.document.clauses;
    total = clauses.length;
    for (const clause of clauses.slice(0, 2)) {
      for (const cookie of Object.values(cookies)) {
        const res = await e2e.server.api(`/api/documents/${ids.documentId}/clauses/${clause.id}/approvals`, {
          cookie,
          body: { hash: clause.hash },
        });
        expect(res.status).toBe(201);
      }
    }
    // One party alone does not make a Pasal agreed.
    const third = clauses[2];
    await e2e.server.api(`/api/documents/${ids.documentId}/clauses/${third.id}/approvals`, {
      cookie: cookies.ombudsman,
      body: { hash: third.hash },
    });
    user = await e2e.browser({ cookie: cookies.ombudsman });
  });

  it('the Dokumen tab shows how many Pasal every party agreed, per document', async () => {
    const { page } = user;
    await page.goto(`/k/${ids.cooperationId}`);
    const mouRow = page.locator('.document-row', { hasText: 'MoU' });
    await mouRow.getByTestId('doc-progress').waitFor();
    expect(await mouRow.getByTestId('doc-progress').textContent()).toBe(`2 dari ${total} Pasal disepakati`);
    const pksRow = page.locator('.document-row', { hasText: 'PKS' });
    expect(await pksRow.getByTestId('doc-progress').textContent()).toMatch(/^0 dari \d+ Pasal disepakati$/);
    await screenshot(page, 'e2e-progress-dokumen');
    expect(await textBelow13px(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
  });

  it('the Beranda shows it on each document line, in English too', async () => {
    const { page } = user;
    await page.goto('/');
    const line = page.locator('.cooperation-card .doc-lines li', { hasText: 'MoU' });
    await line.getByTestId('doc-progress').waitFor();
    expect(await line.getByTestId('doc-progress').textContent()).toBe(`2 dari ${total} Pasal disepakati`);
    await screenshot(page, 'e2e-progress-beranda');
    expect(await overflowsHorizontally(page)).toBe(false);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await line
      .getByTestId('doc-progress')
      .filter({ hasText: `2 of ${total} articles agreed` })
      .waitFor();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  });
});
