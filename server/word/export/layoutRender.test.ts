import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missing } from '../../../tests/support/tools.ts';
import { convertToPdf, pdfPngs, pdfText } from '../pdfText.ts';
import { resolveLayout } from './layout.ts';
import { sampleFiles, WORD_KINDS, type WordKind } from './layoutSamples.ts';

const cannotRender = missing('soffice', 'pdftotext', 'pdftoppm');

/**
 * Pages of each sample as LibreOffice lays them out with the fonts CI installs, where DejaVu
 * Sans stands in for Bookman Old Style (counted and looked at). A change of spacing moves
 * them; a change of content that moves them on purpose updates them after looking at the pages
 * (scripts/render-docx.sh).
 */
const PAGES: Record<WordKind, number> = { mou: 7, pks: 12, minutes: 3, redline: 7 };
// Empty where fontconfig's fc-match is not installed.
const substitute = spawnSync('fc-match', ['Bookman Old Style'], { encoding: 'utf8' }).stdout ?? '';
const ciFonts = substitute.includes('DejaVu Sans');

interface Word {
  text: string;
  x: number;
  y: number;
  bottom: number;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** Pages and words with their boxes (points from the top left), from `pdftotext -bbox`. */
function pagesOf(pdf: string): Page[] {
  const html = pdfText(pdf, ['-bbox']);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [
      ...p[3]!.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({ text: w[4]!, x: Number(w[1]), y: Number(w[2]), bottom: Number(w[3]) })),
  }));
}

/** The text of a page's lines, top to bottom (words sharing a top edge). */
const linesOf = (page: Page) => {
  const rows = new Map<number, Word[]>();
  for (const w of page.words) rows.set(Math.round(w.y * 10), [...(rows.get(Math.round(w.y * 10)) ?? []), w]);
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([y, words]) => ({ y: y / 10, text: words.map((w) => w.text).join(' ') }));
};

/** Solid dark rectangles at least `minWidth` pixels wide in the top `part` of a PNG page. */
function darkBoxes(png: PNG, minWidth: number, part = 0.35) {
  const boxes: { left: number; right: number; top: number; bottom: number }[] = [];
  const dark = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return png.data[i]! < 0x80 && png.data[i + 1]! < 0x80 && png.data[i + 2]! < 0x80;
  };
  for (let y = 0; y < png.height * part; y++) {
    for (let x = 0; x < png.width; ) {
      if (!dark(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < png.width && dark(x, y)) x += 1;
      if (x - start < minWidth) continue;
      const box = boxes.find((b) => b.bottom === y - 1 && Math.abs(b.left - start) <= 2);
      if (box) {
        box.bottom = y;
        box.right = Math.max(box.right, x - 1);
      } else boxes.push({ left: start, right: x - 1, top: y, bottom: y });
    }
  }
  return boxes.map((b) => ({ width: b.right - b.left + 1, height: b.bottom - b.top + 1 }));
}

/**
 * Every kind of Word file rendered by LibreOffice, one conversion for all four: the page count
 * the layout gives, the paraf boxes and "Halaman X dari Y" at the foot of every page, 1.5 lines
 * meaning 1.5 lines (as in Word), and each logo drawn whole at the size the file asks for.
 */
describe.skipIf(cannotRender)('every Word file rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-layout-'));
  const pages = {} as Record<WordKind, Page[]>;
  const logoExtents: { width: number; height: number }[] = [];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const files = await sampleFiles();
    for (const kind of WORD_KINDS) writeFileSync(join(dir, `${kind}.docx`), files[kind].file);
    convertToPdf(
      dir,
      WORD_KINDS.map((kind) => join(dir, `${kind}.docx`)),
      150_000,
    );
    for (const kind of WORD_KINDS) pages[kind] = pagesOf(join(dir, `${kind}.pdf`));
    pdfPngs(join(dir, 'mou.pdf'), join(dir, 'mou'), 96, ['-f', '1', '-l', '1']);
    const xml =
      (await (await JSZip.loadAsync(files.mou.file)).file('word/document.xml')?.async('string')) ?? '';
    // wp:extent in EMU (914,400 an inch), as pixels at 96 dpi.
    for (const m of xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)) {
      logoExtents.push({ width: (Number(m[1]) / 914400) * 96, height: (Number(m[2]) / 914400) * 96 });
    }
  }, 180_000);

  it.each(WORD_KINDS)(
    'lays the %s out on the pages its layout gives, numbered "Halaman X dari Y" at the foot',
    (kind) => {
      const list = pages[kind];
      if (ciFonts) expect(list.length).toBe(PAGES[kind]);
      else expect(list.length).toBeGreaterThan(1);
      list.forEach((page, i) => {
        const lines = linesOf(page);
        const number = lines.find((l) => l.text === `Halaman ${i + 1} dari ${list.length}`);
        expect(number, `page ${i + 1}`).toBeDefined();
        expect((number?.y ?? 0) / page.height, `page ${i + 1}`).toBeGreaterThan(0.85);
      });
    },
  );

  it.each(['mou', 'pks', 'redline'] as const)(
    'puts the paraf boxes at the foot of every page of the %s, on the right',
    (kind) => {
      pages[kind].forEach((page, i) => {
        const labels = page.words.filter((w) => w.text === 'Paraf');
        expect(labels.length, `page ${i + 1}`).toBe(2);
        for (const label of labels) {
          expect(label.y / page.height, `page ${i + 1}`).toBeGreaterThan(0.85);
          expect(label.x / page.width, `page ${i + 1}`).toBeGreaterThan(0.5);
        }
      });
    },
  );

  it('spaces the body at 1.5 lines of its font, as Word does, not at an exact 1.5 times its size', () => {
    const gaps = new Map<number, number>();
    for (const page of pages.mou.slice(1, -1)) {
      const lines = linesOf(page);
      for (let i = 1; i < lines.length; i++) {
        const gap = Math.round((lines[i]!.y - lines[i - 1]!.y) * 10) / 10;
        gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
      }
    }
    // The commonest gap is between two lines of one paragraph. A text font's line is taller
    // than its size (Bookman Old Style 1.17 times, DejaVu Sans 1.16, Arial 1.15), so 1.5 of its
    // lines is more than the 18 pt LibreOffice gave 12 pt type when the rule was left unsaid.
    const body = [...gaps.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const size = resolveLayout().size / 2;
    expect(body / size).toBeGreaterThan(1.5 * 1.1);
    expect(body / size).toBeLessThan(1.5 * 1.3);
  });

  it('draws each logo whole, at the size the file gives it', () => {
    const png = PNG.sync.read(readFileSync(join(dir, 'mou-1.png')));
    const seen = darkBoxes(png, 30);
    expect(logoExtents).toHaveLength(2);
    expect(seen).toHaveLength(logoExtents.length);
    seen.forEach((box, i) => {
      expect(Math.abs(box.width - logoExtents[i]!.width), `logo ${i + 1} width`).toBeLessThanOrEqual(2);
      expect(Math.abs(box.height - logoExtents[i]!.height), `logo ${i + 1} height`).toBeLessThanOrEqual(2);
    });
  });
});
