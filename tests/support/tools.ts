import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf } from '../../server/word/pdfText.ts';

/**
 * The skip condition of a test that needs `what` (for `it.skipIf`): true when it is not
 * `available`. Under CI (`CI` set) nothing may skip, so a missing tool fails the file instead.
 */
export function missing(available: boolean, what: string): boolean {
  if (!available && process.env.CI) throw new Error(`${what} is missing, and CI runs every test: install it`);
  return !available;
}

/** The text of `docx` as LibreOffice prints it, read back by pdftotext (with `args`, e.g. `-layout`). */
export function renderedText(docx: Uint8Array, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-render-'));
  try {
    writeFileSync(join(dir, 'file.docx'), docx);
    convertToPdf(dir, [join(dir, 'file.docx')]);
    execFileSync('pdftotext', [...args, join(dir, 'file.pdf'), join(dir, 'file.txt')]);
    return readFileSync(join(dir, 'file.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
