import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourceLimits } from '../../server/config.ts';
import { readReply } from '../../server/word/import/suggestionsReply.ts';
import { type BrowserUser, screenshot } from '../support/browser.ts';
import { e2eSession } from '../support/e2e.ts';
import { demoMou, editorPath, openEditor } from './editorPage.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * End to end: the Pemkot brings back the Word copy of a round it edited offline through the
 * Riwayat tab ("Impor tanggapan Word"): the report shows what became suggestions, and the
 * suggestion is in the text.
 */
describe('import of a Word reply in Chromium', () => {
  const e2e = e2eSession();
  let pemkot: BrowserUser;
  let ids: { cooperationId: string; documentId: string };
  let reply: Buffer;
  let word: string;

  beforeAll(async () => {
    const cookie = await e2e.server.login('ombudsman');
    ids = await demoMou(e2e.server, cookie);
    const version = await e2e.server.api(`/api/documents/${ids.documentId}/versions`, {
      cookie,
      body: { label: 'Putaran 1' },
    });
    expect(version.status).toBe(201);
    const res = await fetch(`${e2e.server.url}/api/documents/${ids.documentId}/export.docx`, {
      headers: { cookie },
    });
    const file = Buffer.from(await res.arrayBuffer());
    // The other party's edit, made with tracking off: the longest word of Pasal 1's first
    // paragraph, found once in the file, is replaced.
    const paragraphs = await readReply(file, resourceLimits());
    const at = paragraphs.findIndex((p) => p.theirs.trim() === 'Pasal 1');
    const zip = await JSZip.loadAsync(file);
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = (paragraphs[at + 2]?.theirs.match(/[a-z]{6,}/g) ?? []).sort((a, b) => b.length - a.length);
    word = words.find((w) => xml.split(w).length === 2)!;
    expect(word).toBeTruthy();
    zip.file('word/document.xml', xml.replace(word, 'diganti'));
    reply = await zip.generateAsync({ type: 'nodebuffer' });
    pemkot = await e2e.browser('pemkot');
  });

  it('uploads the reply against the round and shows the report and the suggestion', async () => {
    const { page } = pemkot;
    await openEditor(page, `${editorPath(ids)}?panel=riwayat`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Impor tanggapan Word' }),
    });
    await section.waitFor();
    await section.getByLabel('Berkas Word (.docx)').setInputFiles({
      name: 'tanggapan-pemkot.docx',
      mimeType: DOCX,
      buffer: reply,
    });
    expect(
      await section.getByLabel('Menjawab putaran atau versi').locator('option:checked').textContent(),
    ).toBe('Putaran 1');
    await section.getByRole('button', { name: 'Impor sebagai usulan' }).click();
    const report = section.getByRole('status');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.textContent()).toContain(
      '1 paragraf menjadi usulan · 0 bentrokan · 0 tidak didukung',
    );
    expect(await report.locator('li').first().textContent()).toContain('Pasal 1 · Kata diubah');
    expect(await report.locator('del').first().textContent()).toBe(word);
    expect(await report.locator('ins').first().textContent()).toBe('diganti');
    expect(await report.textContent()).toContain('sebagian diubah tanpa lacak perubahan');
    // The suggestion reaches the editor through the live document.
    const inserted = page
      .locator('.ProseMirror [data-type="clause"]')
      .first()
      .locator('ins', { hasText: 'diganti' });
    await inserted.waitFor({ timeout: 20_000 });
    await report.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-import-reply');
  });
});
