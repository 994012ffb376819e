import { z } from 'zod';

/**
 * The import of a Word reply (`POST /api/documents/:id/suggestions/import`): a .docx the other
 * party edited offline, read against the version it answers. What they changed becomes
 * suggestions in the live document; what cannot be merged is listed, never merged silently.
 */

/** Why a change in the file was not merged (listed in `unsupported`). */
export const UNSUPPORTED_KINDS = [
  /** Text moved with Word's "moved" revisions. */
  'move',
  /** A list's numbering changed. */
  'numbering',
  /** A paragraph's own properties (indent, alignment, style) changed. */
  'paragraphFormat',
  /** Run formatting changed where it cannot be suggested (text outside bold, italic, underline). */
  'formatting',
  /** Rows or cells inserted, deleted, merged, or a table's properties changed. */
  'table',
  /** A paragraph split or joined where that cannot be suggested (a Pasal heading, across a list). */
  'paragraphMark',
  /** A paragraph added where it cannot be suggested (before a Pasal heading, inside a split). */
  'paragraphAdded',
  /** A paragraph of the version missing from the file that cannot be proposed for removal (a heading). */
  'paragraphRemoved',
  /** A Pasal the version lacks that cannot be proposed (nothing in it, or no Pasal before it live). */
  'pasalAdded',
  /** A Pasal whose "Pasal N" line was deleted but not its text. */
  'pasalRemoved',
  /** A cross-reference or footnote typed or removed. */
  'reference',
  /** The paragraph holds suggestions still pending in the version: decide those in Sepakat first. */
  'pendingSuggestions',
  /** Outside every Pasal (opening, closing, signatures). */
  'outsidePasal',
] as const;
export const unsupportedKindSchema = z.enum(UNSUPPORTED_KINDS);
export type UnsupportedKind = z.infer<typeof unsupportedKindSchema>;

/** One revision of a paragraph in the file. */
export interface ReplyRevision {
  kind: 'ins' | 'del' | 'moveFrom' | 'moveTo';
  author: string;
  date: string;
  text: string;
}

/** A run of a paragraph's text (every revision accepted) with its bold, italic and underline. */
export interface ReplyFormat {
  /** Offsets in the paragraph's `theirs`, end excluded. */
  from: number;
  to: number;
  /** The formatting marks it shows (`bold`, `italic`, `underline`), sorted. */
  marks: string[];
  /** Author of a tracked formatting change (w:rPrChange) on the run; null when none. */
  changedBy: string | null;
}

/** A paragraph of the file: its text before and after the other party's revisions. */
export interface ReplyParagraph {
  /** Every revision rejected. */
  base: string;
  /** Every revision accepted: what the other party means. */
  theirs: string;
  /** Its paragraph mark is a tracked insertion (a split) or deletion (a join), by `markAuthor`. */
  markInserted: boolean;
  markDeleted: boolean;
  markAuthor: string;
  inTable: boolean;
  /** The Word list it is an item of, by its number format: "(1)" ayat, "a." letter, bullet; absent when none. */
  list?: 'ayat' | 'letter' | 'bullet';
  revisions: ReplyRevision[];
  /** The formatting of `theirs`, run by run. */
  formats: ReplyFormat[];
  unsupported: { kind: UnsupportedKind; author: string; date: string }[];
}

/** What an applied change proposes, as the editor's suggestion mode would. */
export const APPLIED_KINDS = [
  /** Words inserted or deleted (`insertion`, `deletion` marks). */
  'text',
  /** Bold, italic or underline changed (`formatChange` marks). */
  'format',
  /** A paragraph split in two (block suggestion `split`). */
  'split',
  /** A paragraph joined onto the one before (block suggestion `join`). */
  'join',
  /** A new paragraph, ayat, letter or Pasal (block suggestion `insert`). */
  'insert',
  /** A paragraph, ayat, letter or Pasal removed (block suggestion `delete`). */
  'delete',
] as const;
export type AppliedKind = (typeof APPLIED_KINDS)[number];

/** Multipart fields besides the file ("file"). */
export const suggestionImportFieldsSchema = z.object({
  /** The version (a round, usually) the file answers. */
  baseVersionId: z.string().min(1).max(64),
});

const pasal = z.number().int().nullable();

/** A change of the file that became suggestions: a paragraph's words or formatting, or a block. */
export const importAppliedSchema = z.object({
  kind: z.enum(APPLIED_KINDS),
  pasal: z.number().int(),
  clauseId: z.string(),
  base: z.string(),
  theirs: z.string(),
  /** The suggestions made (their stamps' ids). */
  suggestionIds: z.array(z.string()),
  /** What each suggestion removes and adds, in the order of the paragraph. */
  changes: z.array(z.object({ removed: z.string(), added: z.string() })),
  /** Authors Word recorded for the paragraph's revisions. */
  wordAuthors: z.array(z.string()),
  /** False when part of the change was made with Word's tracking off (found by comparison). */
  tracked: z.boolean(),
});

/** A paragraph both the file and the live document changed since the version: not merged. */
export const importConflictSchema = z.object({
  pasal: z.number().int(),
  clauseId: z.string(),
  base: z.string(),
  theirs: z.string(),
  /** The paragraph in the live document now ('' when it was removed). */
  ours: z.string(),
});

/** A change the import cannot take. */
export const importUnsupportedSchema = z.object({
  pasal,
  kind: unsupportedKindSchema,
  text: z.string(),
  author: z.string(),
  /** Why it was not merged and what to do, in Bahasa Indonesia and in English. */
  message: z.string(),
  messageEn: z.string(),
});

export const suggestionImportResponseSchema = z.object({
  applied: z.array(importAppliedSchema),
  conflicts: z.array(importConflictSchema),
  unsupported: z.array(importUnsupportedSchema),
  /** The document's latest update after the import. */
  seq: z.number().int(),
});
export type SuggestionImportReport = z.infer<typeof suggestionImportResponseSchema>;
export type ImportApplied = z.infer<typeof importAppliedSchema>;
export type ImportConflict = z.infer<typeof importConflictSchema>;
export type ImportUnsupported = z.infer<typeof importUnsupportedSchema>;
