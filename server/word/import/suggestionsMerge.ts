import type {
  ImportApplied,
  ImportConflict,
  ImportUnsupported,
  ReplyParagraph,
  UnsupportedKind,
} from '../../../shared/api/suggestionImport.ts';
import {
  canonicalClause,
  clauseNodes,
  type DocumentOutline,
  outlineOf,
  type PMJSON,
  textOf,
} from '../../../shared/clauses.ts';
import { MARK, NODE } from '../../../shared/schema/names.ts';
import { isSuggestionMark, type SuggestionStamp } from '../../../shared/suggestions/index.ts';
import { inlineUnits, normalText, suggestDifference, unitsText } from './suggestionsInline.ts';
import { FOOTNOTE_CHAR, REFERENCE_CHAR } from './suggestionsReply.ts';

/**
 * The three-way merge of a Word reply: base = the version the file answers, theirs = the file
 * with its revisions accepted, ours = the live document. A paragraph theirs changed and ours
 * did not becomes suggestions; one both changed is a conflict; what cannot be a suggestion is
 * listed as unsupported. Pure: the live document is changed by the caller.
 */

export interface MergeResult {
  /** The live Pasal to write, by id, each with the suggestions merged in. */
  clauses: Map<string, PMJSON>;
  applied: ImportApplied[];
  conflicts: ImportConflict[];
  unsupported: ImportUnsupported[];
}

/** A paragraph or Pasal heading of a Pasal, and where it sits in it. */
interface Block {
  node: PMJSON;
  path: number[];
}

const PASAL_LINE = /^Pasal (\d+)$/;
const BAB_LINE = /^BAB [IVXLCDM]+$/;

/** The text blocks of a Pasal in the order the export prints them (an empty heading is not printed). */
function blocksOf(clause: PMJSON): Block[] {
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

const hasSuggestions = (node: PMJSON): boolean =>
  (node.marks ?? []).some((m) => isSuggestionMark(m.type)) ||
  !!node.attrs?.suggestion ||
  (node.content ?? []).some(hasSuggestions);

/** The block's text with its pending suggestions accepted: what the other party read in Word. */
function acceptedText(node: PMJSON, outline: DocumentOutline, clauseId: string): string {
  const kept = {
    ...node,
    content: (node.content ?? []).filter((n) => !(n.marks ?? []).some((m) => m.type === MARK.deletion)),
  };
  return unitsText(inlineUnits(kept, outline, clauseId));
}

/**
 * Pairs two lists in order: equal items (by `same`) by their longest common subsequence, and
 * the items between two such pairs one to one when both sides have as many; the rest unpaired.
 */
export function align<A, B>(a: A[], b: B[], same: (x: A, y: B) => boolean): [A | null, B | null][] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = same(a[i]!, b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: [A | null, B | null][] = [];
  let gapA: A[] = [];
  let gapB: B[] = [];
  const flush = () => {
    if (gapA.length === gapB.length)
      gapA.forEach((x, k) => {
        out.push([x, gapB[k]!]);
      });
    else {
      for (const x of gapA) out.push([x, null]);
      for (const y of gapB) out.push([null, y]);
    }
    gapA = [];
    gapB = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(a[i]!, b[j]!)) {
      flush();
      out.push([a[i]!, b[j]!]);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) gapA.push(a[i++]!);
    else gapB.push(b[j++]!);
  }
  flush();
  return out;
}

interface Section {
  number: number;
  paragraphs: ReplyParagraph[];
}

/** Splits the file at its "Pasal N" lines; what lies outside every Pasal is reported if it was revised. */
function sectionsOf(paragraphs: ReplyParagraph[], report: (u: ImportUnsupported) => void): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  let added: Section | null = null;
  for (const p of paragraphs) {
    const base = normalText(p.base);
    const theirs = normalText(p.theirs);
    const pasal = PASAL_LINE.exec(base);
    if (pasal) {
      current = { number: Number(pasal[1]), paragraphs: [] };
      sections.push(current);
      added = null;
      if (!PASAL_LINE.test(theirs)) {
        report({ pasal: current.number, kind: 'pasalRemoved', text: base, author: authorOf(p) });
        current = null;
      }
      continue;
    }
    if (PASAL_LINE.test(theirs)) {
      added = { number: 0, paragraphs: [] };
      report({ pasal: null, kind: 'pasalAdded', text: theirs, author: authorOf(p) });
      current = null;
      continue;
    }
    if (BAB_LINE.test(base)) {
      current = null;
      added = null;
    }
    if (current) current.paragraphs.push(p);
    else if (!added && (p.revisions.length || p.unsupported.length)) {
      report({ pasal: null, kind: 'outsidePasal', text: theirs || base, author: authorOf(p) });
    }
  }
  return sections;
}

const authorOf = (p: ReplyParagraph) =>
  p.revisions[0]?.author ?? p.unsupported.find((u) => u.author)?.author ?? '';

/**
 * Merges a reply's paragraphs (see the module comment). `newStamp` gives each suggestion its
 * stamp: the importing member's party and user, a fresh id.
 */
