import type {
  ImportApplied,
  ImportConflict,
  ImportUnsupported,
  ReplyParagraph,
} from '../../../shared/api/suggestionImport.ts';
import { canonicalClause, clauseNodes, outlineOf, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { newId } from '../../../shared/ids.ts';
import { NODE } from '../../../shared/schema/names.ts';
import type { SuggestionAuthor } from '../../../shared/suggestions/engine/index.ts';
import { acceptAll } from '../../../shared/suggestions/index.ts';
import { align, PARAGRAPH } from './suggestionsDiff.ts';
import { inlineUnits, normalText, unitsText } from './suggestionsInline.ts';
import { movedBlocks, newPasalContent } from './suggestionsNewPasal.ts';
import { mergePasal, type PasalReport } from './suggestionsPasal.ts';
import { blocksOf, hasSuggestions, readable } from './suggestionsPasalBlocks.ts';
import { FOOTNOTE_CHAR, REFERENCE_CHAR } from './suggestionsReply.ts';
import { unsupportedItem } from './suggestionsUnsupported.ts';
import { nodeAt, SuggestionWriter } from './suggestionsWriter.ts';

/**
 * The three-way merge of a Word reply: base = the version the file answers, theirs = the file
 * with its revisions accepted, ours = the live document. What theirs changed and ours did not
 * becomes suggestions, made as the editor's suggestion mode makes them (`suggestionsPasal.ts`):
 * words, formatting, paragraphs split, joined, added or removed, and whole Pasal added or
 * removed. What both changed is a conflict; what cannot be a suggestion is listed as
 * unsupported. Pure: the live document is changed by the caller.
 */

export interface MergeResult {
  /** The live body with the suggestions written, or null when nothing was. */
  body: PMJSON | null;
  applied: ImportApplied[];
  conflicts: ImportConflict[];
  unsupported: ImportUnsupported[];
}

const PASAL_LINE = /^Pasal (\d+)$/;
const BAB_LINE = /^BAB [IVXLCDM]+$/;

interface Section {
  number: number;
  /** The paragraphs after its "Pasal N" line. */
  paragraphs: ReplyParagraph[];
  /** Its "Pasal N" line is new in the file (a Pasal they added, tracked). */
  added: boolean;
  /** Its "Pasal N" line is deleted in the file (tracked). */
  removed: boolean;
  /** The "Pasal N" line itself. */
  line: ReplyParagraph;
}

const revised = (p: ReplyParagraph) =>
  p.revisions.length > 0 || p.unsupported.length > 0 || p.markInserted || p.markDeleted;

/**
 * Splits the file at its "Pasal N" lines, up to the closing (`closing`, the version's first
 * closing paragraph); what lies outside every Pasal is reported if it was revised.
 */
function sectionsOf(
  paragraphs: ReplyParagraph[],
  closing: string,
  report: (u: ImportUnsupported) => void,
): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  let ended = false;
  for (const p of paragraphs) {
    const base = normalText(p.base);
    const theirs = normalText(p.theirs);
    const outside = () => {
      if (revised(p)) report(unsupportedItem('outsidePasal', null, theirs || base, authorOf(p)));
    };
    if (ended || (closing && base === closing && sections.length)) {
      ended = true;
      current = null;
      outside();
      continue;
    }
    const line = PASAL_LINE.exec(base) ?? PASAL_LINE.exec(theirs);
    if (line) {
      const added = !PASAL_LINE.test(base);
      current = {
        number: Number(line[1]),
        paragraphs: [],
        added,
        removed: !added && !PASAL_LINE.test(theirs),
        line: p,
      };
      sections.push(current);
      continue;
    }
    if (BAB_LINE.test(base) || BAB_LINE.test(theirs)) current = null;
    if (current) current.paragraphs.push(p);
    else outside();
  }
  return sections;
}

const authorOf = (p: ReplyParagraph) =>
  p.revisions[0]?.author || p.markAuthor || p.unsupported.find((u) => u.author)?.author || '';

/**
 * Merges a reply's paragraphs (see the module comment) into the live body, as suggestions by
 * `author` made at `ts`.
 */
