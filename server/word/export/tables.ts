import {
  AlignmentType,
  BorderStyle,
  type ITableCellOptions,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  type TableVerticalAlign,
  TextRun,
  WidthType,
} from 'docx';

/** Cell content: paragraphs and nested tables, as Word allows. */
export type CellContent = (Paragraph | Table)[];

export interface GridOptions {
  /** Column widths in twips; the table is exactly their sum wide. */
  widths: number[];
  rows: CellContent[][];
  borders?: boolean;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** Per-row minimum height in twips (e.g. the empty row of a paraf box). */
  rowHeights?: (number | undefined)[];
  /** Per-row vertical alignment of the cells. */
  rowAligns?: TableVerticalAlign[];
  /** Repeat the first row at the top of each page (annex tables). */
  headerRow?: boolean;
  cell?: Partial<Omit<ITableCellOptions, 'children'>>;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * Cell margins, written on every table: Word takes them from its default table style and
 * LibreOffice does not always, so a table that names none is laid out differently.
 */
export const CELL_MARGINS = { top: 0, bottom: 0, left: 108, right: 108, marginUnitType: WidthType.DXA };

/** A single-spaced paragraph with no text: what an empty cell holds. */
const emptyLine = () =>
  new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, children: [] });

/**
 * A fixed-layout table with explicit column widths: fixed so that Word and LibreOffice
 * draw the same grid instead of sizing columns to their content.
 */
export function grid(o: GridOptions): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: o.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: o.widths,
    indent: { size: 0, type: WidthType.DXA },
    margins: CELL_MARGINS,
    alignment: o.alignment ?? AlignmentType.CENTER,
    borders: o.borders
      ? { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }
      : TableBorders.NONE,
    rows: o.rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: o.headerRow && r === 0,
          cantSplit: true,
          ...(o.rowHeights?.[r]
            ? { height: { value: o.rowHeights[r] as number, rule: 'atLeast' as const } }
            : {}),
          children: cells.map(
            (children, c) =>
              new TableCell({
                width: { size: o.widths[c] ?? 0, type: WidthType.DXA },
                ...o.cell,
                ...(o.rowAligns?.[r] ? { verticalAlign: o.rowAligns[r] } : {}),
                // Word requires a paragraph in every cell.
                children: children.length ? children : [emptyLine()],
              }),
          ),
        }),
    ),
  });
}

/** A single-spaced line of text for table cells and footers. */
export function line(
  text: string,
  o: {
    bold?: boolean;
    underline?: boolean;
    size?: number;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    color?: string;
    after?: number;
    before?: number;
    /** Keep with the next paragraph (lines of a block that must stay on one page). */
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    ...(o.keepNext ? { keepNext: true } : {}),
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: o.before ?? 0, after: o.after ?? 0 },
    children: [
      new TextRun({
        text,
        bold: o.bold || undefined,
        underline: o.underline ? {} : undefined,
        size: o.size,
        color: o.color,
      }),
    ],
  });
}