export function mergeReply(
  baseBody: PMJSON,
  liveBody: PMJSON,
  paragraphs: ReplyParagraph[],
  newStamp: () => SuggestionStamp,
): MergeResult {
  const result: MergeResult = { clauses: new Map(), applied: [], conflicts: [], unsupported: [] };
  const report = (u: ImportUnsupported) => result.unsupported.push(u);
  const sections = sectionsOf(paragraphs, report);
  const baseOutline = outlineOf(baseBody);
  const liveOutline = outlineOf(liveBody);
  const baseClauses = clauseNodes(baseBody);
  const liveClauses = clauseNodes(liveBody);
  const seen = new Set<number>();
  const last = sections[sections.length - 1];

  for (const section of sections) {
    seen.add(section.number);
    const outline = baseOutline.clauses[section.number - 1];
    const baseClause = outline && baseClauses.get(outline.id);
    if (!outline || !baseClause) {
      const text = section.paragraphs.map((p) => normalText(p.theirs)).join('\n');
      report({ pasal: section.number, kind: 'pasalAdded', text, author: '' });
      continue;
    }
    const pasal = section.number;
    const clauseId = outline.id;
    const liveClause = liveClauses.get(clauseId);
    const liveCopy: PMJSON | null = liveClause ? structuredClone(liveClause) : null;
    const baseBlocks = blocksOf(baseClause).map((b) => ({
      ...b,
      text: unitsText(inlineUnits(b.node, baseOutline, clauseId)),
      accepted: acceptedText(b.node, baseOutline, clauseId),
    }));
    const liveBlocks = liveClause ? blocksOf(liveClause) : [];
    const key = (b: Block) => JSON.stringify(canonicalClause(b.node));
    const liveOf = new Map(
      align(baseBlocks, liveBlocks, (x, y) => key(x) === key(y)).filter(([x]) => x) as [
        Block,
        Block | null,
      ][],
    );
    const pairs = align(baseBlocks, section.paragraphs, (b, p) => {
      const t = normalText(b.accepted);
      return (
        normalText(p.base) === normalText(b.text) || normalText(p.theirs) === t || normalText(p.base) === t
      );
    });
    let changed = false;
    for (const [b, p] of pairs) {
      if (!p) {
        if (b) report({ pasal, kind: 'paragraphRemoved', text: normalText(b.accepted), author: '' });
        continue;
      }
      const author = authorOf(p);
      if (!b) {
        // After the last Pasal come the closing and the signatures: not a paragraph of it.
        const kind: UnsupportedKind = section === last ? 'outsidePasal' : 'paragraphAdded';
        if (normalText(p.theirs) && (kind === 'paragraphAdded' || p.revisions.length))
          report({ pasal: kind === 'outsidePasal' ? null : pasal, kind, text: normalText(p.theirs), author });
        continue;
      }
      const theirs = p.theirs.replace(/\t/g, ' ');
      if (p.unsupported.length) {
        for (const u of uniqueKinds(p.unsupported))
          report({ pasal, kind: u.kind, text: normalText(p.theirs), author: u.author || author });
        continue;
      }
      if (normalText(theirs) === normalText(b.accepted)) continue;
      if (p.markInserted || p.markDeleted) {
        report({ pasal, kind: 'paragraphMark', text: normalText(p.theirs), author });
        continue;
      }
      if (hasSuggestions(b.node)) {
        report({ pasal, kind: 'pendingSuggestions', text: normalText(p.theirs), author });
        continue;
      }
      const live = liveOf.get(b) ?? null;
      const units = live ? inlineUnits(live.node, liveOutline, clauseId) : [];
      // Ours changed the paragraph (or a reference in it now reads otherwise): theirs is not merged.
      if (!live || !liveCopy || key(live) !== key(b) || unitsText(units) !== b.text) {
        const ours = readable(unitsText(units));
        result.conflicts.push({
          pasal,
          clauseId,
          base: readable(b.text),
          theirs: readable(normalText(theirs)),
          ours,
        });
        continue;
      }
      const merged = suggestDifference(units, theirs, newStamp);
      if (!merged.ok) {
        report({ pasal, kind: 'reference', text: normalText(p.theirs), author });
        continue;
      }
      if (!merged.stamps.length) continue;
      setContent(liveCopy, live.path, merged.content);
      changed = true;
      result.applied.push({
        pasal,
        clauseId,
        base: readable(b.text),
        theirs: readable(normalText(theirs)),
        suggestionIds: merged.stamps,
        changes: merged.changes.map((c) => ({ removed: readable(c.removed), added: readable(c.added) })),
        wordAuthors: [...new Set(p.revisions.map((r) => r.author).filter(Boolean))],
        tracked: normalText(p.base) === normalText(b.accepted),
      });
    }
    if (changed && liveCopy) result.clauses.set(clauseId, liveCopy);
  }
  for (const c of baseOutline.clauses) {
    if (!seen.has(c.number) && sections.length)
      report({ pasal: c.number, kind: 'pasalRemoved', text: c.heading, author: '' });
  }
  return result;
}

function uniqueKinds<T extends { kind: UnsupportedKind }>(items: T[]): T[] {
  return items.filter((u, i) => items.findIndex((v) => v.kind === u.kind) === i);
}

/** Report text: a cross-reference's number and a footnote mark shown as what they are. */
function readable(s: string): string {
  return s.replaceAll(REFERENCE_CHAR, '…').replaceAll(FOOTNOTE_CHAR, '*');
}

function setContent(clause: PMJSON, path: number[], content: PMJSON[]) {
  let node = clause;
  for (const i of path) node = node.content![i]!;
  node.content = content;
}