export function mergeReply(
  baseBody: PMJSON,
  liveBody: PMJSON,
  paragraphs: ReplyParagraph[],
  author: SuggestionAuthor,
  ts: string,
): MergeResult {
  const report: PasalReport = { applied: [], conflicts: [], unsupported: [] };
  const closingNode = (baseBody.content ?? []).find((n) => n.type === NODE.closing);
  const closing = closingNode ? normalText(textOf(blocksOf(closingNode)[0]?.node ?? closingNode)) : '';
  const sections = sectionsOf(paragraphs, closing, (u) => report.unsupported.push(u));
  const baseOutline = outlineOf(baseBody);
  const liveOutline = outlineOf(liveBody);
  const baseClauses = clauseNodes(baseBody);
  const liveIndex = new Map((liveBody.content ?? []).map((n, i) => [String(n.attrs?.id ?? ''), i]));
  const writer = new SuggestionWriter(liveBody, author, ts);
  const clausesOfFile = sections.filter((s) => !s.added);
  // By heading (a Pasal's number in the file is a field Word may or may not have updated), by number when it has none.
  const headingOf = (t: string) => normalText(t).toLocaleUpperCase('id');
  const pairs = align(clausesOfFile, baseOutline.clauses, (s, c) =>
    c.heading.trim()
      ? headingOf(s.paragraphs[0]?.base ?? '') === headingOf(c.heading)
      : s.number === c.number,
  );
  const paired = new Map<Section, string>();
  for (const [s, c] of pairs) if (s && c) paired.set(s, c.id);
  /** The live clause each section's new Pasal follows: the Pasal before it in the file. */
  let previous: string | null = null;
  const absorbed = absorbedUntracked(pairs);

  for (const [section, outline] of pairs) {
    if (!section && outline && sections.length) {
      const lines = absorbed.get(outline.id);
      if (lines) absorbPasal(outline.id, outline.number, lines, false);
      else removePasal(outline.id, outline.number, []);
      continue;
    }
    if (!section || !outline) continue;
    previous = outline.id;
    // Numbered as in the version: Word may have renumbered the file's "Pasal N" fields or not.
    if (section.removed) {
      if (section.paragraphs.every((p) => !p.theirs.trim()))
        removePasal(outline.id, outline.number, section.paragraphs);
      else absorbPasal(outline.id, outline.number, [section.line, ...section.paragraphs], true);
      continue;
    }
    const at = liveIndex.get(outline.id);
    const live = at === undefined ? null : (liveBody.content?.[at] ?? null);
    mergePasal(
      {
        pasal: outline.number,
        clauseId: outline.id,
        base: baseClauses.get(outline.id)!,
        baseOutline,
        live: live && at !== undefined ? { node: live, index: at, outline: liveOutline } : null,
        paragraphs: section.paragraphs,
      },
      writer,
      report,
    );
  }
  // New Pasal, after the Pasal before them in the file.
  previous = null;
  for (const section of sections) {
    const id = paired.get(section);
    if (id) previous = id;
    else if (section.added || !id) addPasal(section, previous);
  }

  function removePasal(clauseId: string, pasal: number, lines: ReplyParagraph[]) {
    const at = liveIndex.get(clauseId);
    const base = baseClauses.get(clauseId)!;
    const live = at === undefined ? null : liveBody.content?.[at];
    const heading = textOf(base.content?.[0] ?? base);
    if (!live || JSON.stringify(canonicalClause(live)) !== JSON.stringify(canonicalClause(base))) {
      report.conflicts.push({
        pasal,
        clauseId,
        base: readable(textOf(base)),
        theirs: '',
        ours: live ? readable(textOf(live)) : '',
      });
      return;
    }
    const { pos, node } = nodeAt(writer.original, [at!]);
    const ids = writer.suggest((tr, map) => {
      tr.delete(map(pos, 1), map(pos + node.nodeSize, -1));
    });
    if (ids === null) {
      report.unsupported.push(unsupportedItem('pasalRemoved', pasal, heading, ''));
      return;
    }
    report.applied.push({
      kind: 'delete',
      pasal,
      clauseId,
      base: readable(heading),
      theirs: '',
      suggestionIds: ids,
      changes: [
        {
          removed: readable(
            blocksOf(base)
              .map((b) => unitsText(inlineUnits(b.node, baseOutline, clauseId)))
              .join(PARAGRAPH),
          ),
          added: '',
        },
      ],
      wordAuthors: [...new Set(lines.map(authorOf).filter(Boolean))],
      tracked: lines.length > 0,
    });
  }

  /** A clause's lines as the file prints them (heading, then each paragraph), its suggestions accepted. */
  function printedLines(clauseId: string): string[] {
    const base = baseClauses.get(clauseId)!;
    return blocksOf(acceptAll(base))
      .map((b) => normalText(unitsText(inlineUnits(b.node, baseOutline, clauseId))))
      .filter(Boolean);
  }

  /**
   * Pasal whose "Pasal N" line was deleted with tracking off: no section of the file has
   * them, and the section of the Pasal before ends with their text, which Word now reads as
   * part of it. Those paragraphs are taken out of that section (so they are not read as new
   * paragraphs there) and answered by clause id.
   */
  function absorbedUntracked(sectionPairs: [Section | null, (typeof baseOutline.clauses)[number] | null][]) {
    const out = new Map<string, ReplyParagraph[]>();
    sectionPairs.forEach(([section, clause], i) => {
      if (section || !clause) return;
      const [before, previousClause] = sectionPairs[i - 1] ?? [null, null];
      const index = baseOutline.clauses.findIndex((c) => c.id === clause.id);
      if (!before || previousClause?.id !== baseOutline.clauses[index - 1]?.id) return;
      const lines = printedLines(clause.id);
      const kept = before.paragraphs.filter((p) => normalText(p.theirs));
      const tail = kept.slice(kept.length - lines.length);
      if (lines.length === 0 || kept.length <= lines.length) return;
      if (tail.some((p, k) => normalText(p.theirs) !== lines[k])) return;
      const from = before.paragraphs.indexOf(tail[0]!);
      out.set(clause.id, before.paragraphs.splice(from));
    });
    return out;
  }

  /**
   * A Pasal whose "Pasal N" line was deleted but whose heading and body were kept, so that
   * they read as part of the Pasal before: proposed as that Pasal's deletion and, in the same
   * change, its heading (as a paragraph) and body inserted at the end of the Pasal before. The
   * body is the version's own (references, ayat and letters kept) when the file left it as it
   * was, else the file's text laid out as a new Pasal's is. Reported, never half written,
   * when it cannot be: a reference typed, no Pasal just before it, pending suggestions.
   */
  function absorbPasal(clauseId: string, pasal: number, lines: ReplyParagraph[], tracked: boolean) {
    const at = liveIndex.get(clauseId);
    const base = baseClauses.get(clauseId)!;
    const live = at === undefined ? null : liveBody.content?.[at];
    const fileLines = lines.map((p) => normalText(p.theirs)).filter(Boolean);
    const authors = [...new Set(lines.map(authorOf).filter(Boolean))];
    const cannot = (kind: 'pasalRemoved' | 'pendingSuggestions' = 'pasalRemoved') =>
      report.unsupported.push(
        unsupportedItem(kind, pasal, readable(fileLines.join(PARAGRAPH)), authors[0] ?? ''),
      );
    if (!live || JSON.stringify(canonicalClause(live)) !== JSON.stringify(canonicalClause(base))) {
      report.conflicts.push({
        pasal,
        clauseId,
        base: readable(textOf(base)),
        theirs: readable(fileLines.join(PARAGRAPH)),
        ours: live ? readable(textOf(live)) : '',
      });
      return;
    }
    const previousNode = liveBody.content?.[at! - 1];
    if (previousNode?.type !== NODE.clause) return cannot();
    if (hasSuggestions(base)) return cannot('pendingSuggestions');
    const unchanged = fileLines.join('\n') === printedLines(clauseId).join('\n');
    if (!unchanged && fileLines.some((l) => l.includes(REFERENCE_CHAR) || l.includes(FOOTNOTE_CHAR)))
      return cannot();
    const [heading, ...body] = unchanged ? (base.content ?? []) : newPasalContent(lines);
    const blocks = movedBlocks(
      [...(heading && textOf(heading).trim() ? [{ ...heading, type: NODE.paragraph }] : []), ...body],
      clauseId,
      String(previousNode.attrs?.id ?? ''),
    );
    const schema = writer.original.type.schema;
    const { pos, node } = nodeAt(writer.original, [at!]);
    const previousAt = nodeAt(writer.original, [at! - 1]);
    const end = previousAt.pos + previousAt.node.nodeSize - 1;
    const ids = writer.suggest((tr, map) => {
      tr.delete(map(pos, 1), map(pos + node.nodeSize, -1));
      if (blocks.length)
        tr.insert(
          map(end, 1),
          blocks.map((b) => schema.nodeFromJSON(b)),
        );
    });
    if (ids === null) return cannot();
    const removed = readable(printedLines(clauseId).join(PARAGRAPH));
    const common = { suggestionIds: ids, wordAuthors: authors, tracked };
    report.applied.push(
      {
        kind: 'delete',
        pasal,
        clauseId,
        base: readable(textOf(base.content?.[0] ?? base)),
        theirs: '',
        changes: [{ removed, added: '' }],
        ...common,
      },
      {
        kind: 'insert',
        pasal: pasal - 1,
        clauseId: String(previousNode.attrs?.id ?? ''),
        base: '',
        theirs: readable(fileLines.join(PARAGRAPH)),
        changes: fileLines.map((added) => ({ removed: '', added: readable(added) })),
        ...common,
      },
    );
  }

  function addPasal(section: Section, after: string | null) {
    const texts = section.paragraphs.map((p) => normalText(p.theirs)).filter(Boolean);
    const text = texts.join('\n');
    const at = after === null ? undefined : liveIndex.get(after);
    if (!texts.length || at === undefined) {
      report.unsupported.push(unsupportedItem('pasalAdded', section.number, text, ''));
      return;
    }
    const { pos, node } = nodeAt(writer.original, [at]);
    const clauseId = newId();
    const clause = writer.original.type.schema.nodeFromJSON({
      type: NODE.clause,
      attrs: { id: clauseId },
      content: newPasalContent(section.paragraphs),
    });
    const ids = writer.suggest((tr, map) => {
      tr.insert(map(pos + node.nodeSize, 1), clause);
    });
    if (ids === null) {
      report.unsupported.push(unsupportedItem('pasalAdded', section.number, text, ''));
      return;
    }
    report.applied.push({
      kind: 'insert',
      pasal: section.number,
      clauseId,
      base: '',
      theirs: readable(texts.join(' ¶ ')),
      suggestionIds: ids,
      changes: texts.map((added) => ({ removed: '', added })),
      wordAuthors: [...new Set(section.paragraphs.map(authorOf).filter(Boolean))],
      tracked: section.added,
    });
  }

  const written = report.applied.length ? writer.body() : null;
  return { body: written, ...report };
}
