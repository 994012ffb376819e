import {
  AlignmentType,
  Bookmark,
  type FileChild,
  type IParagraphOptions,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import {
  type DocumentOutline,
  formatReference,
  type PMJSON,
  referenceParts,
  textOf,
} from '../../../shared/clauses.ts';
import { MARK, NODE } from '../../../shared/schema/names.ts';
import { variablePlaceholder } from '../../../shared/variables/names.ts';
import { revisionOf } from '../redline/revisionMark.ts';
import { paragraphRevision, trackedField, trackedRun } from '../redline/revisions.ts';
import { bodyTable } from './bodyTables.ts';
import { bookmarkName, OLD_COPY } from './bookmarks.ts';
import { refNumber, refText, sequence } from './fields.ts';
import { footnoteReference } from './footnotes.ts';
import type { Layout } from './layout.ts';
import { LIST, type ListInstances, type ListKind, MARKER_WIDTH } from './numbering.ts';
import { formatRevision, insertedAround, paragraphMark } from './suggestions.ts';

/**
 * The walk from ProseMirror JSON to docx paragraphs: one serializer per node name (the
 * prosemirror-docx pattern). Numbers (Pasal, BAB, ayat, references) come from the shared
 * outline, never from counting here.
 */

export interface SerializeContext {
  layout: Layout;
  outline: DocumentOutline;
  lists: ListInstances;
  /** Left edge, in twips, of the text of the container being written (list nesting). */
  indent: number;
  /** Id of the Pasal being written: a reference into it reads "ayat (1)", not "Pasal 7 ayat (1)". */
  clauseId?: string | null;
  /**
   * The redline's older outline: what is struck through (a removed Pasal, a reference of the
   * older text) is numbered by it. Ids with an old copy (moved, see bookmarks.ts) in `oldCopies`.
   */
  before?: DocumentOutline;
  oldCopies?: ReadonlySet<string>;
}

export type BlockSerializer = (node: PMJSON, ctx: SerializeContext) => FileChild[];
export type InlineSerializer = (node: PMJSON, ctx: SerializeContext, force: RunStyle) => ParagraphChild[];

/** Run properties forced on a whole paragraph (headings are bold and in capitals). */
export interface RunStyle {
  bold?: boolean;
  allCaps?: boolean;
}

type ParagraphExtra = Omit<IParagraphOptions, 'children'>;

/** Space after ordinary body paragraphs, in twips (4 pt). */
const AFTER = 80;

function runsOf(nodes: PMJSON[] | undefined, ctx: SerializeContext, force: RunStyle = {}): ParagraphChild[] {
  return (nodes ?? []).flatMap((n) =>
    insertedAround(n, (inlineSerializers[n.type] ?? textFallback)(n, ctx, force)),
  );
}

function markStyle(node: PMJSON, force: RunStyle) {
  const has = (name: string) => (node.marks ?? []).some((m) => m.type === name);
  return {
    bold: force.bold || has(MARK.bold) || undefined,
    italics: has(MARK.italic) || undefined,
    underline: has(MARK.underline) ? {} : undefined,
    allCaps: force.allCaps || undefined,
  };
}

const textFallback: InlineSerializer = (node, _ctx, force) => {
  const text = textOf(node);
  return text ? [trackedRun({ text, ...markStyle(node, force) }, node)] : [];
};

/** Inline nodes; `pointAnchor` marks are discussion anchors and never printed. */
export const inlineSerializers: Record<string, InlineSerializer> = {
  [NODE.text]: (node, _ctx, force) => [
    trackedRun({ text: node.text ?? '', ...markStyle(node, force), ...formatRevision(node, force) }, node),
  ],
  [NODE.hardBreak]: () => [new TextRun({ break: 1 })],
  [NODE.clauseRef]: reference,
  [NODE.footnote]: footnoteReference,
  // A variable the export was given no value for (a master, a variant missing one): «Nama OPD»,
  // highlighted so that nobody takes the draft for a finished text.
  [NODE.variable]: (node, _ctx, force) => [
    trackedRun(
      { text: variablePlaceholder(node.attrs?.name), ...markStyle(node, force), highlight: 'yellow' },
      node,
    ),
  ],
};

/** What a broken reference prints: visibly not a number. */
const MISSING_REFERENCE = 'Pasal [rujukan hilang]';
/** Numbers no outline has: where formatReference puts them, the fields go. */
const PASAL_SLOT = -1;
const AYAT_SLOT = -2;

/**
 * A cross-reference: the shared wording ("Pasal 7 ayat (1)", "ayat (1)" inside Pasal 7) with
 * its numbers as REF fields to the target's bookmarks. A reference struck through in a redline
 * reads the older outline and the older copy of a moved target.
 */
function reference(node: PMJSON, ctx: SerializeContext, force: RunStyle): ParagraphChild[] {
  const style = markStyle(node, force);
  const clauseId = String(node.attrs?.clauseId ?? '');
  const ayatId = (node.attrs?.ayat as string | null) ?? null;
  const older = revisionOf(node)?.kind === 'del' && ctx.before;
  const outline = older ? (ctx.before as DocumentOutline) : ctx.outline;
  const parts = referenceParts(outline, clauseId, ayatId, ctx.clauseId ?? null);
  if (!parts) return [trackedRun({ text: MISSING_REFERENCE, ...style }, node)];
  const oldCopy = (id: string) => !!older && !!ctx.oldCopies?.has(id);
  const pasal = bookmarkName('pasal', clauseId, oldCopy(clauseId));
  const ayat = ayatId ? bookmarkName('ayat', ayatId, oldCopy(ayatId)) : '';
  const text = formatReference({ ...parts, pasal: PASAL_SLOT, ayat: parts.ayat === null ? null : AYAT_SLOT });
  const out: ParagraphChild[] = [];
  for (const piece of text.split(/(-1|\(-2\))/)) {
    if (piece === String(PASAL_SLOT))
      out.push(...trackedField(refText(pasal), String(parts.pasal), style, node));
    else if (piece === `(${AYAT_SLOT})`)
      out.push(...trackedField(refNumber(ayat), `(${parts.ayat})`, style, node));
    else if (piece) out.push(trackedRun({ text: piece, ...style }, node));
  }
  return out;
}

/** A paragraph node (or any textblock) as one justified Word paragraph. */
export function paragraphOf(
  node: PMJSON,
  ctx: SerializeContext,
  extra: ParagraphExtra = {},
  force: RunStyle = {},
  bookmark?: string,
) {
  const children = runsOf(node.content, ctx, force);
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: AFTER },
    ...paragraphMark(node),
    ...(ctx.indent > 0 ? { indent: { left: ctx.indent } } : {}),
    ...extra,
    children: bookmark ? [new Bookmark({ id: bookmark, children })] : children,
  });
}

