import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findViolations, formatViolation } from './boundaries.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

describe('import boundaries of the repo', () => {
  it('shared/ imports neither client nor server, client/ never server, server never client, routes stay per resource', () => {
    expect(findViolations(repoRoot).map(formatViolation)).toEqual([]);
  });
});

describe('the checker on a fixture tree', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sepakat-boundaries-'));
  const write = (file: string, source: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), source);
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  write('server/policies.ts', 'export const allow = true;\n');
  write('server/routes/present.ts', 'export const present = 1;\n');
  write('server/routes/points/routes.ts', "import { present } from '../present.ts';\nexport { present };\n");
  write('server/routes/meetings/access.ts', 'export const access = 1;\n');
  write('client/src/main.tsx', "import { allow } from '../../server/policies.ts';\nexport { allow };\n");
  write('client/src/lazy.ts', "export const load = () => import('../../server/policies');\n");
  write('shared/words.ts', "export * from '../client/src/main.tsx';\nimport 'zod';\n");
  write(
    'server/routes/actions/routes.ts',
    "import { access } from '../meetings/access.ts';\nexport { access };\n",
  );
  write(
    'server/app.ts',
    "import type { load } from '../client/src/lazy.ts';\nexport type Load = typeof load;\n",
  );

  it('names each forbidden import as file → imported path (rule)', () => {
    expect(findViolations(root).map(formatViolation).sort()).toEqual([
      'client/src/lazy.ts → server/policies.ts (client never imports server)',
      'client/src/main.tsx → server/policies.ts (client never imports server)',
      'server/app.ts → client/src/lazy.ts (server never imports client)',
      'server/routes/actions/routes.ts → server/routes/meetings/access.ts (routes of one resource do not import another resource’s routes)',
      'shared/words.ts → client/src/main.tsx (shared imports neither client nor server)',
    ]);
  });

  it('an allowed import is not reported', () => {
    const allowed = [{ file: 'client/src/main.tsx', imported: 'server/policies.ts', reason: 'fixture' }];
    expect(findViolations(root, allowed).map((v) => v.file)).not.toContain('client/src/main.tsx');
  });
});
