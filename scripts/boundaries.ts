import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The boundaries the layout promises: `shared/` is pure, the browser never reaches into the
 * server (nor the server into the browser), each resource's routes stand alone, SQL is written
 * only in the storage files, and the running server never loads the bench or test support.
 * Run by `scripts/boundaries.test.ts`, so `npm test` fails on a forbidden import or query.
 */

/** One forbidden import: the importing file and the imported path, both relative to the root. */
export interface Violation {
  file: string;
  imported: string;
  rule: string;
}

/** An accepted violation, named so the debt stays visible. */
export interface AllowedImport {
  file: string;
  imported: string;
  reason: string;
}

/** The folders whose files are read; anything outside them is neither checked nor a target. */
export const SOURCE_DIRS = ['shared', 'client/src', 'server'];

const SOURCE_FILE = /\.tsx?$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The folder of routes one resource owns, or undefined for a file in the routes root. */
function routeResource(file: string): string | undefined {
  const match = /^server\/routes\/([^/]+)\//.exec(file);
  return match?.[1];
}

/**
 * The rule a `file → imported` pair breaks, or undefined when it is allowed.
 * Both paths are relative to the repo root with forward slashes.
 */
export function brokenRule(file: string, imported: string): string | undefined {
  const inside = (dir: string, p: string) => p.startsWith(`${dir}/`);
  if (inside('shared', file) && inside('client', imported)) return 'shared imports neither client nor server';
  if (inside('shared', file) && inside('server', imported)) return 'shared imports neither client nor server';
  if (inside('client', file) && inside('server', imported)) return 'client never imports server';
  if (inside('server', file) && inside('client', imported)) return 'server never imports client';
  const from = routeResource(file);
  const to = routeResource(imported);
  if (from && to && from !== to) return 'routes of one resource do not import another resource’s routes';
  return undefined;
}

function sourceFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  const found: string[] = [];
  for (const name of readdirSync(full)) {
    if (name === 'node_modules') continue;
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) found.push(...sourceFiles(root, rel));
    else if (SOURCE_FILE.test(name) && !name.endsWith('.d.ts')) found.push(rel);
  }
  return found;
}

/** Every module specifier of a source: static imports, re-exports and dynamic `import()`. */
export function importSpecifiers(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map((ref) => ref.fileName);
}

/** A relative specifier as a root-relative path, preferring the file it names when it exists. */
function resolveRelative(root: string, file: string, specifier: string): string {
  const base = path.posix.join(path.posix.dirname(file), specifier);
  const hit = RESOLVE_SUFFIXES.map((suffix) => base + suffix).find((candidate) => {
    const full = path.join(root, candidate);
    return existsSync(full) && statSync(full).isFile();
  });
  return hit ?? base;
}

/**
 * Reads every .ts/.tsx under the source folders of `root` and returns the imports that break a
 * boundary, minus those in `allowed`. Bare specifiers (packages) are never violations.
 */
export function findViolations(root: string, allowed: readonly AllowedImport[] = []): Violation[] {
  const violations: Violation[] = [];
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(root, dir))) {
    const source = readFileSync(path.join(root, file), 'utf8');
    for (const specifier of importSpecifiers(source)) {
      if (!specifier.startsWith('.')) continue;
      const imported = resolveRelative(root, file, specifier);
      const rule = brokenRule(file, imported);
      if (!rule) continue;
      if (allowed.some((a) => a.file === file && a.imported === imported)) continue;
      violations.push({ file, imported, rule });
    }
  }
  return violations;
}

/** One line per violation: `file → imported path (rule)`. */
export function formatViolation(v: Violation): string {
  return `${v.file} → ${v.imported} (${v.rule})`;
}

/**
 * The files that may write SQL, each with what it stores. Everything else reaches storage
 * through them, so a second database engine replaces these files only.
 */
