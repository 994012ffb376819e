import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreateVariantsResponse } from '../../shared/api/variants.ts';
import { screenshot } from '../support/browser.ts';
import { type E2eSession, e2eSession } from '../support/e2e.ts';
import { cursorAtEnd, editorPath, openEditor, pasalParagraph, waitForEditorText } from './editorPage.ts';

/** Types `words` at the end of the first paragraph of Pasal `n`, as its editor would. */
async function appendToPasal(page: Page, n: number, words: string): Promise<void> {
  const paragraph = pasalParagraph(page, n);
  await paragraph.scrollIntoViewIfNeeded();
  await cursorAtEnd(paragraph);
  await page.keyboard.type(words, { delay: 5 });
}

/** A PKS made a master with variants for two of the city's OPD, through the API; both editors open. */
async function family(e2e: E2eSession, title: string) {
  const { server } = e2e;
  const cookie = await server.login('ombudsman');
  const coop = (await server.api('/api/cooperations', { cookie })).body.cooperations[0];
  const mou = coop.documents.find((d: { kind: string }) => d.kind === 'mou');
  const city = coop.parties.find((p: { ordinal: number }) => p.ordinal === 2);
  const write = { cookie, origin: server.url };
  const made = await server.api(`/api/cooperations/${coop.id}/documents`, {
    ...write,
    body: { kind: 'pks', mouId: mou.id, title },
  });
  expect(made.status).toBe(201);
  const masterId: string = made.body.document.id;
  const pemkot = await server.login('pemkot');
  await server.api(`/api/cooperations/${coop.id}/units/adopt`, {
    cookie: pemkot,
    origin: server.url,
    body: { partyId: city.id },
  });
  const units = (await server.api(`/api/cooperations/${coop.id}/units`, { cookie })).body.units as {
    id: string;
    partyId: string;
  }[];
  const chosen = units.filter((u) => u.partyId === city.id).slice(0, 2);
  expect(chosen).toHaveLength(2);
  const asMaster = await server.api(`/api/documents/${masterId}/master`, { ...write, method: 'POST' });
  expect(asMaster.status).toBe(200);
  const res = await server.api<CreateVariantsResponse>(`/api/documents/${masterId}/variants`, {
    ...write,
    body: { unitIds: chosen.map((u) => u.id) },
  });
  expect(res.status).toBe(201);
  const variantId = res.body.variants[0]!.documentId;

  const master = (await e2e.browser({ cookie })).page;
  await openEditor(master, editorPath({ cooperationId: coop.id, documentId: masterId }));
  const variant = (await e2e.browser({ cookie })).page;
  await openEditor(variant, editorPath({ cooperationId: coop.id, documentId: variantId }));
  await variant.getByTestId('variant-banner').waitFor({ timeout: 15_000 });
  return { coop, masterId, variantId, master, variant };
}

