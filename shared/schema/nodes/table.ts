import type { Attribute } from '@tiptap/core';
import {
  Table as TiptapTable,
  TableCell as TiptapTableCell,
  TableRow as TiptapTableRow,
} from '@tiptap/extension-table';
import { NODE } from '../names.ts';

/** Most columns or rows one cell may span; more is no table a person typed. */
export const MAX_TABLE_SPAN = 50;

/**
 * A table (tabel) in a Pasal, an ayat, the opening, the closing or an annex: Tiptap's table
 * with its editing commands (add or remove rows and columns, Tab to the next cell). Column
 * widths are not resizable in the editor; the export sets the widths.
 */
export const Table = TiptapTable.configure({ resizable: false, allowTableNodeSelection: false });

/** A row holds data cells only: a header row is a row like any other in an agreement. */
export const TableRow = TiptapTableRow.extend({ content: `${NODE.tableCell}+` });

/**
 * A cell holds paragraphs (which may carry footnotes), never lists or tables: what a Word
 * cell in a draft holds, and what exports as one. A header cell pasted from elsewhere (`th`)
 * becomes a cell.
 */
export const TableCell = TiptapTableCell.extend({
  content: `${NODE.paragraph}+`,
  addAttributes() {
    // Alignment is the export's to set: a cell keeps its spans and width only.
    const { colspan, rowspan, colwidth } = (this.parent?.() ?? {}) as Record<string, Attribute>;
    return { colspan, rowspan, colwidth };
  },
  parseHTML() {
    return [...(this.parent?.() ?? []), { tag: 'th' }];
  },
});