/** A centred bold line (title block, Pasal and BAB headings), kept whole and with what follows it. */
export function centredLine(children: ParagraphChild[] | string, extra: ParagraphExtra = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    ...extra,
    children: typeof children === 'string' ? [new TextRun({ text: children, bold: true })] : children,
  });
}

/** Blocks of a container in order. Unknown nodes keep their text: nothing is dropped. */
export function serializeBlocks(nodes: PMJSON[] | undefined, ctx: SerializeContext): FileChild[] {
  return (nodes ?? []).flatMap((n) => serializeBlock(n, ctx));
}

export function serializeBlock(node: PMJSON, ctx: SerializeContext): FileChild[] {
  const serializer = blockSerializers[node.type];
  if (serializer) return serializer(node, ctx);
  const children = node.content ?? [];
  const isInline =
    children.length > 0 && children.every((c) => c.type === NODE.text || c.type in inlineSerializers);
  if (isInline || children.length === 0) return [paragraphOf(node, ctx)];
  return serializeBlocks(children, ctx);
}

/** A list: each item's first paragraph carries the number, the rest hangs under its text. */
function list(kind: ListKind): BlockSerializer {
  return (node, ctx) => {
    const instance = ctx.lists.open(kind);
    const width = MARKER_WIDTH[kind];
    const textLeft = ctx.indent + width;
    const inner: SerializeContext = { ...ctx, indent: textLeft };
    return (node.content ?? []).flatMap((item) => {
      const [first, ...rest] = item.content ?? [];
      const numbered: ParagraphExtra = {
        numbering: { reference: kind, level: 0, instance, custom: true },
        indent: { left: textLeft, hanging: width },
      };
      // An ayat's paragraph is a bookmark: references read its list number ("(2)") from it.
      const id = kind === LIST.ayat && typeof item.attrs?.id === 'string' ? item.attrs.id : '';
      const mark = id ? bookmarkName('ayat', id, item.attrs?.[OLD_COPY] === true) : undefined;
      if (first?.type === NODE.paragraph)
        return [paragraphOf(first, ctx, numbered, {}, mark), ...serializeBlocks(rest, inner)];
      return [
        paragraphOf({ type: NODE.paragraph, marks: item.marks }, ctx, numbered, {}, mark),
        ...serializeBlocks(item.content, inner),
      ];
    });
  };
}

