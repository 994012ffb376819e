import type { ReplyFormat, ReplyParagraph } from '../../../shared/api/suggestionImport.ts';
import { type PMJSON, textOf } from '../../../shared/clauses.ts';
import { MARK, NODE } from '../../../shared/schema/names.ts';
import { isSuggestionMark } from '../../../shared/suggestions/index.ts';
import { PARAGRAPH } from './suggestionsDiff.ts';
import { FOOTNOTE_CHAR, REFERENCE_CHAR } from './suggestionsReply.ts';

/** A paragraph or Pasal heading of a Pasal, and where it sits in it (child indexes). */
export interface Block {
  node: PMJSON;
  path: number[];
}

/** A paragraph as the other party means it: file paragraphs whose marks they deleted run on into one. */
export interface TheirsParagraph {
  text: string;
  paragraphs: ReplyParagraph[];
  formats: ReplyFormat[];
}

/** The nodes a Pasal's numbered items are: an ayat, a letter. */
export const ITEMS = new Set<string>([NODE.ayatItem, NODE.letterItem]);

/** The text blocks of a Pasal in the order the export prints them (an empty heading is not printed). */
export function blocksOf(clause: PMJSON): Block[] {
  const out: Block[] = [];
  const walk = (node: PMJSON, path: number[]) => {
    if (node.type === NODE.paragraph || node.type === NODE.clauseHeading) {
      if (node.type === NODE.clauseHeading && !textOf(node).trim()) return;
      out.push({ node, path });
      return;
    }
    (node.content ?? []).forEach((child, i) => {
      walk(child, [...path, i]);
    });
  };
  walk(clause, []);
  return out;
}

/** Whether `node` holds a suggestion still pending (a mark or a block's). */
export const hasSuggestions = (node: PMJSON): boolean =>
  (node.marks ?? []).some((m) => isSuggestionMark(m.type)) ||
  !!node.attrs?.suggestion ||
  (node.content ?? []).some(hasSuggestions);

/** The block's content with its pending suggestions accepted: what the other party read in Word. */
export function accepted(node: PMJSON): PMJSON {
  return {
    ...node,
    content: (node.content ?? []).filter((n) => !(n.marks ?? []).some((m) => m.type === MARK.deletion)),
  };
}

/** The file's paragraphs as the other party means them, and as they were before their tracked changes. */
export function theirsParagraphs(paragraphs: ReplyParagraph[]): {
  theirs: TheirsParagraph[];
  before: string[];
} {
  const theirs: TheirsParagraph[] = [];
  let open: TheirsParagraph | null = null;
  for (const p of paragraphs) {
    open ??= { text: '', paragraphs: [], formats: [] };
    // A paragraph with a revision the import cannot take is left as it was (and reported).
    const kept = p.unsupported.length > 0;
    const at = open.text.length;
    if (!kept) for (const f of p.formats) open.formats.push({ ...f, from: f.from + at, to: f.to + at });
    open.text += (kept ? p.base : p.theirs).replace(/\t/g, ' ');
    open.paragraphs.push(p);
    if (kept || !p.markDeleted) {
      theirs.push(open);
      open = null;
    }
  }
  // The Pasal's last paragraphs, deleted with their marks, run on into the next Pasal's line.
  if (open?.text) theirs.push(open);
  const before: string[] = [];
  let run = '';
  for (const p of paragraphs) {
    run += p.base.replace(/\t/g, ' ');
    if (p.unsupported.length > 0 || !p.markInserted) {
      before.push(run);
      run = '';
    }
  }
  if (run) before.push(run);
  return { theirs, before };
}

/** Who made a file paragraph's first change, as Word names them. */
export const authorOf = (p: ReplyParagraph) => p.revisions[0]?.author || p.markAuthor || '';

/** Everyone whose change shows in `ts`: revisions, paragraph marks, formatting. */
export function authorsOf(ts: TheirsParagraph[]): string[] {
  const names = ts.flatMap((t) =>
    t.paragraphs.flatMap((p) => [
      ...p.revisions.map((r) => r.author),
      p.markAuthor,
      ...p.formats.map((f) => f.changedBy ?? ''),
    ]),
  );
  return [...new Set(names.filter(Boolean))];
}

/** The node at child-index `path` under `root`. */
export const nodeAtPath = (root: PMJSON, path: number[]) => path.reduce((n, i) => n.content![i]!, root);

/** Report text: a cross-reference's number and a footnote mark shown as what they are. */
export function readable(s: string): string {
  return s
    .replaceAll(REFERENCE_CHAR, '…')
    .replaceAll(FOOTNOTE_CHAR, '*')
    .replaceAll(PARAGRAPH, ' ¶ ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The whole numbers from `from` to `to`, both included. */
export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
