/**
 * Node and mark names of the agreement schema. The Y.Doc stores these names, the export
 * and import map them, the tests build fixtures with them: change one only with a migration.
 */
export const NODE = {
  doc: 'doc',
  preamble: 'preamble',
  chapter: 'chapter',
  clause: 'clause',
  clauseHeading: 'clauseHeading',
  paragraph: 'paragraph',
  ayatList: 'ayatList',
  ayatItem: 'ayatItem',
  letterList: 'letterList',
  letterItem: 'letterItem',
  bulletList: 'bulletList',
  listItem: 'listItem',
  clauseRef: 'clauseRef',
  footnote: 'footnote',
  /** A master PKS's variable (shared/schema/nodes/variable.ts): filled per variant. */
  variable: 'variable',
  table: 'table',
  tableRow: 'tableRow',
  tableCell: 'tableCell',
  closing: 'closing',
  annex: 'annex',
  text: 'text',
  hardBreak: 'hardBreak',
} as const;

export const MARK = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  pointAnchor: 'pointAnchor',
  /** Suggested text (shared/schema/nodes/suggestion.ts): proposed by a party, pending its decision. */
  insertion: 'insertion',
  deletion: 'deletion',
  formatChange: 'formatChange',
} as const;

/** Nodes that carry a stable `id` attribute that must stay unique in a document. */
export const ID_NODES: readonly string[] = [NODE.clause, NODE.chapter, NODE.ayatItem];
