import type JSZip from 'jszip';

/**
 * Turns Word's automatic numbering into typed text before mammoth reads the file: "(1) ",
 * "a. ", "Pasal 3 " as the reader of the document saw them. mammoth keeps only "ordered or
 * not" of a list, which cannot tell an ayat "(1)" from a letter "a."; with the numbers typed,
 * one recogniser handles drafts typed by hand and drafts numbered by Word alike. Bullets are
 * left to mammoth, which makes them <ul> lists.
 */

interface Level {
  format: string;
  text: string;
  start: number;
}

interface NumberingModel {
  /** numId → abstractNumId and level start overrides. */
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
  /** abstractNumId → levels by ilvl. */
  abstracts: Map<string, Map<number, Level>>;
  /** Paragraph style id → its numPr, and the style it is based on. */
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
}

const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];
const child = (xml: string, tag: string) =>
  new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`).exec(xml)?.[0];

/** Each match of a pattern with two groups, as its two groups (both take part in every match). */
function* groupPairs(xml: string, re: RegExp): Generator<[string, string]> {
  for (const m of xml.matchAll(re)) yield [m[1] ?? '', m[2] ?? ''];
}

function readModel(numberingXml: string, stylesXml: string): NumberingModel {
  const abstracts = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>();
  for (const [head, inner] of groupPairs(
    numberingXml,
    /<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const id = attr(head, 'w:abstractNumId') ?? '';
    const levels = new Map<number, Level>();
    for (const [lvlHead, lvl] of groupPairs(inner, /<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(attr(lvlHead, 'w:ilvl') ?? 0), {
        format: attr(child(lvl, 'w:numFmt') ?? '', 'w:val') ?? 'decimal',
        text: attr(child(lvl, 'w:lvlText') ?? '', 'w:val') ?? '',
        start: Number(attr(child(lvl, 'w:start') ?? '', 'w:val') ?? 1),
      });
    }
    abstracts.set(id, levels);
    const link = attr(child(inner, 'w:numStyleLink') ?? '', 'w:val');
    if (link) links.set(id, link);
  }
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  for (const [head, inner] of groupPairs(numberingXml, /<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const overrides = new Map<number, number>();
    for (const [oHead, o] of groupPairs(inner, /<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(child(o, 'w:startOverride') ?? '', 'w:val');
      if (start !== undefined) overrides.set(Number(attr(oHead, 'w:ilvl') ?? 0), Number(start));
    }
    nums.set(attr(head, 'w:numId') ?? '', {
      abstractId: attr(child(inner, 'w:abstractNumId') ?? '', 'w:val') ?? '',
      overrides,
    });
  }
  const styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const [head, inner] of groupPairs(stylesXml, /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const numPr = child(inner, 'w:numPr') ?? '';
    const ilvl = attr(child(numPr, 'w:ilvl') ?? '', 'w:val');
    styles.set(attr(head, 'w:styleId') ?? '', {
      numId: attr(child(numPr, 'w:numId') ?? '', 'w:val'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: attr(child(inner, 'w:basedOn') ?? '', 'w:val'),
    });
  }
  // An abstract numbering that only links to a numbering style takes the levels of the list that style uses.
  for (const [id, styleId] of links) {
    const numId = styles.get(styleId)?.numId;
    const target = numId ? nums.get(numId)?.abstractId : undefined;
    if (target && abstracts.get(target)?.size) abstracts.set(id, abstracts.get(target) as Map<number, Level>);
  }
  return { nums, abstracts, styles };
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Word's letters: 27 → "aa", 28 → "bb" (repeated, not spreadsheet-style). */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One number in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Where a paragraph's numbering comes from: its own numPr, else its style's. */
function numberingOf(pPr: string, model: NumberingModel): { numId: string; ilvl: number } | null {
  const numPr = child(pPr, 'w:numPr');
  let numId = numPr ? attr(child(numPr, 'w:numId') ?? '', 'w:val') : undefined;
  let ilvlText = numPr ? attr(child(numPr, 'w:ilvl') ?? '', 'w:val') : undefined;
  let styleId = attr(child(pPr, 'w:pStyle') ?? '', 'w:val');
  for (let hops = 0; numId === undefined && styleId && hops < 8; hops += 1) {
    const style = model.styles.get(styleId);
    numId = style?.numId;
    if (ilvlText === undefined && style?.ilvl !== undefined) ilvlText = String(style.ilvl);
    styleId = style?.basedOn;
  }
  if (numId === undefined || numId === '0') return null;
  return { numId, ilvl: Number(ilvlText ?? 0) };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Rewrites word/document.xml so numbered paragraphs start with their number as text and
 * carry no numbering. Counters follow Word: lists of one abstract numbering count on from
 * each other unless a `w:num` restarts them with a start override; a level restarts when a
 * level above it advances. Returns how many paragraphs were rewritten.
 */
export async function typeOutNumbering(zip: JSZip): Promise<number> {
  const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  if (!numberingXml) return 0;
  const model = readModel(numberingXml, (await zip.file('word/styles.xml')?.async('string')) ?? '');
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();
  let rewritten = 0;

  const out = documentXml.replace(
    /(<w:p\b(?:[^>/]|\/(?!>))*>)(<w:pPr>[\s\S]*?<\/w:pPr>)/g,
    (whole, open: string, pPr: string) => {
      // A tracked formatting change nests a second pPr; leave such paragraphs to mammoth.
      if (pPr.includes('<w:pPrChange')) return whole;
      const at = numberingOf(pPr, model);
      if (!at) return whole;
      const num = model.nums.get(at.numId);
      const levels = num ? model.abstracts.get(num.abstractId) : undefined;
      const level = levels?.get(at.ilvl);
      if (!num || !levels || !level || level.format === 'bullet') return whole;
      const values = counters.get(num.abstractId) ?? [];
      counters.set(num.abstractId, values);
      if (!startedNums.has(at.numId)) {
        startedNums.add(at.numId);
        for (const [ilvl, start] of num.overrides) values[ilvl] = start - 1;
      }
      values[at.ilvl] = (values[at.ilvl] ?? (level.start ?? 1) - 1) + 1;
      for (let deeper = at.ilvl + 1; deeper < 9; deeper += 1) values[deeper] = undefined as unknown as number;
      const label = level.text.replace(/%(\d)/g, (_m, d: string) => {
        const i = Number(d) - 1;
        const l = levels.get(i);
        return formatNumber(values[i] ?? l?.start ?? 1, l?.format ?? 'decimal');
      });
      rewritten += 1;
      // numId 0 switches numbering off, also where it came from the paragraph's style.
      const plainPPr = pPr
        .replace(/<w:numPr>[\s\S]*?<\/w:numPr>|<w:numPr\/>/, '')
        .replace('</w:pPr>', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>');
      const run = label.trim() ? `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>` : '';
      return `${open}${plainPPr}${run}`;
    },
  );
  if (rewritten) zip.file('word/document.xml', out);
  return rewritten;
}
