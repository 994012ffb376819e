import { AlignmentType, type FileChild, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import { amendmentHeading } from '../../../shared/amendments/text.ts';
import { type DocumentMeta, META, partyMetaKey } from '../../../shared/meta.ts';
import { KIND_TITLE } from './fromDocument.ts';
import { fitInto, imageInfo } from './images.ts';
import { centredLine } from './serializers.ts';
import { grid } from './tables.ts';
import type { AgreementExportInput, ExportParty } from './types.ts';

/** What a blank field prints as, so the signer sees where to write. */
export const DOTS = '....................................';

/** Logos are drawn 2.5 cm high at most (about 95 px at 96 dpi). */
const LOGO_BOX = { width: 120, height: 95 };

/** Parties by ordinal: PIHAK PERTAMA first. */
export const byOrdinal = (parties: ExportParty[]) => [...parties].sort((a, b) => a.ordinal - b.ordinal);

/** One cell per party that has a readable logo, PIHAK PERTAMA on the left. */
function logoRow(parties: ExportParty[], textWidth: number): FileChild[] {
  const cells: Paragraph[][] = [];
  for (const party of parties) {
    const info = party.logo ? imageInfo(party.logo) : null;
    if (!party.logo || !info) continue;
    // Numbered here, not from docx's counter for the whole thread: the same document exports
    // to the same file every time (a final one's paper can be compared byte for byte).
    const id = String(cells.length + 1);
    const image = new ImageRun({
      type: info.type,
      data: party.logo,
      transformation: fitInto(info, LOGO_BOX.width, LOGO_BOX.height),
      altText: {
        id,
        name: party.shortName,
        title: party.name,
        description: `Logo ${party.name}`,
      },
    });
    cells.push([
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // The line rule is named: LibreOffice reads the document's default spacing, which has
        // none, as an exact height and cut the logo down to one line of text.
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [image],
      }),
    ]);
  }
  if (!cells.length) return [];
  // A borderless table puts each logo above its own half of the page in Word and LibreOffice alike.
  const width = Math.floor(textWidth / cells.length);
  return [grid({ widths: cells.map(() => width), rows: [cells] }), new Paragraph({ children: [] })];
}

/**
 * The title block: logos, "NOTA KESEPAKATAN / ANTARA / … / DAN / … / TENTANG / SUBJECT" (an
 * addendum's headed "ADENDUM ATAS NOTA KESEPAKATAN", a renewal's "PERPANJANGAN NOTA KESEPAKATAN"),
 * and one "NOMOR : …" line per party, each party numbering the agreement in its own register.
 */
export function titleBlock(input: AgreementExportInput, textWidth: number): FileChild[] {
  const parties = byOrdinal(input.parties);
  const out: FileChild[] = [];
  out.push(...logoRow(parties, textWidth));
  const heading = input.amendment ? amendmentHeading(input.amendment, input.kind) : KIND_TITLE[input.kind];
  out.push(centredLine(heading, { spacing: { after: 120 } }));
  out.push(centredLine('ANTARA'));
  parties.forEach((party, i) => {
    if (i > 0 && i === parties.length - 1) out.push(centredLine('DAN'));
    out.push(centredLine(party.name.toUpperCase()));
  });
  out.push(centredLine('TENTANG', { spacing: { before: 120 } }));
  out.push(centredLine(subjectOf(input.meta).toUpperCase() || DOTS, { spacing: { after: 240 } }));
  for (const party of parties) out.push(numberLine(input.meta, party));
  out.push(new Paragraph({ spacing: { after: 240 }, children: [] }));
  return out;
}

function subjectOf(meta: DocumentMeta): string {
  return (meta[META.subject] ?? '').trim();
}

function numberLine(meta: DocumentMeta, party: ExportParty) {
  const number = (meta[partyMetaKey.number(party.id)] ?? '').trim();
  return centredLine(
    [new TextRun({ text: 'NOMOR : ', bold: true }), new TextRun({ text: number || DOTS, bold: true })],
    {
      keepNext: false,
    },
  );
}
