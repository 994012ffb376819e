import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { textIn } from '../../server/word/export/docxXml.ts';
import { screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { cursorInPasal, editorPath, openEditor } from './editorPage.ts';

/**
 * A master PKS made by the API (`master: true`) in the editor, in Chromium: its variables are
 * chips with their labels (those it cites from its MoU with their values), the toolbar's
 * "Sisipkan variabel" menu inserts one by keyboard, a copied chip pastes as a chip, and the
 * server's Word export prints each OPD variable as its placeholder.
 */
describe('a master PKS’s variables in Chromium', () => {
  const e2e = e2eSession();
  let page: Page;
  let cookie: string;
  let ids: { cooperationId: string; documentId: string };
  const chipsOfPasal1 = () =>
    page.locator('.ProseMirror > [data-type="clause"]').first().locator('.variable-chip');

  beforeAll(async () => {
    cookie = await e2e.server.login('ombudsman');
    const coop = (await e2e.server.api('/api/cooperations', { cookie })).body.cooperations[0];
    const created = await e2e.server.api(`/api/cooperations/${coop.id}/documents`, {
      cookie,
      body: { kind: 'pks', master: true, title: 'PKS Induk Pelayanan Publik' },
    });
    expect(created.status).toBe(201);
    ids = { cooperationId: coop.id, documentId: created.body.document.id };
    const user = await e2e.browser({ cookie });
    await user.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.server.url });
    page = user.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openEditor(page, editorPath(ids));
  });

  it('shows the template’s variables as chips that cannot be typed into, labelled in the interface language', async () => {
    const chips = page.locator('.ProseMirror .variable-chip');
    await expect
      .poll(() => chips.allTextContents())
      .toEqual(expect.arrayContaining(['Nama kepala OPD', 'NIP kepala OPD', 'Surat kuasa']));
    expect(await chips.first().getAttribute('contenteditable')).toBe('false');
    expect(await chips.first().getAttribute('title')).toBe('Nama kepala OPD');
    expect(await chips.first().getAttribute('class')).not.toContain('missing');
  });

  it('cites the MoU it implements by value: the demo MoU’s two numbers and its date, labelled in the tooltip', async () => {
    const chip = (name: string) => page.locator(`.ProseMirror .variable-chip[data-name="${name}"]`).first();
    await expect
      .poll(() => chip('mouNumbers').textContent())
      .toBe('B/045/KS.01/V/2025 dan Nomor 180/15/HK/2025');
    expect(await chip('mouNumbers').getAttribute('title')).toBe('Nomor Nota Kesepakatan');
    expect(await chip('mouDate').textContent()).toBe('20 Mei 2025');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => chip('headName').textContent()).toBe('Head of the OPD');
    expect(await chip('mouDate').getAttribute('title')).toBe('MoU date');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await expect.poll(() => chip('headName').textContent()).toBe('Nama kepala OPD');
  });

  it('inserts a variable from the toolbar menu with the keyboard alone', async () => {
    await cursorInPasal(page, 1);
    await page.keyboard.type(' Penghubung: ');
    await page.getByRole('button', { name: 'Sisipkan variabel' }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Variabel PKS induk' });
    await menu.waitFor();
    // The first item has the focus; up from it wraps to the last two: the work plan, then the liaisons.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Penghubung OPD');
    await page.keyboard.press('Enter');
    await expect.poll(() => chipsOfPasal1().allTextContents()).toEqual(['Penghubung OPD']);
    expect(await menu.count()).toBe(0);
    await screenshot(page, 'e2e-variables-menu');
  });

  it('copies a chip and pastes it as a chip', async () => {
    const chip = chipsOfPasal1().first();
    await chip.click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' dan ');
    await page.keyboard.press('Control+v');
    await expect.poll(() => chipsOfPasal1().allTextContents()).toEqual(['Penghubung OPD', 'Penghubung OPD']);
  });

  it('in a variant made for an OPD, a chip shows its value, the variable’s label in its tooltip', async () => {
    const pemkot = await e2e.server.login('pemkot');
    const coop = (await e2e.server.api(`/api/cooperations/${ids.cooperationId}`, { cookie })).body
      .cooperation;
    const party = coop.parties.find((p: { ordinal: number }) => p.ordinal === 2);
    const unit = await e2e.server.api(`/api/cooperations/${ids.cooperationId}/units`, {
      cookie: pemkot,
      body: {
        partyId: party.id,
        name: 'Dinas Perpustakaan dan Kearsipan',
        headName: 'Dra. Siti Aminah',
        headNip: '197203041998032005',
      },
    });
    expect(unit.status, JSON.stringify(unit.body)).toBe(201);
    const made = await e2e.server.api(`/api/documents/${ids.documentId}/variants`, {
      cookie,
      body: { unitIds: [unit.body.unit.id] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const variant = await e2e.browser({ cookie });
    await openEditor(variant.page, editorPath({ ...ids, documentId: made.body.variants[0].documentId }));
    const head = variant.page.locator('.ProseMirror .variable-chip[data-name="headName"]');
    await expect.poll(() => head.textContent()).toBe('Dra. Siti Aminah');
    expect(await head.getAttribute('title')).toBe('Nama kepala OPD');
    // A variable the unit leaves empty still reads as its label, marked as missing.
    const kuasa = variant.page.locator('.ProseMirror .variable-chip[data-name="kuasaRef"]');
    expect(await kuasa.textContent()).toBe('Surat kuasa');
    expect(await kuasa.getAttribute('class')).toContain('missing');
    await variant.page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => kuasa.textContent()).toBe('Power of attorney');
    await screenshot(variant.page, 'e2e-variables-variant');
    await variant.close();
  });

  it('the server kept them: the Word export prints each unfilled variable as its placeholder', async () => {
    const read = async () => {
      const res = await fetch(`${e2e.server.url}/api/documents/${ids.documentId}/export.docx`, {
        headers: { cookie },
      });
      const zip = await JSZip.loadAsync(await res.arrayBuffer());
      return textIn((await zip.file('word/document.xml')?.async('string')) ?? '');
    };
    await expect
      .poll(read, { timeout: 10_000 })
      .toContain('Penghubung: «Penghubung OPD» dan «Penghubung OPD»');
    expect(await read()).toContain('NIP «NIP kepala OPD»');
  });
});
