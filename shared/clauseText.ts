import { type DocumentOutline, type PMJSON, referenceText, textOf, toLetter } from './clauses.ts';
import { NODE } from './schema/names.ts';
import { variablePlaceholder } from './variables/names.ts';

/**
 * A clause (or any block container: the preamble, the closing) as plain text for reading,
 * diffing and copying: the heading, then one line per paragraph, list items with their markers
 * ("(1)", "a.", "•"), a table's rows as lines of cells ("No | Kegiatan"), footnotes in place as
 * "[catatan kaki: …]", a master's variables as «Nama OPD», cross-references as `referenceText` reads them from `outline` ("Pasal 7
 * ayat (1)", or "ayat (1)" inside Pasal 7 itself; "Pasal" when no outline is given). Used by the
 * history and compare on the server, the clause library and the editor's notice of refused changes.
 */
export function clauseText(node: PMJSON, outline?: DocumentOutline, inPasal?: string | null): string {
  return clauseLines(node, outline, inPasal).join('\n');
}

/** The heading of a clause node (trimmed). */
export function clauseHeadingOf(node: PMJSON): string {
  const first = node.content?.[0];
  return first?.type === NODE.clauseHeading ? textOf(first).trim() : '';
}

/**
 * The lines of {@link clauseText}. `inPasal` is the id of the Pasal that holds `node` when
 * `node` is a part of one (an ayat, a paragraph); a clause node names itself.
 */
export function clauseLines(node: PMJSON, outline?: DocumentOutline, inPasal?: string | null): string[] {
  const lines: string[] = [];
  // The Pasal being read: a reference into it names only the ayat.
  let from: string | null = inPasal ?? null;
  const inline = (n: PMJSON): string => {
    if (n.type === NODE.text) return n.text ?? '';
    if (n.type === NODE.hardBreak) return ' ';
    if (n.type === NODE.footnote) return ` [catatan kaki: ${String(n.attrs?.text ?? '')}]`;
    if (n.type === NODE.variable) return variablePlaceholder(n.attrs?.name);
    if (n.type === NODE.clauseRef) {
      const clauseId = String(n.attrs?.clauseId ?? '');
      const ayat = (n.attrs?.ayat as string | null) ?? null;
      return (outline && referenceText(outline, clauseId, ayat, from)) ?? 'Pasal';
    }
    return (n.content ?? []).map(inline).join('');
  };
  const textblockText = (n: PMJSON) => (n.content ?? []).map(inline).join('');
  const isTextblock = (n: PMJSON) =>
    n.type === NODE.paragraph || n.type === NODE.clauseHeading || (n.content ?? []).every((c) => isInline(c));
  const within = (n: PMJSON, read: () => void) => {
    const outer = from;
    if (n.type === NODE.clause) from = String(n.attrs?.id ?? '');
    read();
    from = outer;
  };
  const block = (n: PMJSON, marker: string) =>
    within(n, () => {
      if (n.type === NODE.table) {
        // One line per row, its cells apart by " | ": a row reads as the row it is.
        for (const [i, row] of (n.content ?? []).entries()) {
          const cells = (row.content ?? []).map((cell) => (cell.content ?? []).map(textblockText).join(' '));
          lines.push((i === 0 ? marker : '') + cells.join(' | '));
        }
        return;
      }
      if (isTextblock(n)) {
        lines.push(marker + textblockText(n));
        return;
      }
      (n.content ?? []).forEach((child, i) => {
        if (n.type === NODE.ayatList) item(child, `(${i + 1}) `);
        else if (n.type === NODE.letterList) item(child, `${toLetter(i)}. `);
        else if (n.type === NODE.bulletList) item(child, '• ');
        else block(child, i === 0 ? marker : '');
      });
    });
  // The marker goes on the item's first paragraph; the rest of the item follows as lines.
  const item = (n: PMJSON, marker: string) => {
    for (const [i, child] of (n.content ?? []).entries()) block(child, i === 0 ? marker : '');
  };
  within(node, () => {
    // A paragraph on its own (one ayat's text, a library preview line) reads as its one line.
    if (node.type === NODE.paragraph || node.type === NODE.clauseHeading) block(node, '');
    else for (const child of node.content ?? []) block(child, '');
  });
  return lines;
}

const INLINE = new Set<string>([NODE.text, NODE.hardBreak, NODE.clauseRef, NODE.footnote, NODE.variable]);
const isInline = (n: PMJSON) => INLINE.has(n.type);
