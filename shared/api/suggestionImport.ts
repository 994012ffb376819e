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
  /** Bold, italic or other run formatting changed. */
  'formatting',
  /** Rows or cells inserted, deleted, merged, or a table's properties changed. */
  'table',
  /** A paragraph split in two or two joined (a paragraph mark inserted or deleted). */
  'paragraphMark',
  /** A paragraph added where the version has none. */
  'paragraphAdded',
  /** A paragraph of the version missing from the file. */
  'paragraphRemoved',
  /** A Pasal the version lacks. */
  'pasalAdded',
  /** A Pasal of the version missing from the file. */
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

/** A paragraph of the file: its text before and after the other party's revisions. */
export interface ReplyParagraph {
  /** Every revision rejected. */
  base: string;
  /** Every revision accepted: what the other party means. */
  theirs: string;
  /** Its paragraph mark is a tracked insertion (a split) or deletion (a join). */
  markInserted: boolean;
  markDeleted: boolean;
  inTable: boolean;
  revisions: ReplyRevision[];
  unsupported: { kind: UnsupportedKind; author: string; date: string }[];
}

/** Multipart fields besides the file ("file"). */
export const suggestionImportFieldsSchema = z.object({
  /** The version (a round, usually) the file answers. */
  baseVersionId: z.string().min(1).max(64),
});

const pasal = z.number().int().nullable();

/** A paragraph whose change became suggestions. */
export const importAppliedSchema = z.object({
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
