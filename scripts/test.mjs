// `npm test`: builds the client (the browser tests need it), runs every Vitest project
// (unit, integration, e2e) and ends with the plain line "N passed, N failed" read from
// Vitest's JSON report, so CI shows how many tests ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env });

const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (build.status !== 0) process.exit(build.status ?? 1);

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
const extra = process.argv.slice(2);
const tests = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(
    `${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}
process.exit(tests.status ?? 1);