/**
 * A Pasal: "Pasal " and its number as Word's sequence field, bookmarked for references; its
 * heading; its body. A Pasal struck through in a redline has its older number.
 */
function clause(node: PMJSON, ctx: SerializeContext): FileChild[] {
  const id = String(node.attrs?.id ?? '');
  const older = revisionOf(node)?.kind === 'del' && ctx.before;
  const outline = older ? (ctx.before as DocumentOutline) : ctx.outline;
  const number = outline.clauses.find((c) => c.id === id)?.number;
  const [heading, ...body] = node.content ?? [];
  // A clause added or removed as a whole (redline export) has its Pasal line tracked too.
  const bookmark = bookmarkName('pasal', id, node.attrs?.[OLD_COPY] === true);
  const out: FileChild[] = [
    centredLine(
      [
        trackedRun({ text: 'Pasal ', bold: true }, node),
        new Bookmark({
          id: bookmark,
          children: trackedField(
            sequence('Pasal', older && number !== undefined ? number : undefined),
            String(number ?? '?'),
            { bold: true },
            node,
          ),
        }),
      ],
      { spacing: { before: 240 }, ...paragraphRevision(node) },
    ),
  ];
  const hasHeading = heading?.type === NODE.clauseHeading;
  if (hasHeading && textOf(heading).trim()) {
    // Capitals through the run property, so the stored heading (and a re-import) keeps its case.
    out.push(
      centredLine(runsOf(heading.content, ctx, { bold: true, allCaps: true }), {
        spacing: { after: 120 },
        ...paragraphRevision(heading),
      }),
    );
  }
  out.push(...serializeBlocks(hasHeading ? body : node.content, { ...ctx, indent: 0, clauseId: id }));
  return out;
}

/** A BAB: "BAB " and its Roman number as Word's sequence field (renumbered like the Pasal), its title. */
function chapter(node: PMJSON, ctx: SerializeContext): FileChild[] {
  const id = String(node.attrs?.id ?? '');
  const older = revisionOf(node)?.kind === 'del' && ctx.before;
  const found = (older ? (ctx.before as DocumentOutline) : ctx.outline).chapters.find((c) => c.id === id);
  const number = sequence('BAB', older && found ? found.number : undefined);
  const out = [
    centredLine(
      [
        trackedRun({ text: 'BAB ', bold: true }, node),
        ...trackedField(number, found?.roman ?? '?', { bold: true }, node),
      ],
      { spacing: { before: 360 }, ...paragraphRevision(node) },
    ),
  ];
  if (textOf(node).trim())
    out.push(
      centredLine(
        [trackedRun({ text: textOf(node), bold: true, allCaps: true }, node)],
        paragraphRevision(node),
      ),
    );
  return out;
}

/** "1. ", "(2) ", "a. " typed at the start of a paragraph (e.g. the komparisi of a template). */
const TYPED_MARKER = /^(\(\d+\)|\d+\.|[a-z]\.)[ \t]+/;

/**
 * A paragraph that starts with a typed marker hangs like a list item: the marker at the
 * margin, a tab, the text aligned after it. The text itself is unchanged but for the tab.
 */
function typedList(node: PMJSON, ctx: SerializeContext): FileChild[] {
  const [first, ...rest] = node.content ?? [];
  const m = first?.type === NODE.text ? TYPED_MARKER.exec(first.text ?? '') : null;
  if (!first || !m) return [paragraphOf(node, ctx)];
  const marker = m[1]!;
  const width = marker.startsWith('(') ? MARKER_WIDTH.ayat : MARKER_WIDTH.letter;
  const text = `${marker}\t${(first.text ?? '').slice(m[0].length)}`;
  return [
    paragraphOf({ ...node, content: [{ ...first, text }, ...rest] }, ctx, {
      indent: { left: ctx.indent + width, hanging: width },
    }),
  ];
}

export const blockSerializers: Record<string, BlockSerializer> = {
  [NODE.paragraph]: typedList,
  [NODE.preamble]: (node, ctx) => serializeBlocks(node.content, ctx),
  [NODE.closing]: (node, ctx) => serializeBlocks(node.content, ctx),
  [NODE.annex]: (node, ctx) => serializeBlocks(node.content, ctx),
  [NODE.chapter]: chapter,
  [NODE.clause]: clause,
  [NODE.clauseHeading]: (node, ctx) => [
    centredLine(runsOf(node.content, ctx, { bold: true, allCaps: true })),
  ],
  [NODE.ayatList]: list(LIST.ayat),
  [NODE.letterList]: list(LIST.letter),
  [NODE.bulletList]: list(LIST.bullet),
  [NODE.table]: bodyTable,
};
