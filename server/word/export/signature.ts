import { AlignmentType, type FileChild, Paragraph, type TableVerticalAlign, VerticalAlign } from 'docx';
import type { PMJSON } from '../../../shared/clauses.ts';
import { type DocumentMeta, partyMetaKey } from '../../../shared/meta.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { printsNip, signatoryName } from '../../../shared/signatory.ts';
import { kuasaPhrase } from '../../../shared/unitName.ts';
import { type PartyWording, partyLabel } from '../../../shared/words.ts';
import { paragraphOf, type SerializeContext, serializeBlock } from './serializers.ts';
import { type CellContent, grid, line } from './tables.ts';
import { byOrdinal, DOTS } from './titleBlock.ts';
import type { AgreementExportInput, ExportParty } from './types.ts';

/** Height of the space left for signature, stamp and meterai: 3.5 cm (about four lines at 1.5 spacing). */
const SIGN_SPACE = 1984;
/** Space between two rows of signatures when there are more than two parties: 1 cm. */
const PAIR_GAP = 567;

/**
 * The parties under whose signatures the meterai goes on the original `keeper` keeps. UU 10/2020
 * practice: each original carries a Rp10.000 meterai under the signature of the party who hands
 * it over to the other, so every party but the keeper. No keeper (an annex): no meterai.
 */
export function meteraiParties(parties: ExportParty[], keeper: number | null | undefined): Set<string> {
  if (keeper == null) return new Set();
  return new Set(parties.filter((p) => p.ordinal !== keeper).map((p) => p.id));
}

/** How the signatures are laid out and worded. */
export interface SignatureOptions {
  meta: DocumentMeta;
  /** Placeholders for blank fields on a draft; a final copy leaves out an empty NIP line. */
  draft: boolean;
  /** The ordinal of the party that keeps this original; null prints no meterai space at all. */
  keeper: number | null;
  wording: PartyWording;
  /** PIHAK PERTAMA signs in the left column (the default); false mirrors each pair. */
  firstSignsLeft: boolean;
}

/**
 * The closing formula ("Demikian … dibuat dalam rangkap 2 (dua) asli …") kept with the
 * signatures that follow it: every paragraph is kept whole and with the next, so Word and LibreOffice move
 * the formula and the signature block to a new page together instead of splitting them.
 */
export function closingFormula(tail: PMJSON[], ctx: SerializeContext): FileChild[] {
  const blocks = tail.flatMap((n) => (n.type === NODE.closing ? (n.content ?? []) : [n]));
  return blocks.flatMap((n) =>
    n.type === NODE.paragraph
      ? [paragraphOf(n, ctx, { keepNext: true, keepLines: true })]
      : serializeBlock(n, ctx),
  );
}

/** The signature options an export input asks for: its original, wording and column order. */
export function signatureOptionsOf(
  input: AgreementExportInput,
  keeper: number | null = input.options?.original ?? 1,
): SignatureOptions {
  return {
    meta: input.meta,
    draft: input.status === 'draft',
    keeper,
    wording: input.options?.partyWording ?? 'pertama',
    firstSignsLeft: input.options?.firstSignsLeft ?? true,
  };
}

/**
 * What follows the last Pasal, in the same flow: the closing formula, a blank line and the
 * signature block, chained by keep-with-next so that they start a page together when they do
 * not fit under the last Pasal, and no page is left mostly blank before them.
 */
export function signaturePart(
  input: AgreementExportInput,
  tail: PMJSON[],
  ctx: SerializeContext,
  textWidth: number,
): FileChild[] {
  return [
    ...closingFormula(tail, ctx),
    new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [] }),
    ...signatureBlock(input, textWidth, signatureOptionsOf(input)),
  ];
}

/**
 * The signature block: two columns (PIHAK PERTAMA | PIHAK KEDUA, or mirrored), more parties in
 * further rows of two. Three table rows per pair — label and position, the signing space, name
 * and NIP — so that both names line up even when one position runs over more lines. Rows never
 * split and each keeps with the next, so the block stays whole on one page.
 */
