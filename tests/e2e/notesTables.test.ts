import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import {
  cursorAtEnd,
  cursorInPasal,
  demoMouEditor,
  editorPath,
  openEditor,
  waitForEditorText,
} from './editorPage.ts';

const NOTE = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.';

/**
 * A footnote and a table written in the editor of the demo MoU, in Chromium: the footnote shows
 * as its number with its text under the page, the table grows and shrinks by the toolbar, and the
 * Word export the server makes of the document has both as Word's own.
 */
describe('footnotes and tables in Chromium', () => {
  const editor = demoMouEditor();

  it('inserts a footnote from the toolbar: a raised 1 in the text, its text under the page', async () => {
    const { page } = editor.user;
    await cursorInPasal(page, 1);
    await page.getByRole('button', { name: 'Sisipkan catatan kaki' }).click();
    const dialog = page.getByRole('dialog', { name: 'Catatan kaki baru' });
    await dialog.getByLabel('Teks catatan kaki').fill(NOTE);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const mark = page.locator('.ProseMirror [data-type="clause"]').first().locator('sup.footnote-ref');
    await expect.poll(() => mark.textContent()).toBe('1');
    expect(await mark.getAttribute('title')).toBe(NOTE);
    expect(await page.locator('.footnote-list li').allTextContents()).toEqual([NOTE]);
  });

  it('edits the footnote from its number', async () => {
    const { page } = editor.user;
    await page.locator('sup.footnote-ref').first().click();
    const dialog = page.getByRole('dialog', { name: 'Catatan kaki 1' });
    await dialog.getByLabel('Teks catatan kaki').fill(`${NOTE} Pasal 1.`);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() => page.locator('.footnote-list li').allTextContents())
      .toEqual([`${NOTE} Pasal 1.`]);
  });

  it('the open footnote follows text another person types before it', async () => {
    const { page } = editor.user;
    await page.locator('sup.footnote-ref').first().click();
    const dialog = page.getByRole('dialog', { name: 'Catatan kaki 1' });
    await dialog.getByLabel('Teks catatan kaki').fill(`${NOTE} Diubah.`);
    // Meanwhile the Pemkot's editor types in the same paragraph, before the footnote.
    const other = await editor.e2e.browser('pemkot');
    await openEditor(other.page, editorPath(editor.ids));
    const first = other.page.locator('.ProseMirror [data-type="clause"]').first().locator('p').first();
    await first.click();
    await other.page.keyboard.press('Home');
    await other.page.keyboard.type('Sisipan. ');
    await waitForEditorText(page, 'Sisipan. ');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.locator('.footnote-list li').allTextContents()).toEqual([`${NOTE} Diubah.`]);
    expect(await page.locator('sup.footnote-ref').count()).toBe(1);
    await other.close();
  });

  it('inserts a table in an ayat, fills it with Tab, adds and removes rows and columns', async () => {
    const { page } = editor.user;
    // In ayat (2) of Pasal 1, after its text: Tab moves between the cells, it does not nest the
    // ayat under ayat (1).
    const ayat = page.locator('.ProseMirror [data-type="clause"]').first().locator('[data-type="ayat-item"]');
    await cursorAtEnd(ayat.nth(1).locator('p').first());
    await page.getByRole('button', { name: 'Sisipkan tabel (3 kolom, 2 baris)' }).click();
    const table = ayat.nth(1).locator('table');
    await expect.poll(() => table.locator('tr').count()).toBe(2);
    for (const word of ['No', 'Kegiatan', 'Waktu', '1', 'Sosialisasi', 'Triwulan I']) {
      await page.keyboard.type(word);
      await page.keyboard.press('Tab');
    }
    // Tab in the last cell adds a row.
    await expect.poll(() => table.locator('tr').count()).toBe(3);
    await page.getByRole('button', { name: 'Tambah kolom di kanan' }).click();
    await expect.poll(() => table.locator('tr').first().locator('td').count()).toBe(4);
    // The new column is the one to the right of the cursor's cell, in the new (last) row.
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Hapus kolom' }).click();
    await page.getByRole('button', { name: 'Hapus baris' }).click();
    await expect.poll(() => table.locator('tr').count()).toBe(2);
    const rows = await table
      .locator('tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['No', 'Kegiatan', 'Waktu'],
      ['1', 'Sosialisasi', 'Triwulan I'],
    ]);
    // Pasal 1 still has its ayat side by side, none nested in another.
    expect(
      await page
        .locator('.ProseMirror [data-type="clause"]')
        .first()
        .locator('[data-type="ayat-item"] [data-type="ayat-item"]')
        .count(),
    ).toBe(0);
    // Pasal 1's footnote and Pasal 2's table in one view, the cursor in the table (its tools shown).
    await table.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'footnotes-tables-editor');
    await page.locator('.footnote-list').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'footnotes-list-editor');
  });

  it('the server kept both: its Word export has the footnote and the table', async () => {
    // The editor sends its changes at once; the export reads the server's copy.
    await editor.user.page.waitForTimeout(500);
    const res = await fetch(`${editor.e2e.server.url}/api/documents/${editor.ids.documentId}/export.docx`, {
      headers: { cookie: editor.cookie },
    });
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const footnotes = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(footnotes).toContain(`${NOTE} Diubah.`);
    expect(document).toContain('<w:footnoteReference');
    const table = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].find((m) =>
      m[0].includes('Sosialisasi'),
    );
    expect(table?.[0]).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>/);
  });
});
