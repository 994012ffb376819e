import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import { NODE } from '../../shared/schema/names.ts';
import { topLevelOk } from './body.ts';
import { Breach, checkElement } from './elements.ts';

/**
 * The body of a Y.Doc as ProseMirror JSON, whatever it holds, without changing it: each
 * top-level element that keeps the schema as it is, anything else as plain paragraphs of its
 * text (so a page, a list, an export or a comparison never fails on one bad node, and no word
 * is hidden). The collaboration server refuses such content and repairs what is stored when it
 * loads a document, so this only matters for old states (history) and old data.
 */
export function readBody(fragment: Y.XmlFragment): PMJSON {
  const content: PMJSON[] = [];
  for (const child of fragment.toArray()) {
    if (topLevelOk(child)) {
      try {
        content.push(checkElement(child).toJSON() as PMJSON);
        continue;
      } catch (err) {
        if (!(err instanceof Breach)) throw err;
      }
    }
    for (const text of textLines(child)) content.push(paragraph(text));
  }
  return content.length > 0 ? { type: NODE.doc, content } : { type: NODE.doc };
}

/** A paragraph of plain text (no marks: they may be what was wrong). */
export const paragraph = (text: string): PMJSON =>
  text ? { type: NODE.paragraph, content: [{ type: NODE.text, text }] } : { type: NODE.paragraph };

/**
 * The text of any Y XML node, one line per element that holds text directly (a paragraph, a
 * heading), without empty lines: what salvaging a node that cannot be kept keeps of it.
 */
export function textLines(node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment): string[] {
  if (node instanceof Y.XmlText) {
    const text = plainText(node);
    return text ? [text] : [];
  }
  if (!(node instanceof Y.XmlElement || node instanceof Y.XmlFragment)) return [];
  const lines: string[] = [];
  let line = '';
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) line += plainText(child);
    else {
      if (line.trim()) lines.push(line);
      line = '';
      lines.push(...textLines(child));
    }
  }
  if (line.trim()) lines.push(line);
  return lines;
}

function plainText(text: Y.XmlText): string {
  let out = '';
  for (const op of text.toDelta() as { insert: unknown }[])
    if (typeof op.insert === 'string') out += op.insert;
  return out;
}
