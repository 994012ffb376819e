// Word files printed as their readers see them: LibreOffice converts a .docx to PDF, and
// poppler reads the PDF back as text (pdftotext) or as PNG pages (pdftoppm). The render tests
// check exports through it, and scripts/render-docx.ts renders an export for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/**
 * Converts .docx files to PDF (`<name>.pdf`) in `outDir`, in one LibreOffice run: one start-up
 * for several files. Each run has a profile of its own, since runs sharing one block each other.
 */
export function convertToPdf(outDir: string, files: string[], timeout = 90_000): void {
  const profile = mkdtempSync(join(tmpdir(), 'sepakat-soffice-'));
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'ignore', timeout },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The PDF that {@link convertToPdf} writes in `outDir` for the .docx `file`. */
export const pdfOf = (outDir: string, file: string): string =>
  join(outDir, `${basename(file, extname(file))}.pdf`);

/** The text of a PDF as pdftotext reads it, with its `args` (`-layout`, `-bbox`…). */
export function pdfText(pdf: string, args: string[] = []): string {
  return execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Writes the pages of a PDF as `<prefix>-N.png` at `dpi`, with further pdftoppm `args` (`-f 1 -l 1`…). */
export function pdfPngs(pdf: string, prefix: string, dpi = 60, args: string[] = []): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), ...args, pdf, prefix]);
}

/** Prints `docx` to `<dir>/<name>.pdf` (the .docx stays beside it) and returns the PDF's path. */
function printDocx(docx: Uint8Array, dir: string, name: string): string {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  convertToPdf(dir, [file]);
  return pdfOf(dir, file);
}

/**
 * Renders a .docx through LibreOffice and returns the PDF's text page by page, laid out as
 * printed (`pdftotext -layout`). The PDF stays in `dir` as `<name>.pdf` for further checks.
 */
export function renderedPages(docx: Uint8Array, dir: string, name = 'rendered'): string[] {
  return pdfText(printDocx(docx, dir, name), ['-layout']).split('\f');
}

/** The text of `docx` as LibreOffice prints it, read back by pdftotext with `args`; nothing stays. */
export function renderedText(docx: Uint8Array, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-render-'));
  try {
    return pdfText(printDocx(docx, dir, 'file'), args);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Renders the .docx `file` to look at: `<outDir>/<name>.pdf` and its pages as
 * `<outDir>/<name>-N.png` at `dpi`. Returns the paths written, the PDF first.
 */
export function renderDocx(file: string, outDir: string, dpi = 60): string[] {
  mkdirSync(outDir, { recursive: true });
  convertToPdf(outDir, [file]);
  const pdf = pdfOf(outDir, file);
  const name = basename(pdf, '.pdf');
  pdfPngs(pdf, join(outDir, name), dpi);
  const pngs = readdirSync(outDir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return [pdf, ...pngs.map((f) => join(outDir, f))];
}
