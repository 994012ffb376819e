import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  LineRuleType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { paragraphOf, type SerializeContext } from './serializers.ts';
import { CELL_MARGINS } from './tables.ts';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** Space above and below a cell's paragraphs, in twips (2 pt): cell margins are 0 at top and bottom. */
const CELL_SPACE = 40;
/** Narrowest column written, in twips (about 0.9 cm): a span of text stays legible. */
const MIN_COLUMN = 500;

/** Number of grid columns of a table: the widest row, counting spans. */
function columnCount(table: PMJSON): number {
  let most = 1;
  for (const row of table.content ?? []) {
    const cols = (row.content ?? []).reduce((n, cell) => n + span(cell, 'colspan'), 0);
    most = Math.max(most, cols);
  }
  return most;
}

const span = (cell: PMJSON, key: 'colspan' | 'rowspan') => {
  const v = Number(cell.attrs?.[key] ?? 1);
  return Number.isInteger(v) && v > 0 ? v : 1;
};

/**
 * Column widths in twips that add up to `width`: in proportion to the widths the editor
 * keeps for the first row's cells where it has them, equal otherwise.
 */
export function columnWidths(table: PMJSON, width: number): number[] {
  const count = columnCount(table);
  const asked: number[] = [];
  for (const cell of table.content?.[0]?.content ?? []) {
    const widths = Array.isArray(cell.attrs?.colwidth) ? (cell.attrs.colwidth as unknown[]) : [];
    for (let i = 0; i < span(cell, 'colspan'); i++) {
      const w = Number(widths[i]);
      asked.push(Number.isFinite(w) && w > 0 ? w : 0);
    }
  }
  const known = asked.length === count && asked.every((w) => w > 0);
  const weights = known ? asked : Array.from({ length: count }, () => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(MIN_COLUMN, Math.floor((w * width) / total)));
  // The last column (columnCount is at least 1) takes what rounding left, so the grid is
  // exactly the table's width.
  out[out.length - 1]! += width - out.reduce((a, b) => a + b, 0);
  return out;
}

/**
 * A table of the agreement as a Word table: bordered, fixed layout, its width and every
 * column's width written in twips, as wide as the text it stands in (indented with an ayat's
 * text inside a list), so Word and LibreOffice draw the same grid. Cells hold their paragraphs,
 * single-spaced and left-aligned; spans are kept.
 * A row is never split across pages.
 */
export function bodyTable(node: PMJSON, ctx: SerializeContext): FileChild[] {
  const width = Math.max(MIN_COLUMN, ctx.layout.textWidth - ctx.indent);
  const widths = columnWidths(node, width);
  const inCell: SerializeContext = { ...ctx, indent: 0 };
  const rows = (node.content ?? []).map((row) => {
    let col = 0;
    const cells = (row.content ?? []).map((cell) => {
      const colspan = Math.min(span(cell, 'colspan'), Math.max(1, widths.length - col));
      const cellWidth = widths.slice(col, col + colspan).reduce((a, b) => a + b, 0);
      col += colspan;
      const paragraphs = (cell.content ?? []).filter((p) => p.type === NODE.paragraph);
      return new TableCell({
        width: { size: cellWidth, type: WidthType.DXA },
        ...(colspan > 1 ? { columnSpan: colspan } : {}),
        ...(span(cell, 'rowspan') > 1 ? { rowSpan: span(cell, 'rowspan') } : {}),
        children: (paragraphs.length ? paragraphs : [{ type: NODE.paragraph }]).map((p) =>
          paragraphOf(p, inCell, {
            alignment: AlignmentType.LEFT,
            spacing: { before: CELL_SPACE, after: CELL_SPACE, line: 240, lineRule: LineRuleType.AUTO },
          }),
        ),
      });
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      indent: { size: ctx.indent, type: WidthType.DXA },
      margins: CELL_MARGINS,
      alignment: AlignmentType.LEFT,
      borders: {
        top: LINE,
        bottom: LINE,
        left: LINE,
        right: LINE,
        insideHorizontal: LINE,
        insideVertical: LINE,
      },
      rows,
    }),
  ];
}
