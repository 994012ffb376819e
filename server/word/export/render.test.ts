import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAgreementDocx } from './agreement.ts';
import { sampleInput } from './fixtures.ts';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const canRender = has('soffice') && has('pdftotext');

/** Renders through LibreOffice (when installed; CI installs it) and reads the PDF back as text. */
describe.skipIf(!canRender)('export rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a multi-page PDF with the title, Pasal headings, signatures and page numbers', async () => {
    const docx = join(dir, 'mou.docx');
    writeFileSync(docx, await buildAgreementDocx(sampleInput()));
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    execFileSync('pdftotext', ['-layout', join(dir, 'mou.pdf'), join(dir, 'mou.txt')]);
    const text = readFileSync(join(dir, 'mou.txt'), 'utf8');
    const pages = text.split('\f').filter((p) => p.trim());
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
