import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { Document, type FileChild, type ISectionOptions, SectionType } from 'docx';
import { canonicalClause, type DocumentOutline, outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { fillKomparisi } from '../../../shared/komparisi.ts';
import { META } from '../../../shared/meta.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { acceptAll, hasSuggestions, rejectAll } from '../../../shared/suggestions/index.ts';
import { fillVariables } from '../../../shared/variables/fill.ts';
import { shortDate } from '../../../shared/words.ts';
import { annexPages } from './annex.ts';
import { OLD_COPY } from './bookmarks.ts';
import { KIND_TITLE } from './fromDocument.ts';
import { resolveLayout } from './layout.ts';
import { ListInstances, numberingConfig } from './numbering.ts';
import { fillOpening } from './opening.ts';
import { pageFooter, pageHeader } from './pageParts.ts';
import { type SerializeContext, serializeBlocks } from './serializers.ts';
import { signaturePart } from './signature.ts';
import { trackSuggestions } from './suggestions.ts';
import { titleBlock } from './titleBlock.ts';
import type { AgreementExportInput } from './types.ts';
import { documentOptions, packWordFile } from './wordFile.ts';

export type { AgreementExportInput, ExportLiaison, ExportParty } from './types.ts';

/** SHA-256 (hex) of the whole body in canonical form: the fallback footer hash. */
export function documentHash(body: PMJSON): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(canonicalClause(body)))));
}

/**
 * Builds the signed-ready .docx of an MoU or PKS. Sections, each footer with paraf boxes and
 * page numbers:
 * 1. title block, body, and right after the last Pasal the closing formula and signatures;
 * 2. one section per annex (work plan, liaisons), each starting a new page.
 */
export async function buildAgreementDocx(input: AgreementExportInput): Promise<Buffer> {
  return packWordFile(agreementDocument(input), input.options ?? {});
}

/**
 * The docx `Document` behind {@link buildAgreementDocx}, for callers that pack it themselves.
 * Pending suggestions print as tracked changes, with Track Changes on (server/word/export/suggestions.ts),
 * or decided first for a clean copy (`input.suggestions`).
 * `overrides` make it a redline (server/word/redline/docx.ts): `outline` and `before` number
 * the newer and the struck-through text, `label` replaces the draft marking in the page header,
 * and the file opens with Track Changes on; a redline's text is printed as it is.
 */
export function agreementDocument(input: AgreementExportInput, overrides: RedlineOverrides = {}): Document {
  const layout = resolveLayout(input.options);
  const decided =
    input.suggestions === 'accepted'
      ? acceptAll(input.body)
      : input.suggestions === 'rejected'
        ? rejectAll(input.body)
        : input.body;
  // A master PKS's variables take the variant's values first: a unit's head then fills the komparisi.
  const withValues = input.variables ? fillVariables(decided, input.variables) : decided;
  const filled = fillKomparisi(fillOpening(withValues, input.meta), input.meta, input.parties);
  const tracked =
    !overrides.label && hasSuggestions(filled) ? trackSuggestions(filled, input.suggestionAuthors) : null;
  const body = tracked?.body ?? filled;
  const outline = overrides.outline ?? tracked?.after ?? outlineOf(body);
  const ctx: SerializeContext = {
    layout,
    outline,
    lists: new ListInstances(),
    indent: 0,
    before: overrides.before ?? tracked?.before,
    oldCopies: oldCopiesOf(body),
  };
  // The text's own annexes (a draft's LAMPIRAN) print after the signatures, each on its own pages.
  const ownAnnexes = (body.content ?? []).filter((n) => n.type === NODE.annex);
  const top = (body.content ?? []).filter((n) => n.type !== NODE.annex);
  const closingAt = top.findIndex((n) => n.type === NODE.closing);
  const main = closingAt < 0 ? top : top.slice(0, closingAt);
  const tail = closingAt < 0 ? [] : top.slice(closingAt);

  const draft = input.status === 'draft';
  const exportedAt = input.options?.exportedAt ?? new Date();
  const draftLabel = draft
    ? `DRAF${input.version ? ` v${input.version}` : ''} — ${shortDate({
        year: exportedAt.getFullYear(),
        month: exportedAt.getMonth() + 1,
        day: exportedAt.getDate(),
      })}`
    : null;
  const stamp = draft ? undefined : footerStamp(input);
  const headerLabel = overrides.label ?? draftLabel;

  const section = (children: FileChild[], paraf: boolean, first: boolean): ISectionOptions => ({
    properties: {
      ...(first ? {} : { type: SectionType.NEXT_PAGE }),
      page: { size: { width: layout.page.width, height: layout.page.height }, margin: layout.margin },
    },
    headers: { default: pageHeader(headerLabel, layout.font) },
    footers: {
      default: pageFooter({ parties: input.parties, paraf, stamp, wording: input.options?.partyWording }),
    },
    children,
  });

  // The closing formula and the signatures follow the last Pasal in the same flow (kept
  // together by keep-with-next); each annex starts a page of its own.
  const sections: ISectionOptions[] = [
    section(
      [
        ...titleBlock(input, layout.textWidth),
        ...serializeBlocks(main, ctx),
        ...signaturePart(input, tail, ctx, layout.textWidth),
      ],
      true,
      true,
    ),
  ];
  for (const annex of ownAnnexes) sections.push(section(serializeBlocks(annex.content, ctx), true, false));
  for (const annex of annexPages(input, layout.textWidth)) sections.push(section(annex, true, false));

  const subject = input.meta[META.subject]?.trim() ?? '';
  return new Document({
    ...documentOptions(
      {
        title: input.meta[META.title]?.trim() || `${KIND_TITLE[input.kind]} ${subject}`.trim(),
        subject: subject || undefined,
        description: headerLabel ?? stamp,
        exportedBy: input.options?.exportedBy,
      },
      layout,
    ),
    numbering: { config: numberingConfig() },
    ...(overrides.label || tracked ? { features: { trackRevisions: true } } : {}),
    sections,
  });
}

/** What makes {@link agreementDocument} a redline. */
export interface RedlineOverrides {
  outline?: DocumentOutline;
  before?: DocumentOutline;
  label?: string;
}

/** Ids of the old copies of moved Pasal and ayat in a redline's body (see bookmarks.ts). */
function oldCopiesOf(body: PMJSON): Set<string> {
  const ids = new Set<string>();
  const walk = (n: PMJSON) => {
    if (n.attrs?.[OLD_COPY] === true) ids.add(String(n.attrs.id));
    n.content?.forEach(walk);
  };
  walk(body);
  return ids;
}

/**
 * "Versi 42 · Sidik persetujuan A1B2-C3D4-E5F6-0718" on every page of a final or signed
 * document; without a fingerprint (an export of stored data outside the server) the body's hash.
 */
function footerStamp(input: AgreementExportInput): string {
  const mark = input.fingerprint
    ? `Sidik persetujuan ${input.fingerprint}`
    : `#${(input.hash ?? documentHash(input.body)).slice(0, 8)}`;
  return input.version ? `Versi ${input.version} · ${mark}` : mark;
}
