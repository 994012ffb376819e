import { AlignmentType, Footer, Header, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { type PartyWording, partyLabel } from '../../../shared/words.ts';
import { grid, line } from './tables.ts';
import { byOrdinal } from './titleBlock.ts';
import type { ExportParty } from './types.ts';

/** One paraf column: 3.2 cm, wide enough for "Paraf PIHAK PERTAMA" on one line in 7 pt. */
const PARAF_WIDTH = 1814;
/** Height of the empty square the initials go into: 1 cm. */
const PARAF_HEIGHT = 567;
/** Header and footer lines are single-spaced whatever the body's spacing. */
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

/**
 * The initials box: one column per party, on every page but the signature page, so no page
 * can be swapped after signing without the other party noticing.
 */
export function parafTable(parties: ExportParty[], wording: PartyWording = 'pertama') {
  const sorted = byOrdinal(parties);
  return grid({
    widths: sorted.map(() => PARAF_WIDTH),
    borders: true,
    alignment: AlignmentType.RIGHT,
    rowHeights: [undefined, PARAF_HEIGHT],
    rows: [
      sorted.map((p) => [
        line(`Paraf ${partyLabel(p.ordinal, wording)}`, { size: 14, align: AlignmentType.CENTER }),
      ]),
      sorted.map(() => []),
    ],
  });
}

/** "Halaman X dari Y" with live PAGE and NUMPAGES fields. */
export function pageOfPages() {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...SINGLE, before: 60 },
    children: [
      new TextRun({ size: 18, children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] }),
    ],
  });
}

export interface FooterOptions {
  parties: ExportParty[];
  paraf: boolean;
  /** "Versi 3 · #1a2b3c4d", printed on a final or signed document. */
  stamp?: string;
  /** "Paraf PIHAK PERTAMA" or "Paraf PIHAK KESATU". */
  wording?: PartyWording;
}

export function pageFooter(o: FooterOptions): Footer {
  return new Footer({
    children: [
      ...(o.paraf ? [parafTable(o.parties, o.wording)] : []),
      pageOfPages(),
      ...(o.stamp ? [line(o.stamp, { size: 14, align: AlignmentType.CENTER, color: '555555' })] : []),
    ],
  });
}

/**
 * The header: empty on a final document; on a draft a "DRAF — date" line and a diagonal
 * "DRAF" watermark, so a printed draft can never pass for the signed text.
 */
export function pageHeader(draftLabel: string | null, font: string): Header {
  if (!draftLabel) return new Header({ children: [new Paragraph({ spacing: SINGLE, children: [] })] });
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: SINGLE,
        children: [
          new TextWatermark({ text: 'DRAF', font, color: 'C0C0C0', opacity: 0.35 }),
          new TextRun({ text: draftLabel, size: 16, color: '888888', bold: true }),
        ],
      }),
    ],
  });
}
