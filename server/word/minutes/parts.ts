import {
  AlignmentType,
  type FileChild,
  Paragraph,
  type ParagraphChild,
  Tab,
  TextRun,
  VerticalAlign,
} from 'docx';
import { type CellContent, grid, line } from '../export/tables.ts';
import { DOTS } from '../export/titleBlock.ts';

/**
 * Building blocks of the minutes (notula): numbered and hanging paragraphs, the label/value
 * head, bordered tables with a header row and the two-column signature block. Lengths in twips.
 */

/** Space after a body paragraph (4 pt) and before a section heading (12 pt). */
const AFTER = 80;
const BEFORE_SECTION = 240;

/** Width of the number column of a numbered paragraph ("1.", "a."): 0.75 cm. */
export const MARKER = 425;

type Run = string | { text: string; bold?: boolean; italics?: boolean };

const runsOf = (parts: Run[]): ParagraphChild[] =>
  parts.map((p) =>
    typeof p === 'string' ? new TextRun(p) : new TextRun({ text: p.text, bold: p.bold, italics: p.italics }),
  );

/** A justified body paragraph starting at `indent`. */
export function para(
  parts: Run[] | string,
  indent = 0,
  o: { after?: number; keepNext?: boolean; left?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: o.left ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: indent ? { left: indent } : undefined,
    spacing: { after: o.after ?? AFTER },
    keepNext: o.keepNext,
    children: runsOf(typeof parts === 'string' ? [parts] : parts),
  });
}

/**
 * "1.  text that wraps under itself": a marker hanging in front of the text, at `indent`.
 * The tab after the marker lands on the hanging indent in Word and LibreOffice alike.
 */
export function numbered(
  marker: string,
  parts: Run[] | string,
  indent = 0,
  o: { bold?: boolean; keepNext?: boolean; after?: number; left?: boolean } = {},
): Paragraph {
  const runs = typeof parts === 'string' ? [{ text: parts, bold: o.bold }] : parts;
  return new Paragraph({
    alignment: o.left ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: { left: indent + MARKER, hanging: MARKER },
    spacing: { after: o.after ?? AFTER },
    keepNext: o.keepNext,
    children: [
      new TextRun({ text: marker, bold: o.bold }),
      new TextRun({ children: [new Tab()] }),
      ...runsOf(runs),
    ],
  });
}

/** "A. PESERTA RAPAT": a section heading, kept with what follows. */
export function sectionHeading(letter: string, title: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    indent: { left: MARKER, hanging: MARKER },
    spacing: { before: BEFORE_SECTION, after: AFTER },
    children: [
      new TextRun({ text: letter, bold: true }),
      new TextRun({ children: [new Tab()] }),
      new TextRun({ text: title, bold: true }),
    ],
  });
}

/** The head of the minutes: "Hari/tanggal : Selasa, 10 Maret 2020", one row per line, no borders. */
export function labelTable(rows: [string, CellContent | string][], textWidth: number) {
  const label = Math.round(textWidth * 0.27);
  const colon = 227;
  const cell = (c: CellContent | string) => (typeof c === 'string' ? [line(c, { after: 40 })] : c);
  return grid({
    widths: [label, colon, textWidth - label - colon],
    rows: rows.map(([l, value]) => [[line(l, { after: 40 })], [line(':', { after: 40 })], cell(value)]),
    cell: { margins: { left: 0, right: 57 } },
  });
}

/** A bordered table with a bold header row repeated on every page; `shares` of the text width. */
export function borderedTable(
  columns: [string, number][],
  rows: string[][],
  textWidth: number,
  o: { centred?: number[] } = {},
) {
  const widths = columns.map(([, share]) => Math.floor(textWidth * share));
  const cell = (text: string, bold: boolean, col: number) => [
    line(text, {
      size: 20,
      bold,
      align: bold || o.centred?.includes(col) ? AlignmentType.CENTER : AlignmentType.LEFT,
    }),
  ];
  return grid({
    widths,
    borders: true,
    headerRow: true,
    cell: { margins: { top: 40, bottom: 40, left: 80, right: 80 } },
    rows: [
      columns.map(([title], c) => cell(title, true, c)),
      ...rows.map((r) => r.map((t, c) => cell(t, false, c))),
    ],
    rowAligns: [VerticalAlign.CENTER, ...rows.map(() => VerticalAlign.TOP)],
  });
}

export interface Signer {
  role: string;
  name: string;
  position: string;
  nip: string;
}

/** Height of the space left for a signature: 2 cm. */
const SIGN_SPACE = 1134;

/**
 * The chair's and the minute-taker's signatures side by side, in a table of fixed columns with
 * one row per line, so that each line sits level with its neighbour across the page whatever
 * wraps: the place and date of signing above the minute-taker ("Mengetahui," above the chair,
 * as Indonesian minutes write it), the roles, the positions, the space to sign, the names
 * (underlined) and the NIP lines; dots where a name or NIP is not known yet. The whole block is
 * nested in one row that cannot split, so a signature never lands on a page apart from its name.
 */
export function signatures(placeDate: string, signers: [Signer, Signer], textWidth: number): FileChild[] {
  const half = Math.floor(textWidth / 2);
  const centred = (text: string, o: { bold?: boolean; underline?: boolean } = {}) =>
    line(text, { ...o, align: AlignmentType.CENTER });
  const each = (cell: (s: Signer) => CellContent) => signers.map(cell);
  const block = grid({
    widths: [half, half],
    rowHeights: [undefined, undefined, undefined, SIGN_SPACE, undefined, undefined],
    cell: { margins: { left: 57, right: 57 } },
    rows: [
      [[centred('Mengetahui,')], [centred(placeDate)]],
      each((s) => [centred(`${s.role},`)]),
      each((s) => (s.position ? [centred(s.position)] : [])),
      each(() => []),
      each((s) => [centred(s.name || DOTS, { bold: true, underline: Boolean(s.name) })]),
      each((s) => [centred(`NIP. ${s.nip || DOTS}`)]),
    ],
  });
  // Word wants a paragraph after a table that ends a cell.
  return [
    grid({
      widths: [half * 2],
      cell: { margins: { left: 0, right: 0 } },
      rows: [[[block, line('')]]],
    }),
  ];
}
