import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

/** The komparisi paragraphs as the reader sees them (hidden blanks left out). */
const komparisi = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.ProseMirror > [data-type="preamble"] p')]
      // biome-ignore lint/performance/useDomNodeTextContent: what is shown, without the hidden blanks
      .map((p) => (p as HTMLElement).innerText)
      .filter((t) => /selanjutnya disebut PIHAK/.test(t)),
  );

/**
 * The komparisi in the editor reads the signatories of the Info tab: the demo PKS, made from
 * the template, names both signatories there, and a change on the Info tab shows in it at once.
 */
describe('the komparisi from the Info fields', () => {
  const e2e = e2eSession();

  it('shows the Info tab’s signatories and follows a change typed there', async () => {
    const cookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const pks = coop.documents.find(
      (d: { kind: string; tier: string }) => d.kind === 'pks' && d.tier === 'single',
    );
    const { page } = await e2e.browser({ cookie });
    await openEditor(page, `${editorPath({ cooperationId: coop.id, documentId: pks.id })}?panel=info`);

    const before = await komparisi(page);
    expect(before).toHaveLength(2);
    expect(before[0]).toContain(
      'Kepala Perwakilan, Kepala Perwakilan Ombudsman RI Provinsi Jambi, dalam hal ini',
    );
    expect(before[1]).toContain('Wali Kota, Wali Kota Jambi, dalam hal ini');
    for (const line of before) expect(line).not.toContain('[');

    const name = page.locator('input[name^="signatoryName."]').nth(1);
    await name.fill('Dr. Maulana, M.Si.');
    const position = page.locator('input[name^="signatoryPosition."]').nth(1);
    await position.fill('');
    await expect
      .poll(() => komparisi(page), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('Dr. Maulana, M.Si., [jabatan], dalam hal ini'));
    // An empty field leaves a visible blank, marked for filling in.
    expect(await page.locator('.ProseMirror .komparisi-blank').allTextContents()).toEqual(['[jabatan]']);
    await page.locator('.ProseMirror > [data-type="preamble"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'komparisi-from-info');
    await position.fill('Wali Kota Jambi');
    await expect
      .poll(() => komparisi(page), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('Dr. Maulana, M.Si., Wali Kota Jambi, dalam hal ini'));
    expect(await page.locator('.ProseMirror .komparisi-blank').count()).toBe(0);

    // A saved version's read-only sheet names the signatories of that version's Info fields.
    await expect
      .poll(async () => (await e2e.server.api(`/api/documents/${pks.id}`, { cookie })).body.document.meta)
      .toMatchObject({ [(await position.getAttribute('name')) ?? '']: 'Wali Kota Jambi' });
    const saved = await e2e.server.api(`/api/documents/${pks.id}/versions`, {
      cookie,
      body: { label: 'Dengan penanda tangan baru' },
    });
    expect(saved.status).toBe(201);
    await page.goto(
      `${editorPath({ cooperationId: coop.id, documentId: pks.id })}/versi/${saved.body.version.id}`,
    );
    await page.waitForSelector('.ProseMirror [data-type="clause"]');
    await expect
      .poll(() => komparisi(page), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('Dr. Maulana, M.Si., Wali Kota Jambi, dalam hal ini'));
  });

  it('shows the MoU’s opening with the signing date and place typed on its Info tab', async () => {
    const cookie = await e2e.server.login('ombudsman');
    const ids = await demoMou(e2e.server, cookie);
    const { page } = await e2e.browser({ cookie });
    await openEditor(page, `${editorPath(ids)}?panel=info`);
    const opening = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.ProseMirror > [data-type="preamble"] p')]
            // biome-ignore lint/performance/useDomNodeTextContent: what is shown, without the hidden blanks
            .map((p) => (p as HTMLElement).innerText)
            .find((t) => /Pada hari ini/i.test(t)) ?? '',
      );
    expect(await opening()).toMatch(/\.{3,}|…/);

    await page.locator('input[name="place"]').fill('Kota Jambi');
    await page.locator('input[name="date"]').fill('10/03/2020');
    await page.locator('input[name="date"]').press('Tab');
    await expect.poll(opening, { timeout: 10_000 }).toContain('(10-03-2020)');
    const shown = await opening();
    expect(shown).toContain('Pada hari ini Selasa, tanggal sepuluh, bulan Maret, tahun dua ribu dua puluh');
    expect(shown).toContain('bertempat di Kota Jambi');
    expect(shown).not.toMatch(/\.{3,}|…/);
    await page.locator('.ProseMirror > [data-type="preamble"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'opening-from-info');
  });
});