export const STORAGE_FILES: readonly { pattern: RegExp; holds: string }[] = [
  {
    pattern: /^server\/db\//,
    holds: 'the connection, the migrations and the repositories of the core tables',
  },
  {
    pattern: /^server\/history\/[^/]+Repo\.ts$/,
    holds: 'history, a feature that owns its tables: clause changes and states, versions',
  },
  {
    pattern: /^server\/collab\/(store|journal|fold)\.ts$/,
    holds: 'the update log: its file folded into SQLite, journal, ordered log, heads, checkpoints',
  },
  {
    pattern: /^server\/cli\/backup\.ts$/,
    holds: "the backup command, SQLite's online copy of the whole file",
  },
];

/** Tests and their support (fixtures, harnesses, fuzzers) set up and read rows as they need. */
export function isTestCode(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || /(^|\/)(testing|fuzzing|fixtures)\.tsx?$/.test(file);
}

/** Whether `file` is one of the {@link STORAGE_FILES}. */
export function isStorageFile(file: string): boolean {
  return STORAGE_FILES.some((s) => s.pattern.test(file));
}

/** One statement written outside the storage files: where, and the call that writes it. */
export interface SqlOutsideStorage {
  file: string;
  line: number;
  call: string;
}

/** Calls that run SQL whatever they are called on (better-sqlite3's Database). */
const SQL_METHODS = new Set(['prepare', 'pragma', 'backup']);
/** `exec` runs SQL on a database handle; on anything else (a RegExp) it is not SQL. */
const DATABASE_NAME = /^(db|database|\w+Db)$/;

/**
 * The calls of a source that write SQL: `x.prepare(`, `x.pragma(`, `x.backup(`, `db.exec(`
 * (on a database handle, named `db`, `database` or `…Db`) and the repositories' `sql(db, …)`.
 */
export function sqlCalls(source: string, fileName = 'file.ts'): { line: number; call: string }[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const found: { line: number; call: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      let call: string | undefined;
      if (ts.isIdentifier(callee) && callee.text === 'sql') call = 'sql(';
      else if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        const target = callee.expression;
        const targetName = ts.isIdentifier(target)
          ? target.text
          : ts.isPropertyAccessExpression(target)
            ? target.name.text
            : '';
        if (SQL_METHODS.has(method) || (method === 'exec' && DATABASE_NAME.test(targetName)))
          call = `${target.getText(sf)}.${method}(`;
      }
      if (call) found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, call });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every SQL call under `server/` of `root` outside the storage files and test code. */
export function findSqlOutsideStorage(root: string): SqlOutsideStorage[] {
  const found: SqlOutsideStorage[] = [];
  for (const file of sourceFiles(root, 'server')) {
    if (isStorageFile(file) || isTestCode(file)) continue;
    for (const c of sqlCalls(readFileSync(path.join(root, file), 'utf8'), file)) found.push({ file, ...c });
  }
  return found;
}

/** One line per call: `file:line call (SQL lives in the storage files)`. */
export function formatSqlOutsideStorage(s: SqlOutsideStorage): string {
  return `${s.file}:${s.line} ${s.call} (SQL lives in the storage files)`;
}

/** The modules the server process starts from: the entry and the worker threads' own. */
export const SERVER_ENTRIES = ['server/index.ts', 'server/word/thread/worker.ts'];

/**
 * The bench and test files the server loads: every file reached from `entries` through
 * relative imports (type-only ones included), kept when it lies under `bench/` or is test code.
 * Each is reported with the file that imports it.
 */
export function findTestCodeLoaded(root: string, entries: readonly string[] = SERVER_ENTRIES): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  const queue = entries.filter((e) => existsSync(path.join(root, e)));
  for (const e of queue) seen.add(e);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const source = readFileSync(path.join(root, file), 'utf8');
    for (const specifier of importSpecifiers(source)) {
      if (!specifier.startsWith('.')) continue;
      const imported = resolveRelative(root, file, specifier);
      if (seen.has(imported) || !existsSync(path.join(root, imported))) continue;
      seen.add(imported);
      if (imported.startsWith('bench/') || isTestCode(imported)) {
        violations.push({ file, imported, rule: 'the server never loads the bench or test code' });
        continue;
      }
      if (SOURCE_FILE.test(imported)) queue.push(imported);
    }
  }
  return violations;
}
