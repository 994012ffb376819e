import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  ImageRun,
  LineRuleType,
  Paragraph,
  TextRun,
  VerticalAlign,
} from 'docx';
import { fitInto, imageInfo } from '../export/images.ts';
import { grid, line } from '../export/tables.ts';
import type { LetterheadInput } from './letterhead.ts';

/** A logo of the letterhead is drawn 2.2 cm high at most (about 83 px at 96 dpi). */
const LOGO_BOX = { width: 90, height: 83 };
/** Width of a logo's column: 2.75 cm. */
const LOGO_COLUMN = 1560;

/** A logo's paragraph; numbered by its place so the same letterhead gives the same bytes. */
function logoCell(logo: LetterheadInput['logos'][number] | undefined, id: number): Paragraph[] {
  const info = logo ? imageInfo(logo.data) : null;
  if (!logo || !info) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // Named line rule: LibreOffice reads an unnamed one as an exact height and clips the logo.
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      children: [
        new ImageRun({
          type: info.type,
          data: logo.data,
          transformation: fitInto(info, LOGO_BOX.width, LOGO_BOX.height),
          altText: { id: String(id), name: `kop-${id}`, title: logo.name, description: `Logo ${logo.name}` },
        }),
      ],
    }),
  ];
}

/**
 * The letterhead (kop surat) of the first page: a borderless table of a logo column, the names
 * and address lines centred, and a second logo column (empty for one logo, so the names stay
 * centred on the page), closed by the thick-and-thin rule Indonesian letterheads draw under it.
 */
export function letterhead(kop: LetterheadInput, textWidth: number, size: number): FileChild[] {
  const middle = textWidth - 2 * LOGO_COLUMN;
  const text = [
    ...kop.names.map((n) => line(n, { bold: true, size: size + 4, align: AlignmentType.CENTER })),
    ...kop.lines.map((l) => line(l, { size: size - 2, align: AlignmentType.CENTER, before: 40 })),
  ];
  return [
    grid({
      widths: [LOGO_COLUMN, middle, LOGO_COLUMN],
      rowAligns: [VerticalAlign.CENTER],
      cell: { margins: { left: 57, right: 57 } },
      rows: [[logoCell(kop.logos[0], 101), text, logoCell(kop.logos[1], 102)]],
    }),
    new Paragraph({
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 240 },
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
      children: [new TextRun({ text: '', size: 8 })],
    }),
  ];
}
