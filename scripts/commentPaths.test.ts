import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commentsOf, findStaleMentions, formatStaleMention } from './commentPaths.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Mentions accepted for now, each with why; one that is gone needs no entry any more. */
const ACCEPTED: { mention: string; reason: string }[] = [
  {
    mention: 'tests/integration/crash.test.ts:16: names Issue 7 (outside the repo)',
    reason:
      'the file is being rewritten on withServer(), and its new version says what the rounds are instead',
  },
];

describe('comments and docs name what is in the repo', () => {
  it('every file a comment, README.md or docs/*.md names exists, and none cites the kit or an issue', () => {
    const accepted = new Set(ACCEPTED.map((a) => a.mention));
    const stale = findStaleMentions(repoRoot).map(formatStaleMention);
    expect(stale.filter((s) => !accepted.has(s))).toEqual([]);
  }, 60_000); // reads every comment of ~800 files: seconds on a busy machine
});

describe('the check itself', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sepakat-comments-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds a moved file, the kit and an issue number, in code comments and in docs', () => {
    mkdirSync(path.join(root, 'server/word/thread'), { recursive: true });
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'server/word/thread/worker.ts'), '');
    writeFileSync(
      path.join(root, 'server/job.ts'),
      [
        `const url = \`\${'a'}/\${'b'}\`; // runs server/word/thread/worker.ts`,
        '/** Built on server/word/worker.ts, as ../shared/DOMAIN.md says (issue 6). */',
        "export const slash = 4 / 2; const re = /server\\/gone.ts/; const s = '// server/none.ts';",
      ].join('\n'),
    );
    writeFileSync(
      path.join(root, 'docs/NOTES.md'),
      'See `server/word/thread/worker.ts` and `server/old.ts`.\n',
    );
    expect(findStaleMentions(root).map(formatStaleMention)).toEqual([
      'server/job.ts:2: names server/word/worker.ts (missing file)',
      'server/job.ts:2: names ../shared/DOMAIN.md (outside the repo)',
      'server/job.ts:2: names issue 6 (outside the repo)',
      'docs/NOTES.md:1: names server/old.ts (missing file)',
    ]);
  });

  it('reads comments only: not strings, template literals or regular expressions', () => {
    const text = `const a = \`x \${b /* in */} // not\`; const r = /\\/\\/ no/; // yes\n`;
    expect(commentsOf('a.ts', text).map((c) => c.text)).toEqual(['/* in */', '// yes']);
  });
});
