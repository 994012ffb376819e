import type { PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { MAX_TABLE_SPAN } from '../../../shared/schema/nodes/table.ts';
import type { Line, Run } from './lines.ts';
import { paragraph } from './pm.ts';

/** A cell of a table row as read from mammoth's HTML: its runs and its spans. */
export interface CellLine {
  runs: Run[];
  colspan: number;
  rowspan: number;
}

/** A span attribute of mammoth's `td` as a whole number the schema takes (1 when absent or odd). */
export function spanOf(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_TABLE_SPAN) : 1;
}

/** A cell's runs as paragraphs: one per line of the cell (mammoth's paragraphs and breaks). */
function cellParagraphs(runs: Run[]): PMJSON[] {
  let current: Run[] = [];
  const paragraphs: Run[][] = [current];
  for (const run of runs) {
    if ('br' in run) {
      current = [];
      paragraphs.push(current);
    } else current.push(run);
  }
  return paragraphs.map(paragraph);
}

/**
 * Rebuilds the tables of a draft from its table rows (one line each, in order): the first row
 * of a table makes a table node, the next rows of the same table go into it. `finish` squares
 * each table off, so every row spans as many columns as the widest (empty cells added at the
 * end of a short row), as the editor's table commands need.
 */
export class TableRebuilder {
  private open: { index: number; node: PMJSON } | null = null;
  private readonly built: PMJSON[] = [];

  /** Adds a row; returns the table node when the row starts a new table (to be placed), else null. */
  row(line: Line): PMJSON | null {
    const cells =
      line.tableCells ??
      (line.cells ?? []).map((texts) => ({
        runs: [{ text: texts.join(' '), marks: [] }],
        colspan: 1,
        rowspan: 1,
      }));
    const row: PMJSON = {
      type: NODE.tableRow,
      content: (cells.length ? cells : [{ runs: line.runs, colspan: 1, rowspan: 1 }]).map((cell) => ({
        type: NODE.tableCell,
        attrs: { colspan: cell.colspan, rowspan: cell.rowspan, colwidth: null },
        content: cellParagraphs(cell.runs),
      })),
    };
    if (this.open && this.open.index === line.table) {
      this.open.node.content?.push(row);
      return null;
    }
    const node: PMJSON = { type: NODE.table, content: [row] };
    this.open = { index: line.table as number, node };
    this.built.push(node);
    return node;
  }

  /** Squares off every table built (see the class). */
  finish(): void {
    for (const table of this.built) squareOff(table);
  }
}

/** Pads short rows with empty cells, counting the columns taken by cells spanning rows from above. */
function squareOff(table: PMJSON): void {
  const rows = table.content ?? [];
  const taken: number[] = rows.map(() => 0);
  rows.forEach((row, r) => {
    for (const cell of row.content ?? []) {
      const colspan = Number(cell.attrs?.colspan ?? 1);
      const rowspan = Math.min(Number(cell.attrs?.rowspan ?? 1), rows.length - r);
      if (cell.attrs) cell.attrs.rowspan = rowspan;
      for (let k = 0; k < rowspan; k++) taken[r + k]! += colspan;
    }
  });
  const width = Math.max(...taken);
  rows.forEach((row, r) => {
    for (let k = taken[r]!; k < width; k++)
      row.content?.push({
        type: NODE.tableCell,
        attrs: { colspan: 1, rowspan: 1, colwidth: null },
        content: [{ type: NODE.paragraph }],
      });
  });
}
