import JSZip from 'jszip';

/**
 * Reads the parts of a .docx that tests assert on: the body, the numbering, the styles, and
 * each section with its own header and footer (resolved through the relationships). Plain
 * string/regex reading of WordprocessingML, enough for what docx and Word write.
 */

export interface DocxSection {
  /** The `w:sectPr` XML. */
  properties: string;
  header: string;
  footer: string;
  /** Body XML of the section (everything since the previous section break). */
  body: string;
}

export interface DocxParts {
  files: string[];
  document: string;
  numbering: string;
  styles: string;
  sections: DocxSection[];
}

export async function readDocx(buffer: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const target = (id: string | undefined) =>
    id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  const sections: DocxSection[] = [];
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  let last = 0;
  const end = (at: number, length: number) => {
    const close = body.indexOf('</w:p>', at + length);
    const inParagraph = body.lastIndexOf('<w:pPr>', at) > body.lastIndexOf('</w:p>', at);
    return inParagraph && close >= 0 ? close + '</w:p>'.length : at + length;
  };
  for (const m of body.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)) {
    const properties = m[0];
    const headerId = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(properties)?.[1];
    const footerId = /<w:footerReference w:type="default" r:id="(\w+)"/.exec(properties)?.[1];
    const h = target(headerId);
    const f = target(footerId);
    sections.push({
      properties,
      header: h ? await read(`word/${h}`) : '',
      footer: f ? await read(`word/${f}`) : '',
      // A section's last paragraph carries its w:sectPr: keep that paragraph in the section.
      body: body.slice(last, end(m.index ?? 0, m[0].length)),
    });
    last = end(m.index ?? 0, m[0].length);
  }
  return {
    files: Object.keys(zip.files),
    document,
    numbering: await read('word/numbering.xml'),
    styles: await read('word/styles.xml'),
    sections,
  };
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: keyof typeof ENTITIES) => ENTITIES[e]);

export interface XmlParagraph {
  xml: string;
  text: string;
  /** `w:numId` of its numbering, if numbered. */
  numId: string | null;
  /** `w:jc` value. */
  align: string | null;
  bold: boolean;
}

/** Paragraphs of an XML fragment in order (paragraphs inside tables included). */
export function paragraphs(xml: string): XmlParagraph[] {
  return [...xml.matchAll(/<w:p\b(?:[^>]*[^/])?>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((m) => {
    const inner = m[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    return {
      xml: m[0],
      text: textIn(inner),
      numId: /<w:numId w:val="(\d+)"/.exec(pPr)?.[1] ?? null,
      align: /<w:jc w:val="(\w+)"/.exec(pPr)?.[1] ?? null,
      bold: /<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<w:b\/>/.test(inner),
    };
  });
}

/** The visible text of an XML fragment (w:t runs joined). */
export function textIn(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
}

/** Tables of an XML fragment as rows of cell texts (outermost tables; nested ones flattened into their cell). */
export function tables(xml: string): string[][][] {
  const out: string[][][] = [];
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === '<w:tbl>') {
      if (depth === 0) start = m.index ?? 0;
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) out.push(rowsOf(xml.slice(start, (m.index ?? 0) + m[0].length)));
    }
  }
  return out;
}

function rowsOf(table: string): string[][] {
  const inner = table.slice('<w:tbl>'.length, -'</w:tbl>'.length);
  // Split top-level rows and cells by tracking nesting.
  return splitTop(inner, 'w:tr').map((row) => splitTop(row, 'w:tc').map((cell) => textIn(cell)));
}

function splitTop(xml: string, tag: string): string[] {
  const parts: string[] = [];
  const re = new RegExp(`<${tag}\\b[^>]*>|</${tag}>|<w:tbl>|</w:tbl>`, 'g');
  let depth = 0;
  let tableDepth = 0;
  let start = 0;
  for (const m of xml.matchAll(re)) {
    if (m[0] === '<w:tbl>') tableDepth += 1;
    else if (m[0] === '</w:tbl>') tableDepth -= 1;
    else if (tableDepth > 0) continue;
    else if (m[0].startsWith(`</${tag}`)) {
      depth -= 1;
      if (depth === 0) parts.push(xml.slice(start, (m.index ?? 0) + m[0].length));
    } else {
      if (depth === 0) start = m.index ?? 0;
      depth += 1;
    }
  }
  return parts;
}
