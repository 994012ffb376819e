import { outlineOf, type PMJSON, toLetter } from '../../../../shared/clauses.ts';
import { clauseText } from '../../../../shared/clauseText.ts';
import { NODE } from '../../../../shared/schema/names.ts';

/** One line of a clause as the picker previews it: "(2)" or "b." label, text, indent level. */
export interface PreviewLine {
  label: string | null;
  text: string;
  depth: number;
}

/**
 * The body of a `clause` node (heading left out) as labelled lines, numbered the way the
 * editor and the export number them: ayat "(1)", letters "a.", bullets "–", references "ayat (1)".
 */
export function previewLines(clause: PMJSON): PreviewLine[] {
  const lines: PreviewLine[] = [];
  // References read as in the document: "ayat (1)" for an ayat of this clause.
  const outline = outlineOf({ type: NODE.doc, content: [clause] });
  const block = (node: PMJSON, depth: number, label: string | null) => {
    if (node.type === NODE.paragraph) {
      lines.push({ label, text: clauseText(node, outline, String(clause.attrs?.id ?? '')), depth });
      return;
    }
    const items = node.content ?? [];
    const labelOf = (i: number) =>
      node.type === NODE.ayatList ? `(${i + 1})` : node.type === NODE.letterList ? `${toLetter(i)}.` : '–';
    items.forEach((item, i) => {
      // The item's first paragraph carries the label; what follows hangs under it.
      (item.content ?? []).forEach((child, j) => {
        block(child, child.type === NODE.paragraph ? depth : depth + 1, j === 0 ? labelOf(i) : null);
      });
    });
  };
  for (const node of clause.content ?? []) {
    if (node.type !== NODE.clauseHeading) block(node, 0, null);
  }
  return lines;
}
