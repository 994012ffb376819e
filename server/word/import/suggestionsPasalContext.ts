import type { AppliedKind, UnsupportedKind } from '../../../shared/api/suggestionImport.ts';
import { canonicalClause, type PMJSON } from '../../../shared/clauses.ts';
import { newId } from '../../../shared/ids.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { FORMAT_MARKS } from '../../../shared/suggestions/index.ts';
import { align, locate, PARAGRAPH } from './suggestionsDiff.ts';
import { inlineUnits, normalText, unitsText } from './suggestionsInline.ts';
import type { PasalInput, PasalReport } from './suggestionsPasal.ts';
import {
  accepted,
  authorsOf,
  type Block,
  blocksOf,
  hasSuggestions,
  ITEMS,
  nodeAtPath,
  readable,
  type TheirsParagraph,
  theirsParagraphs,
} from './suggestionsPasalBlocks.ts';
import { unsupportedItem } from './suggestionsUnsupported.ts';
import { nodeAt, type SuggestionWriter } from './suggestionsWriter.ts';

/** A version block with its text as the other party read it, and whether a suggestion is pending in it. */
interface BaseBlock extends Block {
  text: string;
  pending: boolean;
}

/**
 * One Pasal's merge under way: the version's blocks and the file's paragraphs compared as one
 * text each (`lengths` and `theirsLengths` locate an offset in them), the live Pasal's blocks
 * paired with the version's, and where the changes and the report are written.
 */
export interface PasalMerge {
  input: PasalInput;
  writer: SuggestionWriter;
  report: PasalReport;
  base: BaseBlock[];
  theirs: TheirsParagraph[];
  /** The file, its revisions rejected, reads as the version did. */
  before: string[];
  lengths: number[];
  theirsLengths: number[];
  tracked: boolean;
  /** Version block index → the live block paired with it. */
  liveOf: Map<number, Block>;
}

const blockKey = (b: Block) => JSON.stringify(canonicalClause(b.node));

/** The merge of `input` set up: the version's and the file's texts and the live Pasal paired with the version. */
export function pasalMerge(input: PasalInput, writer: SuggestionWriter, report: PasalReport): PasalMerge {
  const base = blocksOf(input.base).map((b) => {
    const units = inlineUnits(accepted(b.node), input.baseOutline, input.clauseId);
    return { ...b, text: unitsText(units), pending: hasSuggestions(b.node) };
  });
  const { theirs, before } = theirsParagraphs(input.paragraphs);
  const baseTexts = base.map((b) => b.text);
  const liveBlocks = input.live ? blocksOf(input.live.node) : [];
  const liveOf = new Map<number, Block>();
  // The live Pasal's blocks in the version's order: equal ones pair, and changed ones between
  // them one to one (a conflict when a change touches them).
  for (const [b, l] of align(base, liveBlocks, (x, y) => blockKey(x) === blockKey(y)))
    if (b && l) liveOf.set(base.indexOf(b), l);
  return {
    input,
    writer,
    report,
    base,
    theirs,
    before,
    lengths: baseTexts.map((t) => t.length),
    theirsLengths: theirs.map((t) => t.text.length),
    tracked: before.map(normalText).join(PARAGRAPH) === baseTexts.map(normalText).join(PARAGRAPH),
    liveOf,
  };
}

/** The live block paired with version block `k`, with its text units and positions, or null (conflict). */
export function liveBlock(m: PasalMerge, k: number) {
  const block = m.liveOf.get(k);
  const { live, clauseId } = m.input;
  if (!block || !live) return null;
  const units = inlineUnits(block.node, live.outline, clauseId);
  if (blockKey(block) !== blockKey(m.base[k]!) || unitsText(units) !== m.base[k]!.text) return null;
  const at = nodeAt(m.writer.original, [live.index, ...block.path]);
  return { block, units, at };
}

/** The file's paragraphs that hold offsets `from` to `to` of its text. */
export function theirsAround(m: PasalMerge, from: number, to: number): TheirsParagraph[] {
  const a = locate(m.theirsLengths, from).index;
  const b = locate(m.theirsLengths, to).index;
  return m.theirs.slice(a, b + 1);
}

/** Reports a change of `ts` the import does not take. */
export function unsupported(m: PasalMerge, kind: UnsupportedKind, text: string, ts: TheirsParagraph[]): void {
  m.report.unsupported.push(unsupportedItem(kind, m.input.pasal, readable(text), authorsOf(ts)[0] ?? ''));
}

/** The text of `ts` as one string, paragraphs marked. */
export const joined = (ts: TheirsParagraph[]) => ts.map((t) => t.text).join(PARAGRAPH);

/**
 * Whether version blocks `ks` may take a change: none holds a pending suggestion (reported),
 * each is in the live Pasal as it was in the version (else a conflict is reported).
 */
