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
import { align, PARAGRAPH } from './suggestionsDiff.ts';
import { inlineUnits, normalText, unitsText } from './suggestionsInline.ts';
import { blocksOf, mergePasal, type PasalReport, readable } from './suggestionsPasal.ts';
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
      if (revised(p))
        report({ pasal: null, kind: 'outsidePasal', text: theirs || base, author: authorOf(p) });
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

  for (const [section, outline] of pairs) {
    if (!section && outline && sections.length) {
      removePasal(outline.id, outline.number, []);
      continue;
    }
    if (!section || !outline) continue;
    previous = outline.id;
    // Numbered as in the version: Word may have renumbered the file's "Pasal N" fields or not.
    if (section.removed) {
      if (section.paragraphs.every((p) => !p.theirs.trim()))
        removePasal(outline.id, outline.number, section.paragraphs);
      else
        report.unsupported.push({
          pasal: outline.number,
          kind: 'pasalRemoved',
          text: outline.heading,
          author: '',
        });
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
      report.unsupported.push({ pasal, kind: 'pasalRemoved', text: heading, author: '' });
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

  function addPasal(section: Section, after: string | null) {
    const texts = section.paragraphs.map((p) => normalText(p.theirs)).filter(Boolean);
    const text = texts.join('\n');
    const at = after === null ? undefined : liveIndex.get(after);
    if (!texts.length || at === undefined) {
      report.unsupported.push({ pasal: section.number, kind: 'pasalAdded', text, author: '' });
      return;
    }
    const { pos, node } = nodeAt(writer.original, [at]);
    const clauseId = newId();
    const paragraph = (t: string): PMJSON => ({
      type: NODE.paragraph,
      content: [{ type: NODE.text, text: t }],
    });
    const clause = writer.original.type.schema.nodeFromJSON({
      type: NODE.clause,
      attrs: { id: clauseId },
      content: [
        { type: NODE.clauseHeading, content: [{ type: NODE.text, text: texts[0]! }] },
        ...texts.slice(1).map(paragraph),
      ],
    });
    const ids = writer.suggest((tr, map) => {
      tr.insert(map(pos + node.nodeSize, 1), clause);
    });
    if (ids === null) {
      report.unsupported.push({ pasal: section.number, kind: 'pasalAdded', text, author: '' });
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
