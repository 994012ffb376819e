import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { buildDocument } from '../support/factories.ts';

/**
 * Two documents of one title: the Dokumen tab, the home list and the points filter tell them
 * apart by a number in the cooperation's order (and by kind where the kinds differ).
 */
describe('documents that share a title', () => {
  const e2e = e2eSession();

  it('are told apart wherever they are listed', async () => {
    const cookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const pks = coop.documents.find(
      (d: { kind: string; tier: string }) => d.kind === 'pks' && d.tier === 'single',
    );
    const second = await buildDocument(e2e.server, cookie, coop.id, { kind: 'pks', title: pks.title });
    expect(second.title).toBe(pks.title);
    const { page } = await e2e.browser({ cookie });

    await page.goto(`/k/${coop.id}`);
    const links = page.locator('.document-list .doc-link');
    await expect.poll(() => links.allTextContents()).toContain(`${pks.title} (2)`);
    const listed = await links.allTextContents();
    expect(listed).toContain(`${pks.title} (1)`);
    expect(new Set(listed).size).toBe(listed.length);
    // The link's name says the same, for those who hear it.
    expect(await page.getByRole('link', { name: new RegExp(`${pks.title} \\(2\\)`) }).count()).toBe(1);
    await screenshot(page, 'documents-same-title');

    await page.goto('/');
    const home = page.locator('.doc-lines .doc-title');
    await expect.poll(() => home.allTextContents()).toContain(`${pks.title} (2)`);
    expect(await home.allTextContents()).toContain(`${pks.title} (1)`);

    await page.goto(`/k/${coop.id}/poin`);
    const options = page.locator('.filters select').first().locator('option');
    await expect.poll(() => options.allTextContents()).toContain(`${pks.title} (2)`);
  });
});