export function signatureBlock(
  input: AgreementExportInput,
  textWidth: number,
  o: SignatureOptions,
): FileChild[] {
  const parties = byOrdinal(input.parties);
  const stamped = meteraiParties(parties, o.keeper);
  const half = Math.floor(textWidth / 2);
  const rows: CellContent[][] = [];
  const heights: (number | undefined)[] = [];
  const aligns: TableVerticalAlign[] = [];
  for (let i = 0; i < parties.length; i += 2) {
    const pair: (ExportParty | undefined)[] = parties.slice(i, i + 2);
    while (pair.length < 2) pair.push(undefined);
    if (!o.firstSignsLeft) pair.reverse();
    const last = i + 2 >= parties.length;
    if (i > 0) {
      rows.push(pair.map(() => [keptLine()]));
      heights.push(PAIR_GAP);
      aligns.push(VerticalAlign.TOP);
    }
    // Labels and positions hang from the top so "PIHAK PERTAMA," and "PIHAK KEDUA," stay on one
    // line even when one position runs over more lines.
    rows.push(pair.map((p) => (p ? headOf(p, o) : [keptLine()])));
    heights.push(undefined);
    aligns.push(VerticalAlign.TOP);
    rows.push(pair.map((p) => (p && stamped.has(p.id) ? meteraiSpace(o.draft) : [keptLine()])));
    heights.push(SIGN_SPACE);
    aligns.push(VerticalAlign.CENTER);
    rows.push(pair.map((p) => (p ? footOf(p, o, !last) : [])));
    heights.push(undefined);
    aligns.push(VerticalAlign.TOP);
  }
  return [grid({ widths: [half, half], rows, rowHeights: heights, rowAligns: aligns })];
}

/** An empty single-spaced line that keeps with what follows. */
const keptLine = () => new Paragraph({ keepNext: true, spacing: { line: 240 }, children: [] });

/**
 * Where the meterai is stuck: the space itself on a final copy (no box or text is printed on
 * the signed paper); a draft names it in grey so the parties see whose original it is.
 */
function meteraiSpace(draft: boolean): CellContent {
  if (!draft) return [keptLine()];
  return [line('Meterai Rp10.000', { size: 16, color: '888888', keepNext: true })];
}

/**
 * Who signs for `party`: the signatory its records name (a variant's OPD head, with the surat
 * kuasa it signs under), else the Info fields.
 */
function signerOf(party: ExportParty, meta: DocumentMeta) {
  if (party.signatory) return party.signatory;
  const field = (key: string) => (meta[key] ?? '').trim();
  return {
    name: field(partyMetaKey.signatoryName(party.id)),
    position: field(partyMetaKey.signatoryPosition(party.id)),
    nip: field(partyMetaKey.signatoryNip(party.id)),
    kuasaRef: '',
  };
}

function headOf(party: ExportParty, o: SignatureOptions): CellContent {
  const { position, kuasaRef } = signerOf(party, o.meta);
  const kuasa = kuasaPhrase(kuasaRef);
  return [
    line(`${partyLabel(party.ordinal, o.wording)},`, {
      bold: true,
      align: AlignmentType.CENTER,
      keepNext: true,
    }),
    ...(position || o.draft
      ? [
          line(position ? `${position.toUpperCase()},` : DOTS, {
            bold: true,
            align: AlignmentType.CENTER,
            keepNext: true,
          }),
        ]
      : []),
    // Under the position, smaller: the surat kuasa the head of a unit signs under.
    ...(kuasa ? [line(kuasa, { size: 20, align: AlignmentType.CENTER, keepNext: true })] : []),
  ];
}

function footOf(party: ExportParty, o: SignatureOptions, keepNext: boolean): CellContent {
  const signer = signerOf(party, o.meta);
  const name = signatoryName(signer.name);
  const { position, nip } = signer;
  const withNip = printsNip({ position, nip, draft: o.draft });
  const out = [
    line(name || DOTS, {
      bold: true,
      underline: Boolean(name),
      align: AlignmentType.CENTER,
      keepNext: keepNext || withNip,
    }),
  ];
  // Heads of region and other elected officials have no NIP: none is printed, not even dots.
  if (withNip) out.push(line(`NIP. ${nip || DOTS}`, { align: AlignmentType.CENTER, keepNext }));
  return out;
}
