import { type AnyExtension, getSchema } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { Footnote } from './nodes/footnote.ts';
import { ClauseRef, PointAnchor } from './nodes/inline.ts';
import { AyatItem, AyatList, LetterItem, LetterList } from './nodes/lists.ts';
import { Annex, Chapter, Clause, ClauseHeading, Closing, Preamble } from './nodes/structure.ts';
import { BlockSuggestions, Deletion, FormatChange, Insertion } from './nodes/suggestion.ts';
import { Table, TableCell, TableRow } from './nodes/table.ts';
import { Variable } from './nodes/variable.ts';
import { UniqueIds } from './uniqueIds.ts';

/**
 * The top level is permissive on purpose: a loose paragraph between two Pasal is kept as
 * it is rather than dropped when concurrent edits meet, because y-tiptap deletes content
 * that does not fit the schema, and nothing a user typed may be lost.
 */
const AgreementDocument = Document.extend({ content: '(section | block)+' });

/**
 * The one list of editor extensions. The client adds collaboration and node views on top;
 * the server builds its schema from this list with `getSchema`, so both always agree.
 */
export const agreementExtensions: AnyExtension[] = [
  AgreementDocument,
  StarterKit.configure({
    document: false,
    heading: false,
    codeBlock: false,
    code: false,
    blockquote: false,
    horizontalRule: false,
    orderedList: false,
    strike: false,
    link: false,
    undoRedo: false,
    trailingNode: false,
  }),
  Preamble,
  Chapter,
  Clause,
  ClauseHeading,
  Closing,
  Annex,
  AyatList,
  AyatItem,
  LetterList,
  LetterItem,
  ClauseRef,
  Footnote,
  Variable,
  // After the list items: Tiptap runs the keys of later extensions first, so in a cell of a table
  // in an ayat Tab goes to the next cell instead of nesting the ayat.
  Table,
  TableRow,
  TableCell,
  PointAnchor,
  Insertion,
  Deletion,
  FormatChange,
  BlockSuggestions,
  UniqueIds,
];

let schema: Schema | null = null;

/** The ProseMirror schema of an agreement, built once from {@link agreementExtensions}. */
export function agreementSchema(): Schema {
  schema ??= getSchema(agreementExtensions);
  return schema;
}
