import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missing } from '../../../tests/support/tools.ts';
import { renderedPages } from '../pdfText.ts';
import { buildAgreementDocx } from './agreement.ts';
import { sampleInput } from './fixtures.ts';

/** Renders through LibreOffice (when installed; CI installs it) and reads the PDF back as text. */
describe.skipIf(missing('soffice', 'pdftotext'))('export rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a multi-page PDF with the title, Pasal headings, signatures and page numbers', async () => {
    const raw = renderedPages(await buildAgreementDocx(sampleInput()), dir, 'mou');
    const text = raw.join('\f');
    const pages = raw.filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    expect(text).toContain('NOTA KESEPAKATAN');
    expect(text).toContain('Pasal 1');
    expect(text).toContain('MAKSUD DAN TUJUAN');
    expect(text).toMatch(/\(1\)\s+Maksud Nota Kesepakatan/);
    expect(text).toContain(`Halaman 1 dari ${pages.length}`);
    // The signatures end the document, with the closing formula on the same page.
    const last = pages[pages.length - 1];
    expect(last).toContain('PIHAK KEDUA,');
    expect(last).toContain('Demikian Nota Kesepakatan');
    expect(pages[0]).toContain('Paraf');
  }, 90_000);
});
