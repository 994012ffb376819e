import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * For the tests that hand our tracked changes to LibreOffice: Accept All or Reject All through
 * UNO (server/word/redline/libreoffice-accept.py, one soffice for every job), and the text it
 * leaves, compared line by line.
 */

const PYTHON = '/usr/bin/python3';
const DRIVER = join(import.meta.dirname, '../redline/libreoffice-accept.py');

/** LibreOffice's Python bridge, which the driver drives soffice through (Debian's, for /usr/bin/python3 only). */
export const hasUno = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import uno']).status === 0;

/** One file for LibreOffice: accepted, rejected or left as it is, and saved as text (.txt) or Word (.docx). */
export interface RevisionJob {
  in: string;
  action: 'accept' | 'reject' | 'none';
  out: string;
}

/**
 * Runs the jobs in `dir` (LibreOffice's profile goes there too) and answers the number of tracked
 * changes each input had before; throws when LibreOffice fails.
 */
export function runRevisionJobs(dir: string, jobs: RevisionJob[]): number[] {
  writeFileSync(join(dir, 'jobs.json'), JSON.stringify({ profile: join(dir, 'profile'), jobs }));
  const run = spawnSync(PYTHON, [DRIVER, join(dir, 'jobs.json')], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.stderr}`);
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).redlines as number);
}

/** A text file LibreOffice wrote, with spacing and empty lines evened out for comparing. */
export const normalisedText = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
