import { type PMJSON, textOf } from '../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import {
  fillOpeningText,
  isOpeningText,
  type OpeningValues,
  openingValues,
} from '../../../shared/opening.ts';
import { NODE } from '../../../shared/schema/names.ts';

/**
 * Fills the blanks a template leaves in the opening formula from the document's meta date
 * and place (shared/opening.ts). Only the opening paragraph is touched; a blank whose value
 * is unknown stays a blank for the pen.
 */
export function fillOpening(body: PMJSON, meta: DocumentMeta): PMJSON {
  const values = openingValues(meta);
  if (!Object.keys(values).length) return body;
  return {
    ...body,
    content: (body.content ?? []).map((node) =>
      node.type === NODE.preamble
        ? { ...node, content: (node.content ?? []).map((b) => (isOpening(b) ? mapText(b, values) : b)) }
        : node,
    ),
  };
}

/** Replaces the placeholders of one run of text (shared/opening.ts, as the editor shows them). */
export const fillText = fillOpeningText;

const isOpening = (block: PMJSON) => block.type === NODE.paragraph && isOpeningText(textOf(block));

function mapText(node: PMJSON, values: OpeningValues): PMJSON {
  if (node.type === NODE.text) return { ...node, text: fillText(node.text ?? '', values) };
  if (!node.content) return node;
  return { ...node, content: node.content.map((c) => mapText(c, values)) };
}
