import { type Document, type IPropertiesOptions, LineRuleType, Packer } from 'docx';
import JSZip from 'jszip';
import type { Layout } from './layout.ts';

/**
 * What every Word file Sepakat writes shares at the level of the whole document: its type and
 * paragraph defaults, the compatibility settings, and its core properties. Word and LibreOffice
 * fill in what a file leaves unsaid differently (a line spacing without a rule is 1.5 lines to
 * Word and an exact height to LibreOffice; a document without widow control has none in Word
 * and some in LibreOffice), so every such default is written out here.
 */

/**
 * The language of every run: the files are Indonesian throughout (an English part, were one
 * printed, would carry `en-US` on its own runs).
 */
export const INDONESIAN = 'id-ID';

/** Who makes a Word file and when: its core properties' author, last modifier and dates. */
export interface WordFileAuthor {
  /** Display name of the person exporting; "Sepakat" when the file is made by no one in particular. */
  exportedBy?: string;
  /** When the file is made; now by default. */
  exportedAt?: Date;
}

/** The core properties of a Word file. */
export interface WordFileProperties extends WordFileAuthor {
  title: string;
  subject?: string;
  description?: string;
}

/** Author of a file nobody in particular exported (a test, a script). */
const NO_ONE = 'Sepakat';

/**
 * The `styles` option of a docx `Document`: the font, size and language of every run, and
 * every paragraph property whose default differs between Word and LibreOffice.
 */
export function documentStyles(layout: Layout): NonNullable<IPropertiesOptions['styles']> {
  return {
    default: {
      document: {
        run: { font: layout.font, size: layout.size, language: { value: INDONESIAN } },
        paragraph: {
          spacing: { line: layout.line, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          indent: { left: 0, right: 0, firstLine: 0 },
        },
      },
    },
  };
}

/** The document-level options of a docx `Document`: core properties, compatibility, tabs, hyphenation. */
export function documentOptions(
  properties: WordFileProperties,
  layout: Layout,
): Omit<IPropertiesOptions, 'sections'> {
  const author = properties.exportedBy?.trim() || NO_ONE;
  return {
    title: properties.title,
    subject: properties.subject,
    description: properties.description,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles: documentStyles(layout),
    compatibility: { version: 15 },
    defaultTabStop: 720,
    hyphenation: { autoHyphenation: false },
  };
}

/**
 * Packs a document built with {@link documentOptions} and writes out, in the XML, what the docx
 * library leaves unsaid: a line rule on every spacing with a line height, widow control in the
 * defaults, Word 2013's layout settings beside its compatibility mode, and the file's dates
 * (`exportedAt` in the core properties and on every zip entry).
 */
export async function packWordFile(document: Document, properties: WordFileAuthor): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  const made = properties.exportedAt ?? new Date();
  const at = w3cDate(made);
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)?.async('string');
    if (xml === undefined) continue;
    let out = numberedBookmarks(numberedWatermarks(namedLineRules(xml)));
    if (name === 'word/settings.xml') out = withLayoutCompat(out);
    if (name === 'word/styles.xml') out = withWidowControl(out);
    if (out !== xml) zip.file(name, out);
  }
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (core !== undefined) {
    zip.file(
      'docProps/core.xml',
      core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, (_m, open: string) => `${open}${at}`),
    );
  }
  // Every entry dated with the file: the same export made twice is the same bytes.
  for (const entry of Object.values(zip.files)) entry.date = made;
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

/** A `w:spacing` with a `w:line` and no `w:lineRule` gets `auto`: the rule Word assumes. */
export function namedLineRules(xml: string): string {
  return xml.replace(/<w:spacing\b[^>]*>/g, (tag) =>
    /\sw:line="/.test(tag) && !/\sw:lineRule="/.test(tag)
      ? tag.replace(/\s*(\/?)>$/, ' w:lineRule="auto"$1>')
      : tag,
  );
}

/**
 * Widow and orphan control for every paragraph, in the defaults (the docx library writes none
 * there): first in the paragraph properties, where the schema's order puts it before spacing.
 */
function withWidowControl(styles: string): string {
  if (/<w:pPrDefault>\s*<w:pPr>\s*<w:widowControl/.test(styles)) return styles;
  return styles.replace(/<w:pPrDefault>\s*<w:pPr>/, (open) => `${open}<w:widowControl/>`);
}

/** The draft watermark's shape, which the docx library names at random, numbered in its part instead. */
function numberedWatermarks(xml: string): string {
  let n = 0;
  return xml.replace(/id="PowerPlusWaterMarkObject[^"]*"/g, () => `id="PowerPlusWaterMarkObject${++n}"`);
}

/**
 * Bookmark ids numbered in their part, in order: the docx library counts them across every
 * document the process writes, so the same document would not give the same file twice.
 */
function numberedBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*\sw:id=")(\d+)"/g, (_m, head: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${head}${ids.get(id)}"`;
  });
}

/** Word 2013's own settings, which LibreOffice reads too, beside compatibilityMode 15. */
const WORD_2013_COMPAT = [
  'overrideTableStyleFontSizeAndJustification',
  'enableOpenTypeFeatures',
  'doNotFlipMirrorIndents',
  'differentiateMultirowTableHeaders',
];

function withLayoutCompat(settings: string): string {
  const extra = WORD_2013_COMPAT.filter((name) => !settings.includes(`w:name="${name}"`))
    .map(
      (name) =>
        `<w:compatSetting w:name="${name}" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>`,
    )
    .join('');
  return settings.replace('</w:compat>', `${extra}</w:compat>`);
}

/** W3CDTF as Word writes it: whole seconds, UTC. */
const w3cDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
