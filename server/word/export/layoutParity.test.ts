import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAgreementDocx } from './agreement.ts';
import { paragraphs, textIn } from './docxXml.ts';
import { resolveLayout } from './layout.ts';
import {
  SAMPLE_AUTHOR,
  SAMPLE_LOGOS,
  sampleFiles,
  templateInput,
  WORD_KINDS,
  type WordKind,
} from './layoutSamples.ts';

/**
 * Word is not available here, so what Word and LibreOffice would read differently is checked
 * where it is decided: every such property must be written in the file, for every kind of
 * Word file Sepakat makes.
 */

type Parts = Record<string, string>;
const files = {} as Record<WordKind, { parts: Parts; title: string }>;

beforeAll(async () => {
  const made = await sampleFiles();
  for (const kind of WORD_KINDS) {
    const zip = await JSZip.loadAsync(made[kind].file);
    const parts: Parts = {};
    for (const name of Object.keys(zip.files)) {
      if (name.endsWith('.xml')) parts[name] = (await zip.file(name)?.async('string')) ?? '';
    }
    files[kind] = { parts, title: made[kind].title };
  }
}, 60_000);

const attr = (xml: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];
const EMU_PER_TWIP = 635;
const textWidthEmu = resolveLayout().textWidth * EMU_PER_TWIP;

it('is the same file, byte for byte, when the same document is exported twice', async () => {
  const input = { ...templateInput('mou'), options: SAMPLE_AUTHOR };
  const [a, b] = [await buildAgreementDocx(input), await buildAgreementDocx(input)];
  expect(Buffer.compare(a, b)).toBe(0);
});

