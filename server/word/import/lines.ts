import type { HtmlElement, HtmlNode } from './html.ts';
import { type CellLine, spanOf } from './tables.ts';

/**
 * mammoth's HTML flattened to the lines of the document in reading order: one per paragraph,
 * list item or table row. Recognition works on these lines, where the structure of a typed
 * Indonesian agreement lives ("Pasal 1", "(1)", "a.").
 */

export type Run = { text: string; marks: string[] } | { br: true };

export interface Line {
  runs: Run[];
  /** Plain text; a line break is "\n". */
  text: string;
  /** 1–6 for a Word heading style, else null. */
  heading: number | null;
  /** Set for the items of Word lists that mammoth kept as lists (bullets, or unresolved numbering). */
  list: { ordered: boolean; depth: number } | null;
  /** Index of the source table for table rows, else null. */
  table: number | null;
  /** A table row's cells with their runs and spans: the table the import rebuilds. */
  tableCells?: CellLine[];
  /** A table row's cells, each as its lines of text (empty cells kept, so columns line up). */
  cells?: string[][];
}

export interface Flattened {
  lines: Line[];
  images: number;
}

const MARK_OF: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
};
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ol',
  'ul',
  'table',
  'div',
  'blockquote',
  'li',
]);

export function textOfRuns(runs: Run[]): string {
  return runs.map((r) => ('br' in r ? '\n' : r.text)).join('');
}

export function flatten(root: HtmlElement): Flattened {
  const lines: Line[] = [];
  let images = 0;
  let tables = 0;

  const inline = (nodes: HtmlNode[], marks: string[] = []): Run[] =>
    nodes.flatMap((n): Run[] => {
      if (typeof n === 'string') return n ? [{ text: n.replace(/\t/g, ' '), marks }] : [];
      if (n.tag === 'br') return [{ br: true }];
      if (n.tag === 'img') {
        images += 1;
        return [];
      }
      if (n.tag === 'ol' || n.tag === 'ul' || n.tag === 'table') return [];
      const mark = MARK_OF[n.tag];
      return inline(n.children, mark && !marks.includes(mark) ? [...marks, mark] : marks);
    });

  const push = (runs: Run[], extra: Partial<Line> = {}) => {
    lines.push({ runs, text: textOfRuns(runs), heading: null, list: null, table: null, ...extra });
  };

  const list = (el: HtmlElement, depth: number) => {
    for (const li of el.children) {
      if (typeof li === 'string' || li.tag !== 'li') {
        if (typeof li !== 'string') block(li, depth);
        continue;
      }
      // An item's own text (inline children and paragraphs) is one line; nested lists follow it.
      const own: Run[] = [];
      for (const c of li.children) {
        if (typeof c !== 'string' && (c.tag === 'ol' || c.tag === 'ul' || c.tag === 'table')) continue;
        if (typeof c !== 'string' && c.tag === 'p' && own.length) own.push({ br: true });
        own.push(...inline([c]));
      }
      push(own, { list: { ordered: el.tag === 'ol', depth } });
      for (const c of li.children) {
        if (typeof c !== 'string' && (c.tag === 'ol' || c.tag === 'ul')) list(c, depth + 1);
        else if (typeof c !== 'string' && c.tag === 'table') block(c, depth);
      }
    }
  };

  const table = (el: HtmlElement) => {
    const index = tables++;
    const rows: HtmlElement[] = [];
    const collect = (e: HtmlElement) => {
      for (const c of e.children) {
        if (typeof c === 'string') continue;
        if (c.tag === 'tr') rows.push(c);
        else if (c.tag !== 'table') collect(c);
      }
    };
    collect(el);
    for (const tr of rows) {
      const cells = tr.children.filter(
        (c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'),
      );
      const runs: Run[] = [];
      const texts: string[][] = [];
      const tableCells: CellLine[] = [];
      cells.forEach((cell, i) => {
        const cellRuns = cellText(cell);
        tableCells.push({
          runs: cellRuns,
          colspan: spanOf(cell.attrs.colspan),
          rowspan: spanOf(cell.attrs.rowspan),
        });
        texts.push(textOfRuns(cellRuns).split('\n'));
        if (!cellRuns.length) return;
        if (runs.length && i > 0) runs.push({ text: ' | ', marks: [] });
        runs.push(...cellRuns);
      });
      if (runs.length) push(runs, { table: index, tableCells, cells: texts });
    }
  };

  /** A cell's paragraphs joined by line breaks. */
  const cellText = (cell: HtmlElement): Run[] => {
    const out: Run[] = [];
    const visit = (nodes: HtmlNode[]) => {
      for (const n of nodes) {
        if (typeof n !== 'string' && BLOCKS.has(n.tag)) {
          if (n.tag === 'table' || n.tag === 'ol' || n.tag === 'ul' || n.tag === 'div') {
            visit(n.children);
            continue;
          }
          const runs = inline(n.children);
          if (!textOfRuns(runs).trim()) continue;
          if (out.length) out.push({ br: true });
          out.push(...runs);
        } else if (typeof n !== 'string' && n.tag === 'tr') visit(n.children);
        else {
          const runs = inline([n]);
          if (textOfRuns(runs).trim()) out.push(...runs);
        }
      }
    };
    visit(cell.children);
    return out;
  };

  const block = (el: HtmlElement, depth = 0) => {
    let pending: HtmlNode[] = [];
    const flush = () => {
      const runs = inline(pending);
      if (textOfRuns(runs).trim()) push(runs);
      pending = [];
    };
    for (const c of el.children) {
      if (typeof c === 'string' || !BLOCKS.has(c.tag)) {
        pending.push(c);
        continue;
      }
      flush();
      if (c.tag === 'p' || /^h[1-6]$/.test(c.tag)) {
        push(inline(c.children), { heading: c.tag[0] === 'h' ? Number(c.tag[1]) : null });
      } else if (c.tag === 'ol' || c.tag === 'ul') list(c, depth);
      else if (c.tag === 'table') table(c);
      else block(c, depth);
    }
    flush();
  };

  block(root);
  return { lines, images };
}
