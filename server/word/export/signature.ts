import { AlignmentType, type FileChild, Paragraph, type TableVerticalAlign, VerticalAlign } from 'docx';
import { type DocumentMeta, partyMetaKey } from '../../../shared/meta.ts';
import { type CellContent, grid, line } from './tables.ts';
import { byOrdinal, DOTS } from './titleBlock.ts';
import type { AgreementExportInput, ExportParty } from './types.ts';

/** Height of the space left for signature, stamp and meterai: 3.5 cm (about four lines at 1.5 spacing). */
const SIGN_SPACE = 1984;
/** The meterai placeholder, about the size of a Rp10.000 stamp (2.6 × 1.8 cm). */
const METERAI = { width: 1474, height: 1020 };

import { partyLabel } from '../../../shared/words.ts';

/**
 * Which side bears the meterai. UU 10/2020 practice: each original carries a Rp10.000 meterai
 * under the signature of the party who hands that original over to the other. The file is
 * printed once per original; by default it is the original PIHAK KEDUA hands to PIHAK PERTAMA
 * (who keeps it), so the meterai sits under PIHAK KEDUA. `meteraiPartyId` prints the other one.
 */
export function meteraiParty(parties: ExportParty[], meteraiPartyId?: string): ExportParty | undefined {
  const sorted = byOrdinal(parties);
  return sorted.find((p) => p.id === meteraiPartyId) ?? sorted.find((p) => p.ordinal === 2) ?? sorted.at(-1);
}

function meteraiBox(): CellContent {
  return [
    grid({
      widths: [METERAI.width],
      borders: true,
      alignment: AlignmentType.LEFT,
      rowHeights: [METERAI.height],
      cell: { verticalAlign: VerticalAlign.CENTER },
      rows: [
        [
          [
            line('Meterai', { size: 16, align: AlignmentType.CENTER, color: '666666' }),
            line('Rp10.000', { size: 16, align: AlignmentType.CENTER, color: '666666' }),
          ],
        ],
      ],
    }),
    new Paragraph({ spacing: { line: 240 }, children: [] }),
  ];
}

interface SignatureOptions {
  meta: DocumentMeta;
  /** Placeholders for blank fields on a draft; a final copy leaves out an empty NIP line. */
  draft: boolean;
  meteraiPartyId?: string;
}

/**
 * The signature block: two columns (PIHAK PERTAMA | PIHAK KEDUA), more parties in further
 * rows of two. Three table rows per pair — label and position, the signing space, name and
 * NIP — so that both names line up even when one position runs over more lines.
 */
export function signatureBlock(
  input: AgreementExportInput,
  textWidth: number,
  o: SignatureOptions,
): FileChild[] {
  const parties = byOrdinal(input.parties);
  const stamped = meteraiParty(parties, o.meteraiPartyId);
  const half = Math.floor(textWidth / 2);
  const rows: CellContent[][] = [];
  const heights: (number | undefined)[] = [];
  const aligns: TableVerticalAlign[] = [];
  for (let i = 0; i < parties.length; i += 2) {
    const pair = parties.slice(i, i + 2);
    while (pair.length < 2) pair.push(undefined as unknown as ExportParty);
    if (i > 0) {
      rows.push(pair.map(() => []));
      heights.push(567);
      aligns.push(VerticalAlign.TOP);
    }
    // Labels and positions hang from the top so "PIHAK PERTAMA," and "PIHAK KEDUA," stay on one
    // line even when one position runs over more lines; the meterai sits in the middle of the space.
    rows.push(pair.map((p) => (p ? headOf(p, o) : [])));
    heights.push(undefined);
    aligns.push(VerticalAlign.TOP);
    rows.push(pair.map((p) => (p && p.id === stamped?.id ? meteraiBox() : [])));
    heights.push(SIGN_SPACE);
    aligns.push(VerticalAlign.CENTER);
    rows.push(pair.map((p) => (p ? footOf(p, o) : [])));
    heights.push(undefined);
    aligns.push(VerticalAlign.TOP);
  }
  return [grid({ widths: [half, half], rows, rowHeights: heights, rowAligns: aligns })];
}

function headOf(party: ExportParty, o: SignatureOptions): CellContent {
  const position = (o.meta[partyMetaKey.signatoryPosition(party.id)] ?? '').trim();
  return [
    line(`${partyLabel(party.ordinal)},`, { bold: true, align: AlignmentType.CENTER }),
    ...(position || o.draft
      ? [line(position ? `${position.toUpperCase()},` : DOTS, { bold: true, align: AlignmentType.CENTER })]
      : []),
  ];
}

function footOf(party: ExportParty, o: SignatureOptions): CellContent {
  const name = (o.meta[partyMetaKey.signatoryName(party.id)] ?? '').trim();
  const nip = (o.meta[partyMetaKey.signatoryNip(party.id)] ?? '').trim();
  const out = [
    line(name ? name.toUpperCase() : DOTS, {
      bold: true,
      underline: Boolean(name),
      align: AlignmentType.CENTER,
    }),
  ];
  // Heads of region and other political officials have no NIP: a final copy prints none rather than dots.
  if (nip || o.draft) out.push(line(`NIP. ${nip || DOTS}`, { align: AlignmentType.CENTER }));
  return out;
}
