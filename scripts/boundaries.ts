import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The import boundaries the layout promises: `shared/` is pure, the browser never reaches into
 * the server (nor the server into the browser), and each resource's routes stand alone.
 * Run by `scripts/boundaries.test.ts`, so `npm test` fails on a forbidden import.
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
