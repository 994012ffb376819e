import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Folders whose source files' comments are read. */
const SOURCE_DIRS = ['client', 'server', 'shared', 'templates', 'tests', 'bench', 'scripts'];
const SOURCE_FILE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'public', 'fixtures', 'results']);

/** A path from the repo's root, as comments and docs name files: `server/collab/store.ts`. */
const ROOT_PATH =
  /(?<![\w./-])((?:client|server|shared|templates|tests|bench|scripts|docs)\/[\w.\-/]*[\w-]\.(?:tsx?|mjs|md|sql|sh|py|json|css))(?![\w/])/g;
/** The bench's raw results: written by each run, never committed, named by docs/SPEED.md. */
const UNCOMMITTED_OUTPUT = 'bench/results/';
/** What points outside the repo: the kit beside it, or an issue number. */
const OUTSIDE = /\.\.\/shared\/[\w.\-/]+|\/work\/shared|\b[Ii]ssue \d+/g;

/** One comment (or doc line) that names what is not in the repo. */
export interface StaleMention {
  file: string;
  line: number;
  text: string;
  why: 'missing file' | 'outside the repo';
}

function sourceFiles(dir: string, root: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) sourceFiles(rel, root, out);
    } else if (SOURCE_FILE.test(entry.name)) out.push(rel);
  }
  return out;
}

/** Tokens after which a `/` divides; after anything else it starts a regular expression. */
const ENDS_OPERAND = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.ExclamationToken,
]);

/**
 * Every comment of a source file, with the line it starts on. TypeScript's scanner reads the
 * file once (a parse of every file would take seconds); it is told where a template literal
 * resumes after `}` and where a `/` starts a regular expression, which only the parser knows.
 */
export function commentsOf(file: string, text: string): { line: number; text: string }[] {
  const variant = file.endsWith('x') ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, variant, text);
  const out: { line: number; text: string }[] = [];
  /** One entry per open `{`: whether it opened a template's `${`. */
  const braces: boolean[] = [];
  let previous = ts.SyntaxKind.Unknown;
  let line = 1;
  let counted = 0;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) {
      const start = scanner.getTokenStart();
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++;
      out.push({ line, text: scanner.getTokenText() });
      continue;
    }
    if (token === ts.SyntaxKind.WhitespaceTrivia || token === ts.SyntaxKind.NewLineTrivia) continue;
    if (token === ts.SyntaxKind.SlashToken || token === ts.SyntaxKind.SlashEqualsToken) {
      if (!ENDS_OPERAND.has(previous)) token = scanner.reScanSlashToken();
    } else if (token === ts.SyntaxKind.TemplateHead) braces.push(true);
    else if (token === ts.SyntaxKind.OpenBraceToken) braces.push(false);
    else if (token === ts.SyntaxKind.CloseBraceToken) {
      if (braces.pop()) {
        token = scanner.reScanTemplateToken(false);
        if (token === ts.SyntaxKind.TemplateMiddle) braces.push(true);
      }
    }
    previous = token;
  }
  return out;
}

/** The stale mentions in one piece of text (a comment, or a doc's line) of `file`. */
export function staleIn(root: string, file: string, line: number, text: string): StaleMention[] {
  const out: StaleMention[] = [];
  for (const m of text.matchAll(ROOT_PATH)) {
    const named = m[1] ?? '';
    if (named.startsWith(UNCOMMITTED_OUTPUT)) continue;
    if (!existsSync(path.join(root, named))) out.push({ file, line, text: named, why: 'missing file' });
  }
  for (const m of text.matchAll(OUTSIDE)) out.push({ file, line, text: m[0], why: 'outside the repo' });
  return out;
}

/**
 * Comments of the source folders, and the lines of `README.md` and `docs/*.md`, that name a file
 * of the repo that is not there (it moved or went), cite the kit beside the repo, or an issue
 * number: a comment must stay true of the code it sits in.
 */
export function findStaleMentions(root: string): StaleMention[] {
  const out: StaleMention[] = [];
  for (const dir of SOURCE_DIRS) {
    if (!existsSync(path.join(root, dir))) continue;
    for (const file of sourceFiles(dir, root)) {
      for (const c of commentsOf(file, readFileSync(path.join(root, file), 'utf8')))
        out.push(...staleIn(root, file, c.line, c.text));
    }
  }
  const docs = existsSync(path.join(root, 'docs'))
    ? readdirSync(path.join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`)
    : [];
  for (const doc of ['README.md', ...docs]) {
    if (!existsSync(path.join(root, doc))) continue;
    readFileSync(path.join(root, doc), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        out.push(...staleIn(root, doc, i + 1, text));
      });
  }
  return out;
}

/** One line per mention: the file and line, what it names, and why that is stale. */
export const formatStaleMention = (s: StaleMention) => `${s.file}:${s.line}: names ${s.text} (${s.why})`;