describe.each(WORD_KINDS)('the %s file', (kind) => {
  const part = (name: string) => files[kind].parts[name] ?? '';
  const wordParts = () =>
    Object.entries(files[kind].parts).filter(([name]) => /^word\/[^/]+\.xml$/.test(name));

  it('names the rule of every line spacing it sets', () => {
    let counted = 0;
    for (const [name, xml] of wordParts()) {
      for (const tag of xml.match(/<w:spacing\b[^>]*>/g) ?? []) {
        if (attr(tag, 'w:line') === undefined) continue;
        counted += 1;
        expect(['auto', 'exact', 'atLeast'], `${name}: ${tag}`).toContain(attr(tag, 'w:lineRule'));
      }
    }
    expect(counted).toBeGreaterThan(3);
  });

  it('sets language, widow control, spacing and indents in its defaults', () => {
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(part('word/styles.xml'))?.[1] ?? '';
    const run = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(defaults)?.[1] ?? '';
    const paragraph = /<w:pPrDefault>([\s\S]*?)<\/w:pPrDefault>/.exec(defaults)?.[1] ?? '';
    expect(attr(/<w:lang\b[^>]*>/.exec(run)?.[0] ?? '', 'w:val')).toBe('id-ID');
    expect(run).toMatch(/<w:rFonts w:ascii="[^"]+"/);
    expect(run).toMatch(/<w:sz w:val="\d+"\/>/);
    expect(paragraph).toMatch(/<w:widowControl\/>|<w:widowControl w:val="(true|1|on)"\/>/);
    const spacing = /<w:spacing\b[^>]*>/.exec(paragraph)?.[0] ?? '';
    expect(attr(spacing, 'w:lineRule')).toBe('auto');
    expect(Number(attr(spacing, 'w:line'))).toBeGreaterThanOrEqual(240);
    expect(attr(spacing, 'w:before')).toBe('0');
    expect(attr(spacing, 'w:after')).toBe('0');
    const indent = /<w:ind\b[^>]*>/.exec(paragraph)?.[0] ?? '';
    for (const side of ['w:left', 'w:right', 'w:firstLine']) expect(attr(indent, side)).toBe('0');
  });

  it('lays out as Word 2013 does: compatibility mode 15, no automatic hyphenation, half-inch tabs', () => {
    const settings = part('word/settings.xml');
    expect(settings).toMatch(/<w:compatSetting (?=[^>]*w:name="compatibilityMode")(?=[^>]*w:val="15")/);
    expect(settings).toContain('<w:autoHyphenation w:val="false"/>');
    expect(settings).toContain('<w:defaultTabStop w:val="720"/>');
  });

  it('gives every table a fixed layout, a width in twips, cell margins and the width of every column', () => {
    let tables = 0;
    for (const [name, xml] of wordParts()) {
      for (const table of xml.split('<w:tbl>').slice(1)) {
        tables += 1;
        const m = /^<w:tblPr>([\s\S]*?)<\/w:tblPr><w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(table);
        expect(m, `${name}: a table starts with its properties and grid`).not.toBeNull();
        const [, properties, grid] = m as RegExpExecArray;
        const width = /<w:tblW\b[^>]*>/.exec(properties!)?.[0] ?? '';
        expect(attr(width, 'w:type')).toBe('dxa');
        expect(properties).toContain('<w:tblLayout w:type="fixed"/>');
        expect(properties).toMatch(/<w:tblCellMar>(?=[\s\S]*<w:left\b)(?=[\s\S]*<w:right\b)/);
        const columns = [...grid!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((c) => Number(c[1]));
        expect(columns.length).toBeGreaterThan(0);
        for (const c of columns) expect(c).toBeGreaterThan(0);
        expect(columns.reduce((a, b) => a + b, 0)).toBe(Number(attr(width, 'w:w')));
      }
    }
    expect(tables).toBeGreaterThan(0);
  });

  it("draws every picture at its own proportions, its frame and its shape the same size, within the text's width", () => {
    const drawings = part('word/document.xml').match(/<w:drawing>[\s\S]*?<\/w:drawing>/g) ?? [];
    if (kind !== 'minutes') expect(drawings).toHaveLength(SAMPLE_LOGOS.length);
    for (const drawing of drawings) {
      const extent = /<wp:extent\b[^>]*>/.exec(drawing)?.[0] ?? '';
      const shape = /<pic:spPr\b[\s\S]*?<a:ext\b[^>]*>/.exec(drawing)?.[0] ?? '';
      const [cx, cy] = [Number(attr(extent, 'cx')), Number(attr(extent, 'cy'))];
      expect(cx).toBeGreaterThan(0);
      expect(cy).toBeGreaterThan(0);
      expect(/<a:ext\b[^>]*>$/.exec(shape)?.[0]).toBe(`<a:ext cx="${cx}" cy="${cy}"/>`);
      expect(cx).toBeLessThanOrEqual(textWidthEmu);
      // Nothing cropped away: the whole picture is stretched into the frame.
      expect(drawing).not.toMatch(/<a:srcRect [^>]*\w="-?\d+"/);
      const name = attr(/<wp:docPr\b[^>]*>/.exec(drawing)?.[0] ?? '', 'id');
      const logo = SAMPLE_LOGOS[Number(name) - 1];
      if (logo) expect(Math.abs(cx / cy - logo.width / logo.height)).toBeLessThan(0.02);
    }
  });

  it('keeps its headings whole and with the text that follows them', () => {
    const body = paragraphs(part('word/document.xml'));
    const headings = body.filter(
      (p) =>
        p.align === 'center' &&
        /^(Pasal \d+|BAB [IVXLC]+|NOTA KESEPAKATAN|PERJANJIAN KERJA SAMA|NOTULA RAPAT|ANTARA|TENTANG)$/.test(
          p.text.trim(),
        ),
    );
    if (kind === 'minutes') expect(headings.length).toBeGreaterThan(0);
    else expect(headings.length).toBeGreaterThan(10);
    for (const heading of headings) {
      expect(heading.xml, heading.text).toMatch(/<w:keepNext\/>/);
      expect(heading.xml, heading.text).toMatch(/<w:keepLines\/>/);
    }
    if (kind === 'minutes') return;
    // A Pasal's title line follows its number line and is kept with its first ayat as well.
    const pasal = body.findIndex((p) => /^Pasal 1$/.test(p.text.trim()));
    expect(body[pasal + 1]!.text).toBe(body[pasal + 1]!.text.trim());
    expect(body[pasal + 1]!.xml).toMatch(/<w:keepNext\/>/);
    // The closing formula leads into the signatures: whole, and on their page.
    const closing = body.find((p) => p.text.startsWith('Demikian'));
    expect(closing?.xml).toMatch(/<w:keepNext\/>/);
    expect(closing?.xml).toMatch(/<w:keepLines\/>/);
  });

  it('is titled and authored by the person exporting it, dated when it was made', () => {
    const core = part('docProps/core.xml');
    const field = (tag: string) =>
      textIn(`<w:t>${new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(core)?.[1] ?? ''}</w:t>`);
    expect(field('dc:title')).toBe(files[kind].title);
    expect(field('dc:title').length).toBeGreaterThan(5);
    expect(field('dc:creator')).toBe(SAMPLE_AUTHOR.exportedBy);
    expect(field('cp:lastModifiedBy')).toBe(SAMPLE_AUTHOR.exportedBy);
    expect(core).not.toContain('Un-named');
    const stamp = SAMPLE_AUTHOR.exportedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(core).toMatch(new RegExp(`<dcterms:created [^>]*>${stamp}</dcterms:created>`));
    expect(core).toMatch(new RegExp(`<dcterms:modified [^>]*>${stamp}</dcterms:modified>`));
  });
});
