import { describe, expect, it } from 'vitest';
import { approveAll } from '../support/agreement.ts';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

/**
 * The Riwayat tab's version list after both parties approved every Pasal and part of the demo
 * MoU: the automatic "Pasal N disetujui" versions are hidden behind a checkbox that counts
 * them, and the versions someone named stay listed either way.
 */
describe('automatic versions in the version list', () => {
  const e2e = e2eSession();

  it('hides the approvals’ versions until asked, and always lists the named ones', async () => {
    const cookie = await e2e.server.login('ombudsman');
    const other = await e2e.server.login('pemkot');
    const ids = await demoMou(e2e.server, cookie);
    const versionsUrl = `/api/documents/${ids.documentId}/versions`;
    const named = await e2e.server.api(versionsUrl, { cookie, body: { label: 'Draf awal' } });
    expect(named.status).toBe(201);
    await approveAll(e2e.server, [cookie, other], ids.documentId);
    const later = await e2e.server.api(versionsUrl, { cookie, body: { label: 'Setelah persetujuan' } });
    expect(later.status).toBe(201);

    const { versions } = (await e2e.server.api(versionsUrl, { cookie })).body as {
      versions: { kind: string; label: string }[];
    };
    const automatic = versions.filter((v) => v.kind === 'approval' || v.kind === 'auto');
    expect(automatic.length).toBeGreaterThan(10);
    expect(automatic.some((v) => /^Pasal \d+ disetujui$/.test(v.label))).toBe(true);

    const { page } = await e2e.browser({ cookie });
    await openEditor(page, `${editorPath(ids)}?panel=riwayat`);
    const rows = page.locator('.version-row');
    const toggle = page.getByRole('checkbox', { name: `Tampilkan versi otomatis (${automatic.length})` });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    const shown = (await rows.locator('.version-row-head strong').allTextContents()).map((s) => s.trim());
    expect(shown.slice(0, 2)).toEqual(['Setelah persetujuan', 'Draf awal']);
    expect(shown).toHaveLength(versions.length - automatic.length);
    expect(shown.filter((s) => /disetujui$/.test(s))).toEqual([]);
    await screenshot(page, 'versions-automatic-hidden');

    await toggle.check();
    await expect.poll(() => rows.count()).toBe(versions.length);
    expect(await rows.filter({ hasText: /Pasal \d+ disetujui/ }).count()).toBeGreaterThan(0);
    await toggle.uncheck();
    await expect.poll(() => rows.count()).toBe(versions.length - automatic.length);
  });
});