describe('keeping a variant’s own text when its master changes, in Chromium', () => {
  const e2e = e2eSession();

  it('a flagged master change is kept: the flag goes, the PKS keeps its words, the board counts nothing pending', async () => {
    const { coop, masterId, variantId, master, variant } = await family(e2e, 'PKS Uji Pertahankan');

    // The variant words Pasal 3 its own way: an override, marked in the margin.
    await appendToPasal(variant, 3, ' KHUSUS OPD INI');
    const mark = variant.locator('[data-override-mark]');
    await expect.poll(() => mark.allTextContents(), { timeout: 20_000 }).toEqual(['Berbeda dari induk']);

    // The master changes the same Pasal: flagged in the variant, not applied.
    await appendToPasal(master, 3, ' PERUBAHAN INDUK TIGA');
    await expect.poll(() => mark.allTextContents(), { timeout: 20_000 }).toEqual(['Induk berubah: tinjau']);
    const flagCount = variant.getByTestId('variant-flagged');
    await expect.poll(() => flagCount.textContent()).toBe('1 perubahan induk menunggu tinjauan');
    const pasal3 = variant.locator('.ProseMirror > [data-type="clause"]').nth(2);
    expect(await pasal3.textContent()).not.toContain('PERUBAHAN INDUK TIGA');

    // "Pertahankan teks PKS ini" from the comparison.
    await mark.first().click();
    const compare = variant.getByTestId('compare-redline');
    await compare.waitFor();
    expect((await compare.locator('del').allTextContents()).join('')).toContain('PERUBAHAN INDUK TIGA');
    await variant.getByRole('button', { name: 'Pertahankan teks PKS ini' }).click();

    // The flag goes; the clause stays this PKS's own (an override, no longer waiting).
    await expect.poll(() => flagCount.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => mark.allTextContents(), { timeout: 20_000 }).toEqual(['Berbeda dari induk']);
    await expect
      .poll(() => variant.getByRole('button', { name: 'Pertahankan teks PKS ini' }).count())
      .toBe(0);
    await variant.keyboard.press('Escape');
    const text = await pasal3.textContent();
    expect(text).toContain('KHUSUS OPD INI');
    expect(text).not.toContain('PERUBAHAN INDUK TIGA');
    await screenshot(variant, 'e2e-variants-keep');

    // The master keeps its change, and the board counts nothing pending for that PKS.
    await waitForEditorText(master, 'PERUBAHAN INDUK TIGA');
    await master.goto(`/k/${coop.id}/dokumen/${masterId}/varian`);
    const row = master.getByTestId('variant-board').locator(`tr[data-variant="${variantId}"]`);
    await expect.poll(() => row.getByTestId('board-pending').textContent(), { timeout: 20_000 }).toBe('0');
    expect(await row.getByTestId('board-overrides').textContent()).toBe('1');
    // And it stays so after the master's next sync (a keep is not undone by the next change).
    await master.reload();
    await expect.poll(() => row.getByTestId('board-pending').textContent(), { timeout: 20_000 }).toBe('0');
    expect(await pasal3.textContent()).not.toContain('PERUBAHAN INDUK TIGA');
  }, 180_000);

  it('the opening, outside any Pasal, follows the same way: flagged in the margin where the PKS changed it, kept', async () => {
    const { master, variant } = await family(e2e, 'PKS Uji Pembukaan');
    const opening = (page: Page) => page.locator('.ProseMirror > [data-type="preamble"] p').last();
    await opening(variant).scrollIntoViewIfNeeded();
    await cursorAtEnd(opening(variant));
    await variant.keyboard.type(' DI KANTOR OPD', { delay: 5 });
    const mark = variant.locator('[data-override-mark="text:opening"]');
    await expect.poll(() => mark.textContent(), { timeout: 20_000 }).toBe('Berbeda dari induk');

    await opening(master).scrollIntoViewIfNeeded();
    await cursorAtEnd(opening(master));
    await master.keyboard.type(' PEMBUKAAN INDUK BARU', { delay: 5 });
    await expect.poll(() => mark.textContent(), { timeout: 20_000 }).toBe('Induk berubah: tinjau');
    const preamble = variant.locator('.ProseMirror > [data-type="preamble"]');
    expect(await preamble.getAttribute('class')).toContain('variant-flagged');
    expect(await preamble.textContent()).not.toContain('PEMBUKAAN INDUK BARU');
    await mark.scrollIntoViewIfNeeded();
    await screenshot(variant, 'e2e-variants-opening-flagged');

    await mark.click();
    await variant.getByTestId('compare-redline').waitFor();
    await variant.getByRole('button', { name: 'Pertahankan teks PKS ini' }).click();
    await expect.poll(() => mark.textContent(), { timeout: 20_000 }).toBe('Berbeda dari induk');
    expect(await preamble.textContent()).toContain('DI KANTOR OPD');
    expect(await preamble.textContent()).not.toContain('PEMBUKAAN INDUK BARU');
  }, 180_000);
});
