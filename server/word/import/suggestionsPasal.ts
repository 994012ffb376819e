import type {
  ImportApplied,
  ImportConflict,
  ImportUnsupported,
  ReplyParagraph,
} from '../../../shared/api/suggestionImport.ts';
import type { DocumentOutline, PMJSON } from '../../../shared/clauses.ts';
import { paragraphDiff } from './suggestionsDiff.ts';
import { authorOf, readable } from './suggestionsPasalBlocks.ts';
import { pasalMerge } from './suggestionsPasalContext.ts';
import { writeHunk } from './suggestionsPasalEdits.ts';
import { writeFormatChanges } from './suggestionsPasalFormat.ts';
import { unsupportedItem } from './suggestionsUnsupported.ts';
import type { SuggestionWriter } from './suggestionsWriter.ts';

/**
 * One Pasal of a Word reply merged into the live document: the Pasal's paragraphs as the
 * version has them and as the file reads are compared as one text with a mark at each
 * paragraph's end (`suggestionsDiff.ts`), and each difference is written as the suggestion the
 * editor's suggestion mode would make of it: words inserted or deleted, a paragraph split or
 * joined, a paragraph, ayat or letter added or removed whole (`suggestionsPasalEdits.ts`), bold,
 * italic or underline changed (`suggestionsPasalFormat.ts`). A difference touching a paragraph
 * the live document changed since the version is a conflict (`suggestionsPasalContext.ts`).
 */

/** What a Pasal's merge adds to the import's report. */
export interface PasalReport {
  applied: ImportApplied[];
  conflicts: ImportConflict[];
  unsupported: ImportUnsupported[];
}

/** The Pasal to merge: as the version has it, as it lives now (its index in the live body), and the file's paragraphs of it. */
export interface PasalInput {
  pasal: number;
  clauseId: string;
  base: PMJSON;
  baseOutline: DocumentOutline;
  live: { node: PMJSON; index: number; outline: DocumentOutline } | null;
  paragraphs: ReplyParagraph[];
}

/** Merges one Pasal of the reply into the writer's body (see the module comment). */
export function mergePasal(input: PasalInput, writer: SuggestionWriter, report: PasalReport): void {
  for (const p of input.paragraphs) {
    const kinds = [...new Set(p.unsupported.map((u) => u.kind))];
    for (const kind of kinds) {
      const u = p.unsupported.find((x) => x.kind === kind)!;
      report.unsupported.push(
        unsupportedItem(kind, input.pasal, readable(p.theirs || p.base), u.author || authorOf(p)),
      );
    }
  }
  const m = pasalMerge(input, writer, report);
  const { hunks, shared } = paragraphDiff(
    m.base.map((b) => b.text),
    m.theirs.map((t) => t.text),
  );
  for (const h of hunks) writeHunk(m, h);
  writeFormatChanges(m, shared);
}
