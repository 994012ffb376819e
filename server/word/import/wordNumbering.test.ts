import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatNumber, typeOutNumbering } from './wordNumbering.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="10">${lvl(0, 'decimal', '(%1)')}${lvl(1, 'lowerLetter', '%2.')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="20">${lvl(0, 'bullet', '•')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="30">${lvl(0, 'upperRoman', 'BAB %1')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="20"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>`;
const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Bab"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>`;

const p = (text: string, numId?: number, ilvl = 0, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${
    numId ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''
  }</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

async function typedOut(paragraphs: string[]) {
  const zip = new JSZip();
  zip.file('word/document.xml', `<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`);
  zip.file('word/numbering.xml', numbering);
  zip.file('word/styles.xml', styles);
  const count = await typeOutNumbering(zip);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const texts = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  return { count, texts, xml };
}

describe('typeOutNumbering', () => {
  it('types numbers in their format, restarting deeper levels', async () => {
    const { texts, count } = await typedOut([
      p('satu', 1),
      p('huruf', 1, 1),
      p('huruf', 1, 1),
      p('dua', 1),
      p('huruf', 1, 1),
    ]);
    expect(texts).toEqual(['(1) satu', 'a. huruf', 'b. huruf', '(2) dua', 'a. huruf']);
    expect(count).toBe(5);
  });

  it('continues lists of one definition unless a start override restarts them, as Word does', async () => {
    const { texts } = await typedOut([p('x', 1), p('x', 1), p('y', 2), p('z', 3), p('z', 3)]);
    expect(texts).toEqual(['(1) x', '(2) x', '(3) y', '(1) z', '(2) z']);
  });

  it('follows numbering that comes from the paragraph style, and switches it off', async () => {
    const { texts, xml } = await typedOut([
      p('Ketentuan Umum', undefined, 0, 'Bab'),
      p('Pelaksanaan', undefined, 0, 'Bab'),
    ]);
    expect(texts).toEqual(['BAB I Ketentuan Umum', 'BAB II Pelaksanaan']);
    expect(xml).toContain('<w:numId w:val="0"/>');
  });

  it('leaves bullets and unnumbered paragraphs alone', async () => {
    const { texts, count } = await typedOut([p('butir', 4), p('biasa')]);
    expect(texts).toEqual(['butir', 'biasa']);
    expect(count).toBe(0);
  });
});

describe('formatNumber', () => {
  it.each([
    [3, 'decimal', '3'],
    [3, 'lowerLetter', 'c'],
    [28, 'lowerLetter', 'bb'],
    [4, 'upperRoman', 'IV'],
    [9, 'lowerRoman', 'ix'],
    [7, 'decimalZero', '07'],
  ])('%i as %s → %s', (n, format, out) => {
    expect(formatNumber(n, format)).toBe(out);
  });
});
