import { Document, type FileChild, Paragraph } from 'docx';
import { outlineOf, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { type DocumentMeta, META } from '../../../shared/meta.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { rejectAll } from '../../../shared/suggestions/index.ts';
import { type PartyWording, shortDate } from '../../../shared/words.ts';
import { type ExportLayoutOptions, resolveLayout } from '../export/layout.ts';
import { ListInstances, numberingConfig } from '../export/numbering.ts';
import { pageFooter, pageHeader } from '../export/pageParts.ts';
import { centredLine, type SerializeContext, serializeBlocks } from '../export/serializers.ts';
import { closingFormula, signatureBlock } from '../export/signature.ts';
import { byOrdinal } from '../export/titleBlock.ts';
import type { ExportParty } from '../export/types.ts';
import { documentOptions, packWordFile, type WordFileAuthor } from '../export/wordFile.ts';

/** About how many characters of 12 pt text a line of the page's 16 cm holds (a wide font's, bold). */
const LINE_CHARS = 60;
/** A cell's padding, in characters. */
const CELL_PADDING = 2;

/**
 * Gives each table's first row column widths weighed by the text in each column, which the
 * table export reads as proportions: the report's tables carry no widths (see the draft), and
 * equal columns would break "Terlaksana" and dates mid-word beside a long obligation. Each
 * column first gets room for its longest word (up to 20 characters) and its padding; what is
 * left of the line goes to the columns whose longest cell (up to 120 characters) needs more,
 * in proportion to that need.
 */
export function weighColumns(node: PMJSON): PMJSON {
  if (node.type !== NODE.table)
    return node.content ? { ...node, content: node.content.map(weighColumns) } : node;
  const rows = node.content ?? [];
  const first = rows[0]?.content ?? [];
  if (
    first.some((c) => Array.isArray(c.attrs?.colwidth)) ||
    rows.some((r) => r.content?.length !== first.length)
  )
    return node;
  const columns = first.map((_, j) => {
    const texts = rows.map((r) => textOf(r.content?.[j] ?? { type: NODE.text }));
    const word = Math.max(...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length)));
    const longest = Math.max(...texts.map((t) => t.length));
    const floor = Math.min(word, 20) + CELL_PADDING;
    return { floor, need: Math.max(0, Math.min(longest, 120) + CELL_PADDING - floor) };
  });
  const left = Math.max(0, LINE_CHARS - columns.reduce((sum, c) => sum + c.floor, 0));
  const needs = columns.reduce((sum, c) => sum + c.need, 0);
  const weights = columns.map((c) => c.floor + (needs > 0 ? (left * c.need) / needs : left / columns.length));
  const [head, ...rest] = rows;
  return {
    ...node,
    content: [
      { ...head!, content: first.map((c, j) => ({ ...c, attrs: { ...c.attrs, colwidth: [weights[j]!] } })) },
      ...rest,
    ],
  };
}

/** Everything the report's Word file needs, as plain data (it crosses to the Word thread). */
export interface EvaluationExportInput {
  status: 'draft' | 'final' | 'signed';
  body: PMJSON;
  meta: DocumentMeta;
  parties: ExportParty[];
  /** "Sidik persetujuan A1B2-…" on every page once both parties approved it. */
  stamp?: string;
  options?: ExportLayoutOptions &
    WordFileAuthor & {
      partyWording?: PartyWording;
      /** PIHAK PERTAMA signs in the left column (default) or, when false, in the right one. */
      firstSignsLeft?: boolean;
    };
}

/**
 * The monitoring and evaluation report as a Word file, in the agreement's layout (paper,
 * margins, font, spacing from the cooperation's settings): the title, "ANTARA" the parties and
 * the subject centred; the BAB headings, text and tables as the editor holds them; the closing
 * and the signatures of both parties' signatories kept together. A report hands over no
 * original, so no meterai space; no paraf boxes either, it binds no one. A draft is marked
 * "DRAF" on every page; suggestions still pending print as the text stood before them.
 */
export async function buildEvaluationDocx(input: EvaluationExportInput): Promise<Buffer> {
  const layout = resolveLayout(input.options);
  const body = weighColumns(rejectAll(input.body));
  const ctx: SerializeContext = {
    layout,
    outline: outlineOf(body),
    lists: new ListInstances(),
    indent: 0,
  };
  const top = body.content ?? [];
  const closingAt = top.findIndex((n) => n.type === NODE.closing);
  const main = closingAt < 0 ? top : top.slice(0, closingAt);
  const tail = closingAt < 0 ? [] : top.slice(closingAt);
  const parties = byOrdinal(input.parties);
  const draft = input.status === 'draft';
  const exportedAt = input.options?.exportedAt ?? new Date();
  const draftLabel = draft
    ? `DRAF — ${shortDate({ year: exportedAt.getFullYear(), month: exportedAt.getMonth() + 1, day: exportedAt.getDate() })}`
    : null;
  const title = input.meta[META.title]?.trim() || 'Laporan Monitoring dan Evaluasi';
  const subject = input.meta[META.subject]?.trim() ?? '';

  const head: FileChild[] = [
    centredLine(title.toUpperCase(), { spacing: { after: 120 } }),
    centredLine('ANTARA'),
  ];
  parties.forEach((p, i) => {
    if (i > 0 && i === parties.length - 1) head.push(centredLine('DAN'));
    head.push(centredLine(p.name.toUpperCase()));
  });
  if (subject)
    head.push(centredLine('TENTANG', { spacing: { before: 120 } }), centredLine(subject.toUpperCase()));
  head.push(new Paragraph({ spacing: { after: 240 }, children: [] }));

  const signatures = signatureBlock(
    { kind: 'pks', status: input.status, body, meta: input.meta, parties },
    layout.textWidth,
    {
      meta: input.meta,
      draft,
      keeper: null,
      wording: input.options?.partyWording ?? 'pertama',
      firstSignsLeft: input.options?.firstSignsLeft ?? true,
    },
  );
  const document = new Document({
    ...documentOptions(
      {
        title,
        subject: subject || undefined,
        description: draftLabel ?? input.stamp,
        exportedBy: input.options?.exportedBy,
      },
      layout,
    ),
    numbering: { config: numberingConfig() },
    sections: [
      {
        properties: {
          page: { size: { width: layout.page.width, height: layout.page.height }, margin: layout.margin },
        },
        headers: { default: pageHeader(draftLabel, layout.font) },
        footers: { default: pageFooter({ parties, paraf: false, stamp: input.stamp }) },
        children: [
          ...head,
          ...serializeBlocks(main, ctx),
          ...closingFormula(tail, ctx),
          new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [] }),
          ...signatures,
        ],
      },
    ],
  });
  return packWordFile(document, input.options ?? {});
}
