import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findSqlOutsideStorage,
  findTestCodeLoaded,
  findViolations,
  formatSqlOutsideStorage,
  formatViolation,
} from './boundaries.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

describe('import boundaries of the repo', () => {
  it('shared/ imports neither client nor server, client/ never server, server never client, routes stay per resource', () => {
    expect(findViolations(repoRoot).map(formatViolation)).toEqual([]);
  });
});

describe('storage and test code in the repo', () => {
  it('SQL is written only in the storage files', () => {
    expect(findSqlOutsideStorage(repoRoot).map(formatSqlOutsideStorage)).toEqual([]);
  });

  it('the server never loads the bench or test code', () => {
    expect(findTestCodeLoaded(repoRoot).map(formatViolation)).toEqual([]);
  });
});

/** A temporary tree for one describe block, removed after it; `write` adds a file to it. */
function fixtureTree() {
  const root = mkdtempSync(path.join(tmpdir(), 'sepakat-boundaries-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, source: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), source);
  };
  return { root, write };
}

describe('the checker on a fixture tree', () => {
  const { root, write } = fixtureTree();

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

describe('the storage checks on a fixture tree', () => {
  const { root, write } = fixtureTree();

  write('server/db/repos/users.ts', "export const find = (db) => db.prepare('SELECT 1').get();\n");
  write('server/history/versionsRepo.ts', "export const list = (db) => sql(db, 'SELECT 1').all();\n");
  write('server/collab/store.ts', "export const head = (db) => db.exec('SELECT 1');\n");
  write('server/history/testing.ts', "export const seed = (db) => db.prepare('INSERT 1').run();\n");
  write(
    'server/history/versions.ts',
    [
      "export const count = (db) => sql<[string], number>(db, 'SELECT COUNT(*) FROM versions').get();",
      "export const tune = (ctx) => ctx.db.pragma('cache_size = 1');",
      'export const words = (text) => /(\\w+)/.exec(text);',
      "export const load = (this_) => this_.opts.db.exec('DELETE FROM versions');",
      '',
    ].join('\n'),
  );
  write('server/index.ts', "import './app.ts';\n");
  write('server/app.ts', "import { list } from './history/versionsRepo.ts';\nimport './history/bench.ts';\n");
  write(
    'server/history/bench.ts',
    "import { seed } from './testing.ts';\nimport '../../bench/history.ts';\n",
  );
  write('bench/history.ts', 'export const run = 1;\n');

  it('names each SQL call outside the storage files as file:line call', () => {
    expect(findSqlOutsideStorage(root).map(formatSqlOutsideStorage)).toEqual([
      'server/history/versions.ts:1 sql( (SQL lives in the storage files)',
      'server/history/versions.ts:2 ctx.db.pragma( (SQL lives in the storage files)',
      'server/history/versions.ts:4 this_.opts.db.exec( (SQL lives in the storage files)',
    ]);
  });

  it('names the bench and test files the server reaches, with the file that imports them', () => {
    expect(findTestCodeLoaded(root).map(formatViolation).sort()).toEqual([
      'server/history/bench.ts → bench/history.ts (the server never loads the bench or test code)',
      'server/history/bench.ts → server/history/testing.ts (the server never loads the bench or test code)',
    ]);
  });
});