export function ready(m: PasalMerge, ks: number[], theirsText: string, ts: TheirsParagraph[]): boolean {
  const { pasal, clauseId, live } = m.input;
  if (ks.some((k) => m.base[k]!.pending)) {
    unsupported(m, 'pendingSuggestions', theirsText, ts);
    return false;
  }
  if (ks.every((k) => liveBlock(m, k))) return true;
  const baseText = readable(ks.map((k) => m.base[k]!.text).join(PARAGRAPH));
  if (m.report.conflicts.some((c) => c.clauseId === clauseId && c.base === baseText)) return false;
  const ours = ks.map((k) => {
    const block = m.liveOf.get(k);
    return block && live ? unitsText(inlineUnits(block.node, live.outline, clauseId)) : '';
  });
  m.report.conflicts.push({
    pasal,
    clauseId,
    base: baseText,
    theirs: readable(theirsText),
    ours: readable(ours.join(PARAGRAPH)),
  });
  return false;
}

/** Reports a change written as suggestions `ids`; a paragraph's word changes are one entry. */
export function applied(
  m: PasalMerge,
  kind: AppliedKind,
  ks: number[],
  ts: TheirsParagraph[],
  ids: string[],
  changes: { removed: string; added: string }[],
  wasTracked = m.tracked,
): void {
  const { pasal, clauseId } = m.input;
  const previous = m.report.applied[m.report.applied.length - 1];
  const baseText = readable(ks.map((k) => m.base[k]!.text).join(PARAGRAPH));
  // What the file reads there: nothing for a removed block, the new text alone for a new one.
  const theirsText =
    kind === 'delete'
      ? ''
      : readable(kind === 'insert' ? changes.map((c) => c.added).join(PARAGRAPH) : joined(ts));
  const readableChanges = changes.map((c) => ({ removed: readable(c.removed), added: readable(c.added) }));
  if (
    kind === 'text' &&
    previous?.kind === 'text' &&
    previous.clauseId === clauseId &&
    previous.base === baseText
  ) {
    previous.suggestionIds.push(...ids);
    previous.changes.push(...readableChanges);
    return;
  }
  m.report.applied.push({
    kind,
    pasal,
    clauseId,
    base: baseText,
    theirs: theirsText,
    suggestionIds: ids,
    changes: readableChanges,
    wordAuthors: authorsOf(ts),
    tracked: wasTracked,
  });
}

/** The position in the live body of offset `o` of version block `k`'s text; null inside a reference. */
export function positionOf(m: PasalMerge, k: number, o: number): number | null {
  const found = liveBlock(m, k);
  if (!found) return null;
  let acc = 0;
  for (let i = 0; i < found.units.length; i++) {
    if (acc === o) return found.at.pos + 1 + i;
    acc += found.units[i]!.text.length;
    if (acc > o) return null;
  }
  return acc === o ? found.at.pos + 1 + found.units.length : null;
}

/** The formatting of the text just before offset `o` of block `k`: what inserted words take. */
function formattingBefore(m: PasalMerge, k: number, o: number): string[] {
  const units = liveBlock(m, k)?.units ?? [];
  let acc = 0;
  let marks: string[] = [];
  for (const u of units) {
    if (acc >= o) break;
    acc += u.text.length;
    if (u.node.type === NODE.text)
      marks = (u.node.marks ?? []).map((x) => x.type).filter((x) => FORMAT_MARKS.includes(x));
  }
  return marks;
}

/** Words to insert at offset `o` of block `k`, formatted as the text before them. */
export function textNode(m: PasalMerge, k: number, o: number, text: string) {
  const schema = m.writer.original.type.schema;
  return schema.text(
    text,
    formattingBefore(m, k, o).map((x) => schema.marks[x]!.create()),
  );
}

export const isHeading = (m: PasalMerge, k: number) => m.base[k]!.node.type === NODE.clauseHeading;

/** The node a new paragraph next to block `k` becomes: an ayat or letter beside k's item, or a paragraph. */
export function blockLike(m: PasalMerge, k: number, text: string): PMJSON {
  const path = m.base[k]!.path;
  const parent = nodeAtPath(m.input.base, path.slice(0, -1));
  const paragraph: PMJSON = { type: NODE.paragraph, content: [{ type: NODE.text, text }] };
  if (!ITEMS.has(parent.type)) return paragraph;
  return {
    type: parent.type,
    ...(parent.type === NODE.ayatItem ? { attrs: { id: newId() } } : {}),
    content: [paragraph],
  };
}

/** Version block `k`'s text unit at offset `o` when it is one character long (a letter, not a reference), else null. */
export function unitAt(m: PasalMerge, k: number, o: number) {
  const units = inlineUnits(accepted(m.base[k]!.node), m.input.baseOutline, m.input.clauseId);
  let acc = 0;
  for (const u of units) {
    if (acc === o && u.text.length === 1) return u;
    acc += u.text.length;
    if (acc > o) return null;
  }
  return null;
}
