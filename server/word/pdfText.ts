import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Whether LibreOffice and pdftotext are installed (CI installs them): render tests skip without. */
export const canRenderPdf = has('soffice') && has('pdftotext');

/**
 * Converts .docx files to PDF beside them in `dir`, in one LibreOffice run (its own profile in
 * `dir`, so parallel runs never block each other): one start-up for several files.
 */
export function convertToPdf(dir: string, files: string[], timeout = 90_000): void {
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
      ...files,
    ],
    { stdio: 'ignore', timeout },
  );
}

/**
 * Renders a .docx through LibreOffice (its own profile in `dir`, so parallel runs never block
 * each other) and returns the PDF's text page by page, laid out as printed (`pdftotext -layout`).
 * The PDF stays in `dir` as `<name>.pdf` for further checks.
 */
export function renderedPages(docx: Uint8Array, dir: string, name = 'rendered'): string[] {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  convertToPdf(dir, [file]);
  execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), join(dir, `${name}.txt`)]);
  return readFileSync(join(dir, `${name}.txt`), 'utf8').split('\f');
}
